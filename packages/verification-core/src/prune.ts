/** Drops undefined fields, so plain-JSON results (audit records, identities) carry no empty keys. */
export function prune<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
