// Pending backchannel requests and what the "customer" does with them: approve, deny, or let expire.
// One implementation, used by the in-process API (DevIdp.control), the HTTP control API and the phone page.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

import { errors, type Provider } from 'oidc-provider';

import { ControlError } from './errors.js';
import { FaultRegistry } from './faults.js';
import { eidLabels, findPersonById, type Eid, type TestPerson } from './persons.js';
import type { RequestShape } from './shapes.js';
import type { DevIdpControl, PendingRequest, PingNotification } from './types.js';
import { wordPairChoices } from './wordpairs.js';

export type { DevIdpControl, PendingRequest, PingNotification } from './types.js';
export { ControlError } from './errors.js';

const AMR: Record<Eid, string[]> = {
  mitid: ['mitid'],
  'bankid-se': ['bankid'],
  'bankid-no': ['bankid'],
  freja: ['freja'],
};

/** "Acme Support: 4821" → "Acme Support"; "Acme Support 4821" → "Acme Support". */
export function companyFromBindingMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const colon = message.indexOf(':');
  if (colon > 0) return message.slice(0, colon).trim() || undefined;
  const code = /^(.*?\S)\s*[-#]?\s*\d{3,}$/u.exec(message);
  if (code?.[1] && /\p{L}/u.test(code[1])) return code[1].trim();
  return undefined;
}

const SLOW_DOWN_STEP_SECONDS = 5;
const POLL_TOLERANCE_MS = 50;

export class RequestStore {
  readonly records = new Map<string, PendingRequest>();
  readonly pollTimes = new Map<string, number[]>();
  readonly pings: PingNotification[] = [];
  readonly faults = new FaultRegistry();
  readonly events = new EventEmitter();

  constructor(private readonly provider: () => Provider) {
    this.events.setMaxListeners(0);
  }

  /** Called from oidc-provider's triggerAuthenticationDevice, right after the request was saved. */
  create(input: {
    authReqId: string;
    clientId: string;
    clientName?: string;
    shape: RequestShape;
    scope: string;
    deliveryMode: 'poll' | 'ping';
    expiresInSeconds: number;
  }): PendingRequest {
    const { shape } = input;
    let { bindingMessage } = shape;
    let wordPairs: string[] | undefined;
    if (shape.broker === 'idura' && shape.eid === 'bankid-no') {
      const pairs = wordPairChoices();
      bindingMessage = pairs.correct;
      wordPairs = pairs.choices;
    }
    const now = Date.now();
    const record: PendingRequest = {
      authReqId: input.authReqId,
      clientId: input.clientId,
      ...(input.clientName ? { clientName: input.clientName } : {}),
      personId: shape.person.id,
      personName: shape.person.name,
      eid: shape.eid,
      eidLabel: eidLabels[shape.eid],
      broker: shape.broker,
      ...(shape.acr ? { acr: shape.acr } : {}),
      ...(bindingMessage !== undefined ? { bindingMessage } : {}),
      ...(wordPairs ? { wordPairs } : {}),
      ...(shape.callInitiator ? { callInitiator: shape.callInitiator } : {}),
      ...(shape.authorizationDetails ? { authorizationDetails: shape.authorizationDetails } : {}),
      company:
        (wordPairs ? undefined : companyFromBindingMessage(bindingMessage)) ??
        input.clientName ??
        input.clientId,
      scope: input.scope,
      deliveryMode: input.deliveryMode,
      transactionId: randomUUID(),
      createdAt: now,
      expiresAt: now + input.expiresInSeconds * 1000,
      status: 'pending',
    };
    this.records.set(record.authReqId, record);
    this.events.emit('created', this.view(record));
    return record;
  }

  person(record: PendingRequest): TestPerson {
    const person = findPersonById(record.personId);
    if (!person) throw new Error(`unknown person ${record.personId}`);
    return person;
  }

  /** A copy with the status brought up to date (a pending request past its expiry is expired). */
  view(record: PendingRequest): PendingRequest {
    if (record.status === 'pending' && Date.now() >= record.expiresAt) record.status = 'expired';
    return structuredClone(record);
  }

  /**
   * Whether a token poll now comes sooner than its client may poll: `interval` (plus 5 s per slow_down it got)
   * after the request or the previous poll. A client that waits from the previous answer is always late enough;
   * the tolerance only absorbs timer rounding.
   */
  pollTooSoon(authReqId: string, intervalSeconds: number): boolean {
    const record = this.records.get(authReqId);
    if (!record) return false; // not ours to judge: oidc-provider answers invalid_grant
    const previous = this.pollTimes.get(authReqId)?.at(-1) ?? record.createdAt;
    const required = (intervalSeconds + SLOW_DOWN_STEP_SECONDS * (record.slowDowns ?? 0)) * 1000;
    return Date.now() - previous < required - POLL_TOLERANCE_MS;
  }

  recordSlowDown(authReqId: string): void {
    const record = this.records.get(authReqId);
    if (record) record.slowDowns = (record.slowDowns ?? 0) + 1;
  }

  recordPoll(authReqId: string): void {
    const list = this.pollTimes.get(authReqId) ?? [];
    list.push(Date.now());
    this.pollTimes.set(authReqId, list);
  }

  #require(authReqId: string): PendingRequest {
    const record = this.records.get(authReqId);
    if (!record) throw new ControlError(404, 'unknown_request', `no backchannel request ${authReqId}`);
    const current = this.view(record);
    if (current.status !== 'pending') {
      throw new ControlError(409, 'not_pending', `request ${authReqId} is ${current.status}`);
    }
    return record;
  }

  /** oidc-provider's stored request, expired or not. */
  async #storedRequest(authReqId: string) {
    const request = await this.provider().BackchannelAuthenticationRequest.find(authReqId, {
      ignoreExpiration: true,
    });
    if (!request) throw new ControlError(410, 'gone', `request ${authReqId} is no longer stored`);
    return request;
  }

  async #denyRecord(record: PendingRequest, reason: string): Promise<void> {
    const provider = this.provider();
    const request = await this.#storedRequest(record.authReqId);
    // oidc-provider's backchannelResult sets `error_description`, which its model does not persist (it persists
    // `errorDescription`), so set that first to keep Idura's "user declined" in the token error.
    request.errorDescription = 'user declined';
    record.status = 'denied';
    record.answeredAt = Date.now();
    record.denyReason = reason;
    try {
      await provider.backchannelResult(request, new errors.AccessDenied('user declined'));
    } catch (err) {
      record.pingError = (err as Error).message;
    }
  }

  readonly control: DevIdpControl = {
    pending: (filter = {}) => {
      const status = filter.status ?? 'pending';
      const wanted = filter.person;
      return [...this.records.values()]
        .map((r) => this.view(r))
        .filter((r) => status === 'all' || r.status === status)
        .filter((r) => !filter.clientId || r.clientId === filter.clientId)
        .filter((r) => {
          if (!wanted) return true;
          const person = findPersonById(r.personId);
          return r.personId === wanted || person?.uuid === wanted || person?.nationalId === wanted;
        })
        .sort((a, b) => b.createdAt - a.createdAt);
    },

    get: (authReqId) => {
      const record = this.records.get(authReqId);
      return record ? this.view(record) : undefined;
    },

    approve: async (authReqId, options = {}) => {
      const record = this.#require(authReqId);
      if (record.wordPairs) {
        if (!options.wordPair) {
          throw new ControlError(
            400,
            'word_pair_required',
            'Norwegian BankID: pass the word pair the customer picked',
          );
        }
        if (options.wordPair !== record.bindingMessage) {
          await this.#denyRecord(record, 'wrong word pair');
          return this.view(record);
        }
      }
      const provider = this.provider();
      const person = this.person(record);
      const grant = new provider.Grant({ accountId: person.uuid, clientId: record.clientId });
      grant.addOIDCScope(record.scope);
      await grant.save();
      record.status = 'approved';
      record.answeredAt = Date.now();
      try {
        await provider.backchannelResult(authReqId, grant, {
          ...(record.acr ? { acr: record.acr } : {}),
          amr: AMR[record.eid],
          authTime: Math.floor(record.answeredAt / 1000),
        });
      } catch (err) {
        // for ping clients backchannelResult saves first and then notifies; a failing notification endpoint lands here
        record.pingError = (err as Error).message;
      }
      return this.view(record);
    },

    deny: async (authReqId) => {
      const record = this.#require(authReqId);
      await this.#denyRecord(record, 'user declined');
      return this.view(record);
    },

    expire: async (authReqId) => {
      const record = this.#require(authReqId);
      const request = await this.#storedRequest(authReqId);
      // oidc-provider's CIBA grant answers expired_token when request.isExpired (exp <= now). Moving exp to now and
      // saving keeps the entry (our adapter keeps expired requests for a grace period), so the next poll gets a
      // real expired_token from oidc-provider itself.
      request.exp = Math.floor(Date.now() / 1000);
      await request.save();
      record.status = 'expired';
      record.expiresAt = Date.now();
      return this.view(record);
    },

    fault: (spec) => this.faults.add(spec),
    faults: () => this.faults.list(),
    clearFaults: () => this.faults.clear(),
    polls: (authReqId) => [...(this.pollTimes.get(authReqId) ?? [])],
    notifications: () => this.pings.map((p) => ({ ...p })),

    waitForPending: (predicate = () => true, timeoutMs = 5000) =>
      new Promise<PendingRequest>((resolve, reject) => {
        const existing = this.control.pending().find(predicate);
        if (existing) {
          resolve(existing);
          return;
        }
        const onCreated = (request: PendingRequest) => {
          if (!predicate(request)) return;
          clearTimeout(timer);
          this.events.off('created', onCreated);
          resolve(request);
        };
        const timer = setTimeout(() => {
          this.events.off('created', onCreated);
          reject(new Error(`no matching pending backchannel request within ${timeoutMs} ms`));
        }, timeoutMs);
        this.events.on('created', onCreated);
      }),
  };
}
