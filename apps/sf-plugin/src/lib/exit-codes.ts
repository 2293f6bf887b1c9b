/**
 * Exit codes of every `sf idverify` command (documented in the README):
 * 0 = done (for `send`: verified), 1 = ran but the result is negative (not verified, inconsistent audit record),
 * 2 = usage or configuration error (bad flags, invalid identifier, rejected client credentials, missing files).
 */
export const EXIT = { ok: 0, negative: 1, usage: 2 } as const;
