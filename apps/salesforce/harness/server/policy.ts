// The allow-list between the component and the broker: a TypeScript twin of IdVerifyRequestPolicy.cls, so the
// harness refuses exactly what the org refuses. It turns the core's HttpRequest into a Forward — a known path
// under the broker issuer (the Named Credential's URL) and a form body rebuilt from allowed parameters only.
import { brokers, isEndpoint, needsClientAuthentication, type Endpoint } from '@idverify/verification-core';

export const CIBA_GRANT = 'urn:openid:params:grant-type:ciba';

const AUTHORIZE_PARAMS = new Set([
  'scope',
  'login_hint',
  'login_hint_token',
  'acr_values',
  'binding_message',
  'authorization_details',
  'requested_expiry',
  'client_id',
]);
const TOKEN_PARAMS = new Set(['grant_type', 'auth_req_id', 'client_id']);
const MAX_BODY_LENGTH = 8000;
const MAX_BINDING_MESSAGE_LENGTH = 255;

/** Endpoint paths per broker preset, relative to the issuer: the core's presets (IdVerifyConfig.cls holds the same). */
export const PRESET_PATHS: Record<string, Record<Endpoint, string>> = Object.fromEntries(
  Object.values(brokers).map(({ id, paths }) => [
    id,
    {
      discovery: '/.well-known/openid-configuration',
      backchannel_authentication: paths.backchannelAuthentication,
      token: paths.token,
      jwks: paths.jwks,
    },
  ]),
);

export interface Forward {
  endpoint: Endpoint;
  method: 'GET' | 'POST';
  path: string;
  params: Record<string, string>;
  body?: string;
}

export class NotAllowedError extends Error {}

export function checkRequest(request: unknown, config: { broker: string; clientId: string }): Forward {
  if (!request || typeof request !== 'object') throw new NotAllowedError('empty request');
  const { endpoint, method, body } = request as Record<string, unknown>;
  const paths = PRESET_PATHS[config.broker];
  if (!paths || !isEndpoint(endpoint)) throw new NotAllowedError('endpoint not allowed');
  const path = paths[endpoint];
  const isPost = needsClientAuthentication(endpoint);
  if (method !== (isPost ? 'POST' : 'GET'))
    throw new NotAllowedError(`method not allowed for ${String(endpoint)}`);
  const forward: Forward = {
    endpoint,
    method: isPost ? 'POST' : 'GET',
    path,
    params: {},
  };
  if (!isPost) return forward;

  if (typeof body !== 'string' || body.length > MAX_BODY_LENGTH)
    throw new NotAllowedError('missing or oversized body');
  const given = parseForm(body);
  const allowed = endpoint === 'token' ? TOKEN_PARAMS : AUTHORIZE_PARAMS;
  for (const [name, value] of Object.entries(given)) if (allowed.has(name)) forward.params[name] = value;
  const clientId = forward.params.client_id;
  if (clientId !== undefined && clientId !== config.clientId)
    throw new NotAllowedError('client_id does not match the configuration');
  if (endpoint === 'token') checkToken(forward.params);
  else checkAuthorize(forward.params);
  forward.body = encodeForm(forward.params);
  return forward;
}

function checkToken(params: Record<string, string>): void {
  if (params.grant_type !== CIBA_GRANT) throw new NotAllowedError('only the CIBA grant is allowed');
  if (!params.auth_req_id?.trim()) throw new NotAllowedError('auth_req_id is required');
}

function checkAuthorize(params: Record<string, string>): void {
  if (!(params.scope ?? '').split(' ').includes('openid'))
    throw new NotAllowedError('scope must include openid');
  if (!params.login_hint?.trim() && !params.login_hint_token?.trim()) {
    throw new NotAllowedError('login_hint or login_hint_token is required');
  }
  if ((params.binding_message ?? '').length > MAX_BINDING_MESSAGE_LENGTH)
    throw new NotAllowedError('binding_message too long');
  const expiry = params.requested_expiry;
  if (expiry !== undefined && !/^\d{1,6}$/.test(expiry))
    throw new NotAllowedError('requested_expiry must be a positive integer');
}

/** application/x-www-form-urlencoded → object; a repeated parameter is refused (RFC 6749 §3.1). */
export function parseForm(body: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (Object.prototype.hasOwnProperty.call(params, name))
      throw new NotAllowedError(`repeated parameter ${name}`);
    params[name] = value;
  }
  return params;
}

/** Names sorted so the body is deterministic. */
export function encodeForm(params: Record<string, string>): string {
  const form = new URLSearchParams();
  for (const name of Object.keys(params).sort()) form.set(name, params[name]!);
  return form.toString();
}

/** Best-effort eID of a bc-authorize request, from acr_values / login_hint_token / scope. */
export function eidOf(params: Record<string, string>): string | undefined {
  const hints =
    `${params.acr_values ?? ''} ${params.login_hint_token ?? ''} ${params.scope ?? ''}`.toLowerCase();
  if (hints.includes(':se:bankid')) return 'bankid-se';
  if (hints.includes(':no:bankid')) return 'bankid-no';
  if (hints.includes('frejaid')) return 'freja';
  if (hints.includes('mitid')) return 'mitid';
  return undefined;
}
