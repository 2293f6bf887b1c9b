// 3. ID-token validation throughput with a cached JWKS (the work done on every approved result).
import { createJwksCache, validateIdToken } from '@idverify/verification-core';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { round } from './stats.js';

export interface TokenResult {
  validationsPerSecond: number;
  seconds: number;
}

export async function tokenValidation(seconds = 3): Promise<TokenResult> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  const keys = createJwksCache(async () => ({ keys: [jwk] }));
  const now = Math.floor(Date.now() / 1000);
  const idToken = await new SignJWT({ name: 'Åsa Öberg', ssn: '196802020575' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer('https://idp.example')
    .setAudience('bench')
    .setSubject('s')
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(privateKey);
  const options = { issuer: 'https://idp.example', audience: 'bench', keys };
  await validateIdToken(idToken, options); // warm the cache
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await validateIdToken(idToken, options);
    count++;
  }
  const elapsed = (performance.now() - started) / 1000;
  return { validationsPerSecond: round(count / elapsed, 0), seconds: round(elapsed, 2) };
}
