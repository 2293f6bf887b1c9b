import { VerificationError } from '../errors.js';
import type { HttpResponse, Transport } from '../transport.js';
import { withClientAuth, type ClientAuth } from './client-auth.js';

export interface FetchTransportOptions {
  /** A fetch implementation; default the global one (Node 22, browsers). */
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
  clientAuth?: ClientAuth;
}

/**
 * A Transport over fetch, for Node (CLI, tests, demo) and other hosts where the client credential may live in
 * the same process. Never use it with a secret in browser code.
 */
export function fetchTransport(options: FetchTransportOptions = {}): Transport {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 15000;
  const transport: Transport = async (request, { signal } = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: combined,
        redirect: 'error',
      });
    } catch (cause) {
      if (signal?.aborted) throw new VerificationError('cancelled', 'Cancelled', { cause });
      if (timeout.aborted)
        throw new VerificationError('network.timeout', `No response within ${timeoutMs} ms`, { cause });
      throw new VerificationError('network.error', `Could not reach ${new URL(request.url).host}`, { cause });
    }
    const headers: HttpResponse['headers'] = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  };
  return options.clientAuth ? withClientAuth(transport, options.clientAuth) : transport;
}
