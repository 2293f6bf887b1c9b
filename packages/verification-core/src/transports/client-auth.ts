import { SignJWT, importJWK, type JWK } from 'jose';
import { hex } from '../digest.js';
import { needsClientAuthentication, type HttpRequest, type Transport } from '../transport.js';

/** Adds client authentication to a request bound for the backchannel or token endpoint. */
export type ClientAuth = (request: HttpRequest) => Promise<HttpRequest>;

/** `client_secret_basic` (RFC 6749 §2.3.1): id and secret form-urlencoded, then base64. */
export function clientSecretBasic(clientId: string, clientSecret: string): ClientAuth {
  const credentials = btoa(utf8ToBinary(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`));
  return async (request) => ({
    ...request,
    headers: { ...request.headers, authorization: `Basic ${credentials}` },
  });
}

export interface PrivateKeyJwtOptions {
  /** Signing algorithm; default from the key (`alg`), else RS256. */
  alg?: string;
  /** Assertion lifetime in seconds. Default 60. */
  lifetimeSeconds?: number;
  /** `aud` of the assertion. Default the endpoint's origin: the issuer at Idura and dev-idp. */
  audience?: string;
  now?: () => number;
}

/** `private_key_jwt` (OpenID Core §9): a signed, single-use client assertion in the form body. */
export function privateKeyJwt(
  clientId: string,
  privateJwk: JWK,
  options: PrivateKeyJwtOptions = {},
): ClientAuth {
  const alg = options.alg ?? privateJwk.alg ?? 'RS256';
  const keyPromise = importJWK(privateJwk, alg);
  return async (request) => {
    const key = await keyPromise;
    const now = Math.floor((options.now ?? Date.now)() / 1000);
    const audience = options.audience ?? new URL(request.url).origin;
    const assertion = await new SignJWT({})
      .setProtectedHeader(privateJwk.kid ? { alg, kid: privateJwk.kid } : { alg })
      .setIssuer(clientId)
      .setSubject(clientId)
      .setAudience(audience)
      .setJti(randomId())
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + (options.lifetimeSeconds ?? 60))
      .sign(key);
    const body = new URLSearchParams(request.body ?? '');
    body.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    body.set('client_assertion', assertion);
    return { ...request, body: body.toString() };
  };
}

/** Wraps a transport so that every request to an endpoint that needs it carries client authentication. */
export function withClientAuth(transport: Transport, clientAuth: ClientAuth): Transport {
  return async (request, options) =>
    transport(needsClientAuthentication(request.endpoint) ? await clientAuth(request) : request, options);
}

/**
 * How client_secret_basic encodes the client ID and the secret before joining and base64-encoding them
 * (application/x-www-form-urlencoded). For hosts that store the two for a header formula that cannot encode.
 */
export function formUrlEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function utf8ToBinary(value: string): string {
  return Array.from(new TextEncoder().encode(value), (byte) => String.fromCharCode(byte)).join('');
}

function randomId(): string {
  return hex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}
