import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { VerificationError } from '../errors.js';

/** Loads the provider's key set; the CIBA client supplies one that goes through the host's transport. */
export type JwksLoader = () => Promise<JSONWebKeySet>;

export interface JwksCacheOptions {
  /** A forced refresh (unknown `kid`) happens at most this often, so forged kids cannot flood the provider. */
  minRefreshIntervalMs?: number;
  now?: () => number;
}

/**
 * A key resolver for jose's jwtVerify over a cached JWKS: loaded on first use, reloaded once when a token
 * names a `kid` the cached set does not have (the provider rotated its keys).
 */
export function createJwksCache(load: JwksLoader, options: JwksCacheOptions = {}): JWTVerifyGetKey {
  const minRefreshIntervalMs = options.minRefreshIntervalMs ?? 30_000;
  const now = options.now ?? Date.now;
  let current: Promise<JWTVerifyGetKey> | undefined;
  let loadedAt = -Infinity;

  const reload = (): Promise<JWTVerifyGetKey> => {
    loadedAt = now();
    const loading = load().then((jwks) => {
      if (!jwks || !Array.isArray(jwks.keys))
        throw new VerificationError('provider.bad_response', 'The JWKS has no keys array');
      return createLocalJWKSet(jwks);
    });
    // A failed load is not cached: the next token tries again.
    loading.catch(() => {
      if (current === loading) current = undefined;
    });
    current = loading;
    return loading;
  };

  return async (header, token) => {
    const keys = await (current ?? reload());
    try {
      return await keys(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || now() - loadedAt < minRefreshIntervalMs)
        throw error;
      return (await reload())(header, token);
    }
  };
}
