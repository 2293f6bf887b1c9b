// Fault injection for tests: 5xx (with Retry-After), latency, connection reset, and slow_down on token polls.

export type FaultEndpoint = 'token' | 'backchannel_authentication' | 'jwks' | 'discovery' | '*';
export type FaultKind = '5xx' | 'latency' | 'reset' | 'slow_down';

export interface FaultSpec {
  endpoint: FaultEndpoint;
  kind: FaultKind;
  /** 5xx: the HTTP status (500-599, default 503). */
  status?: number;
  /** 5xx (also slow_down): a Retry-After header, in seconds. */
  retryAfter?: number;
  /** latency: delay in milliseconds before the request is handled (default 1000). */
  ms?: number;
  /** How many matching requests it applies to (default 1; 0 = until cleared). */
  times?: number;
  /** Only token polls for this auth_req_id. */
  authReqId?: string;
}

export interface ActiveFault extends FaultSpec {
  id: string;
  /** Requests it has affected so far. */
  hits: number;
}

export class FaultSpecError extends Error {}

const endpoints = new Set<FaultEndpoint>(['token', 'backchannel_authentication', 'jwks', 'discovery', '*']);
const kinds = new Set<FaultKind>(['5xx', 'latency', 'reset', 'slow_down']);

export function validateFaultSpec(input: unknown): FaultSpec {
  if (input === null || typeof input !== 'object')
    throw new FaultSpecError('fault spec must be a JSON object');
  const spec = input as Record<string, unknown>;
  if (!endpoints.has(spec.endpoint as FaultEndpoint)) {
    throw new FaultSpecError(`endpoint must be one of ${[...endpoints].join(', ')}`);
  }
  if (!kinds.has(spec.kind as FaultKind))
    throw new FaultSpecError(`kind must be one of ${[...kinds].join(', ')}`);
  const endpoint = spec.endpoint as FaultEndpoint;
  const kind = spec.kind as FaultKind;
  if (kind === 'slow_down' && endpoint !== 'token')
    throw new FaultSpecError('slow_down applies to the token endpoint only');
  const int = (name: string, min: number, max: number): number | undefined => {
    const value = spec[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new FaultSpecError(`${name} must be an integer from ${min} to ${max}`);
    }
    return value;
  };
  const status = int('status', 500, 599);
  const retryAfter = int('retryAfter', 0, 86_400);
  const ms = int('ms', 0, 600_000);
  const times = int('times', 0, 1_000_000);
  if (spec.authReqId !== undefined && typeof spec.authReqId !== 'string')
    throw new FaultSpecError('authReqId must be a string');
  if (spec.authReqId !== undefined && endpoint !== 'token' && endpoint !== '*') {
    throw new FaultSpecError('authReqId only applies to the token endpoint');
  }
  return {
    endpoint,
    kind,
    ...(kind === '5xx' ? { status: status ?? 503 } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(kind === 'latency' ? { ms: ms ?? 1000 } : {}),
    times: times ?? 1,
    ...(spec.authReqId !== undefined ? { authReqId: spec.authReqId as string } : {}),
  };
}

export class FaultRegistry {
  #faults: ActiveFault[] = [];
  #seq = 0;

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...validateFaultSpec(spec), id: `fault-${++this.#seq}`, hits: 0 };
    this.#faults.push(fault);
    return fault;
  }

  clear(): void {
    this.#faults = [];
  }

  list(): ActiveFault[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  /** The faults that apply to this request, in the order they were added; each one's use is counted. */
  take(endpoint: Exclude<FaultEndpoint, '*'>, authReqId: string | undefined): ActiveFault[] {
    const matched: ActiveFault[] = [];
    let terminal = false;
    for (const fault of this.#faults) {
      if (fault.endpoint !== '*' && fault.endpoint !== endpoint) continue;
      if (fault.authReqId !== undefined && fault.authReqId !== authReqId) continue;
      // at most one fault that ends the request (5xx, reset, slow_down); any number of latency faults
      if (fault.kind !== 'latency') {
        if (terminal) continue;
        terminal = true;
      }
      fault.hits += 1;
      matched.push({ ...fault });
    }
    this.#faults = this.#faults.filter((f) => f.times === 0 || f.hits < (f.times ?? 1));
    return matched;
  }
}
