// 2. Load: many concurrent verifications through the Node transport on this machine.
import { control, startIdpProcess } from './idp-process.js';
import { round } from './stats.js';
import { countingVerifier, swedes } from './verifier.js';

export interface LoadResult {
  concurrent: number;
  completed: number;
  lost: number;
  /** slow_down answers (dev-idp answers it to a poll sooner than `interval`); even under load, 0. */
  slowDownsCaused: number;
  wallSeconds: number;
  clientCpuMsPerVerification: number;
  peakRssMb: number;
}

export async function load(concurrent = 1000): Promise<LoadResult> {
  const idp = await startIdpProcess({ interval: 1, expiresIn: 120 });
  try {
    const { verifier } = countingVerifier(idp.issuer);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const authReqIds: string[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: concurrent }, async (_, i) => {
        try {
          const pending = await verifier.start({
            eid: 'bankid-se',
            identifier: swedes[i % swedes.length]!,
            company: 'Load',
          });
          authReqIds.push(pending.authReqId);
          const result = verifier.waitForResult(pending);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 3000));
          await control(idp.issuer, `/requests/${encodeURIComponent(pending.authReqId)}/approve`, {});
          return (await result).status;
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      }),
    );
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const completed = outcomes.filter((status) => status === 'approved').length;
    let slowDownsCaused = 0;
    for (const id of authReqIds) {
      const request = (await control(idp.issuer, `/requests/${encodeURIComponent(id)}`)) as {
        slowDowns?: number;
      };
      slowDownsCaused += request.slowDowns ?? 0;
    }
    return {
      concurrent,
      completed,
      lost: concurrent - completed,
      slowDownsCaused,
      wallSeconds: round((performance.now() - started) / 1000, 1),
      // The client side of the bench process: the core plus Node's fetch (the approvals' own HTTP calls included).
      clientCpuMsPerVerification: round((cpu.user + cpu.system) / 1000 / concurrent, 2),
      peakRssMb: round(peakRss / 2 ** 20, 0),
    };
  } finally {
    idp.stop();
  }
}
