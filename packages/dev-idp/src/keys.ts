import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export interface SigningJwk extends JWK {
  kid: string;
  alg: string;
  use: 'sig';
}

async function generate(alg: 'RS256' | 'ES256'): Promise<{ privateJwk: SigningJwk; publicJwk: SigningJwk }> {
  const { privateKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === 'RS256' ? { modulusLength: 2048 } : {}),
  });
  const jwk = await exportJWK(privateKey);
  const kid = `${alg.toLowerCase()}-${(await calculateJwkThumbprint(jwk)).slice(0, 16)}`;
  const privateJwk: SigningJwk = { ...jwk, kid, alg, use: 'sig' };
  return { privateJwk, publicJwk: publicPart(privateJwk) };
}

/** The provider's signing keys: RS256 (ID tokens) first, plus an ES256 key that is published in the JWKS too. */
export async function generateProviderKeys(): Promise<SigningJwk[]> {
  const [rsa, ec] = await Promise.all([generate('RS256'), generate('ES256')]);
  return [rsa.privateJwk, ec.privateJwk];
}

/** A key pair for the demo private_key_jwt client (generated at start-up unless one is passed in). */
export async function generateClientKey(): Promise<{ privateJwk: SigningJwk; publicJwk: SigningJwk }> {
  return generate('RS256');
}

export function publicPart(jwk: SigningJwk): SigningJwk {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest as SigningJwk;
}
