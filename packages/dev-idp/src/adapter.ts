// A per-instance in-memory storage adapter for oidc-provider.
//
// Why not oidc-provider's MemoryAdapter: it shares one module-level store between instances, and it drops an entry
// the moment its TTL runs out, so an expired auth_req_id turns into `invalid_grant` ("not found") at the token
// endpoint instead of CIBA's `expired_token`. Here a BackchannelAuthenticationRequest is kept for a grace period
// after it expires; oidc-provider finds it (with ignoreExpiration), sees `exp` in the past and answers expired_token.
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

const GRACE_MS: Record<string, number> = { BackchannelAuthenticationRequest: 60 * 60 * 1000 };

export class MemoryStore {
  readonly entries = new Map<string, Entry>();
  /** grantId → keys of the tokens that belong to it */
  readonly grants = new Map<string, Set<string>>();

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }
}

export function createAdapterFactory(store: MemoryStore): (model: string) => Adapter {
  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    const find = async (id: string) => store.get(key(id));
    const indexKey = (kind: string, value: string) => `${model}:${kind}:${value}`;
    return {
      async upsert(id, payload, expiresIn) {
        const grace = GRACE_MS[model] ?? 0;
        const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 + grace : undefined;
        store.entries.set(key(id), { payload, expiresAt });
        if (payload.grantId) {
          const members = store.grants.get(payload.grantId) ?? new Set<string>();
          members.add(key(id));
          store.grants.set(payload.grantId, members);
        }
        if (payload.userCode)
          store.entries.set(indexKey('userCode', payload.userCode), { payload: { id }, expiresAt });
        if (payload.uid) store.entries.set(indexKey('uid', payload.uid), { payload: { id }, expiresAt });
      },
      find,
      async findByUserCode(userCode) {
        const ref = store.get(indexKey('userCode', userCode));
        return typeof ref?.id === 'string' ? find(ref.id) : undefined;
      },
      async findByUid(uid) {
        const ref = store.get(indexKey('uid', uid));
        return typeof ref?.id === 'string' ? find(ref.id) : undefined;
      },
      async consume(id) {
        const payload = store.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        store.entries.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const member of store.grants.get(grantId) ?? []) store.entries.delete(member);
        store.grants.delete(grantId);
      },
    };
  };
}
