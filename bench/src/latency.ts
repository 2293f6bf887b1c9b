// 1. Approval → result latency: how long the agent waits after the customer taps Approve.
import { control, startIdpProcess } from './idp-process.js';
import { percentile, round } from './stats.js';
import { countingVerifier, swedes } from './verifier.js';

export interface LatencyResult {
  interval: number;
  verifications: number;
  approved: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  targetP95Ms: number;
  requestsPerVerification: number;
  pollsAfterTerminal: number;
  /** slow_down answers: dev-idp answers it to a poll sooner than `interval`, as brokers do. */
  slowDownsCaused: number;
}

export async function latency(interval: number, verifications = 50): Promise<LatencyResult> {
  const idp = await startIdpProcess({ interval, expiresIn: 120 });
  try {
    const { verifier, counts } = countingVerifier(idp.issuer);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const runs = await Promise.all(
      Array.from({ length: verifications }, async (_, i) => {
        const pending = await verifier.start({
          eid: 'bankid-se',
          identifier: swedes[i % swedes.length]!,
          company: 'Bench',
        });
        const result = verifier.waitForResult(pending);
        // The customer approves at a random moment within the first few polls.
        await sleep(500 + Math.random() * (3 * interval + 2) * 1000);
        const approvedAt = performance.now();
        await control(idp.issuer, `/requests/${encodeURIComponent(pending.authReqId)}/approve`, {});
        const outcome = await result;
        return {
          authReqId: pending.authReqId,
          status: outcome.status,
          latency: performance.now() - approvedAt,
          doneAt: Date.now(),
        };
      }),
    );
    await sleep(2 * interval * 1000 + 500);
    let pollsAfterTerminal = 0;
    let slowDownsCaused = 0;
    for (const run of runs) {
      const path = `/requests/${encodeURIComponent(run.authReqId)}`;
      const polls = (await control(idp.issuer, `${path}/polls`)) as number[];
      pollsAfterTerminal += polls.filter((t) => t > run.doneAt).length;
      slowDownsCaused += ((await control(idp.issuer, path)) as { slowDowns?: number }).slowDowns ?? 0;
    }
    const latencies = runs.map((r) => r.latency);
    const total = counts.discovery + counts.jwks + counts.backchannel_authentication + counts.token;
    return {
      interval,
      verifications,
      approved: runs.filter((r) => r.status === 'approved').length,
      p50Ms: round(percentile(latencies, 50), 0),
      p95Ms: round(percentile(latencies, 95), 0),
      maxMs: round(Math.max(...latencies), 0),
      targetP95Ms: interval * 1000 + 300,
      requestsPerVerification: round(total / verifications, 2),
      pollsAfterTerminal,
      slowDownsCaused,
    };
  } finally {
    idp.stop();
  }
}
