// Helpers for the dev-idp tests: real HTTP with fetch against an in-process dev-idp.
import { SignJWT, importJWK, type JWK } from 'jose';

import type { DevIdp } from '../index.js';

export type ClientAuth =
  | { kind: 'basic'; clientId: string; clientSecret: string }
  | { kind: 'pkjwt'; clientId: string; privateJwk: JWK; aud?: string }
  | { kind: 'none'; clientId: string };

export function basic(idp: DevIdp): ClientAuth {
  return { kind: 'basic', ...idp.clients.basic };
}

export function pkjwt(idp: DevIdp, aud?: string): ClientAuth {
  return {
    kind: 'pkjwt',
    clientId: idp.clients.privateKeyJwt.clientId,
    privateJwk: idp.clients.privateKeyJwt.privateJwk,
    aud,
  };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function post(
  idp: DevIdp,
  path: string,
  params: Record<string, string>,
  auth: ClientAuth,
): Promise<JsonResponse> {
  const form = new URLSearchParams({ client_id: auth.clientId, ...params });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (auth.kind === 'basic') {
    headers.authorization = `Basic ${Buffer.from(
      `${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`,
    ).toString('base64')}`;
  } else if (auth.kind === 'pkjwt') {
    const key = await importJWK(auth.privateJwk, 'RS256');
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: auth.privateJwk.kid as string })
      .setIssuer(auth.clientId)
      .setSubject(auth.clientId)
      .setAudience(auth.aud ?? idp.issuer)
      .setJti(crypto.randomUUID())
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(key);
    form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    form.set('client_assertion', assertion);
  }
  const res = await fetch(`${idp.url}${path}`, { method: 'POST', headers, body: form });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

export function bcAuthorize(idp: DevIdp, params: Record<string, string>, auth: ClientAuth = basic(idp)) {
  return post(idp, '/ciba/bc-authorize', { scope: 'openid', ...params }, auth);
}

export function token(idp: DevIdp, authReqId: string, auth: ClientAuth = basic(idp)) {
  return post(
    idp,
    '/oauth2/token',
    { grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id: authReqId },
    auth,
  );
}

export async function control(
  idp: DevIdp,
  method: string,
  path: string,
  body?: unknown,
): Promise<JsonResponse> {
  const res = await fetch(`${idp.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

export const sebankid = (ssn: string, extra: Record<string, string> = {}) => ({
  login_hint: `sub:ssn:${ssn}`,
  acr_values: 'urn:grn:authn:se:bankid',
  binding_message: 'Acme Support: 4821',
  authorization_details: JSON.stringify([{ type: 'phoneAuth', callInitiator: 'RP' }]),
  ...extra,
});

export const nobankid = (fnr: string, extra: Record<string, string> = {}) => ({
  login_hint: `sub:ssn:${fnr}`,
  acr_values: 'urn:grn:authn:no:bankid:substantial',
  authorization_details: JSON.stringify([{ type: 'customerServiceCall.v1' }]),
  ...extra,
});
