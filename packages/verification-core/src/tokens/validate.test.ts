import { describe, expect, it } from '@jest/globals';
import { SignJWT, base64url, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';
import { createJwksCache } from './jwks.js';
import { validateIdToken } from './validate.js';

const ISSUER = 'https://idp.example';
const CLIENT = 'agent-app';

async function keyPair(kid: string, alg = 'RS256') {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { privateKey, jwk };
}

const now = Math.floor(Date.now() / 1000);

function token(claims: Record<string, unknown> = {}) {
  return new SignJWT({ sub: 'person-1', name: 'Søren Ærø', ...claims })
    .setIssuer(ISSUER)
    .setAudience(CLIENT)
    .setIssuedAt(now)
    .setExpirationTime(now + 300);
}

describe('validateIdToken', () => {
  it('accepts a well-signed token and rejects every kind of forgery with its own code', async () => {
    const good = await keyPair('k1');
    const other = await keyPair('k2');
    const jwks: JSONWebKeySet = { keys: [good.jwk] };
    const keys = createJwksCache(async () => jwks);
    const validate = (jwt: string, options: Partial<Parameters<typeof validateIdToken>[1]> = {}) =>
      validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys, ...options });
    const sign = (builder: SignJWT, key = good.privateKey, kid = 'k1') =>
      builder.setProtectedHeader({ alg: 'RS256', kid }).sign(key);

    const valid = await validate(await sign(token()));
    expect(valid.claims.name).toBe('Søren Ærø');
    expect(valid.header.kid).toBe('k1');

    const rejects = (jwt: Promise<string> | string, code: string, options = {}) =>
      expect(Promise.resolve(jwt).then((j) => validate(j, options))).rejects.toMatchObject({ code });

    // alg none: an unsigned token
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(
      JSON.stringify({ iss: ISSUER, aud: CLIENT, sub: 'x', iat: now, exp: now + 60 }),
    );
    await rejects(`${header}.${payload}.`, 'token.alg_not_allowed');
    // HS256 keyed with the provider's public key (the classic key-confusion attack)
    const publicKeyBytes = new TextEncoder().encode(JSON.stringify(good.jwk));
    await rejects(
      token().setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(publicKeyBytes),
      'token.alg_not_allowed',
    );
    await rejects(sign(token().setIssuer('https://evil.example')), 'token.wrong_issuer');
    await rejects(sign(token().setAudience('someone-else')), 'token.wrong_audience');
    await rejects(sign(token().setExpirationTime(now - 600)), 'token.expired');
    await rejects(
      sign(
        token()
          .setIssuedAt(now + 3600)
          .setExpirationTime(now + 7200),
      ),
      'token.not_yet_valid',
    );
    await rejects(sign(token(), other.privateKey, 'k1'), 'token.invalid_signature');
    await rejects(sign(token(), other.privateKey, 'k2'), 'token.unknown_key');
    await rejects('not-a-jwt', 'token.malformed');
    // A payload edited after signing
    const [h, , s] = (await sign(token())).split('.');
    const edited = base64url.encode(
      JSON.stringify({ iss: ISSUER, aud: CLIENT, sub: 'someone-else', iat: now, exp: now + 60 }),
    );
    await rejects(`${h}.${edited}.${s}`, 'token.invalid_signature');
    // An allowed-list that excludes RS256 refuses it even when the signature is fine
    await rejects(sign(token()), 'token.alg_not_allowed', { algorithms: ['ES256'] });
    // HS* can never be allowed, even if configured
    await rejects(
      token().setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(publicKeyBytes),
      'token.alg_not_allowed',
      {
        algorithms: ['HS256', 'RS256'],
      },
    );
  });

  it('tolerates clock skew, within limits', async () => {
    const { privateKey, jwk } = await keyPair('k1');
    const keys = createJwksCache(async () => ({ keys: [jwk] }));
    const jwt = await token()
      .setExpirationTime(now - 30)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(privateKey);
    await expect(validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys })).resolves.toBeDefined();
    await expect(
      validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys, clockSkewSeconds: 5 }),
    ).rejects.toMatchObject({
      code: 'token.expired',
    });
  });
});

describe('createJwksCache', () => {
  it('loads once, reloads once on an unknown kid (key rotation), and limits forced reloads', async () => {
    const first = await keyPair('k1');
    const rotated = await keyPair('k2');
    let served: JWK[] = [first.jwk];
    let loads = 0;
    let clock = 0;
    const keys = createJwksCache(
      async () => {
        loads++;
        return { keys: served };
      },
      { now: () => clock, minRefreshIntervalMs: 1000 },
    );
    const sign = (kid: string, key: CryptoKey) => token().setProtectedHeader({ alg: 'RS256', kid }).sign(key);
    const validate = (jwt: string) => validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys });

    await validate(await sign('k1', first.privateKey));
    await validate(await sign('k1', first.privateKey));
    expect(loads).toBe(1);

    served = [first.jwk, rotated.jwk];
    clock = 5000;
    await validate(await sign('k2', rotated.privateKey));
    expect(loads).toBe(2);

    // A forged kid right after a reload does not trigger another load.
    const forged = await keyPair('k9');
    await expect(validate(await sign('k9', forged.privateKey))).rejects.toMatchObject({
      code: 'token.unknown_key',
    });
    expect(loads).toBe(2);
  });

  it('does not cache a failed load', async () => {
    const { privateKey, jwk } = await keyPair('k1');
    let fail = true;
    const keys = createJwksCache(async () => {
      if (fail) throw new Error('network down');
      return { keys: [jwk] };
    });
    const jwt = await token().setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);
    await expect(validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys })).rejects.toBeDefined();
    fail = false;
    await expect(validateIdToken(jwt, { issuer: ISSUER, audience: CLIENT, keys })).resolves.toBeDefined();
  });
});
