// The oidc-provider configuration: one issuer with Idura-like paths, CIBA poll + ping, the demo clients.
import Provider, {
  errors,
  type Account,
  type BackchannelAuthenticationRequest,
  type KoaContext,
} from 'oidc-provider';

import { MemoryStore, createAdapterFactory } from './adapter.js';
import { brokerClaims, customClaimNames, fallbackClaims } from './claims.js';
import type { RequestStore } from './control.js';
import { findPersonByUuid } from './persons.js';
import {
  checkBindingMessage,
  iduraAcrValues,
  parseAuthorizationDetails,
  shapeFromLoginHint,
  shapeFromLoginHintToken,
  type RequestShape,
} from './shapes.js';
import type { SigningJwk } from './keys.js';
import { CIBA_GRANT_TYPE, DEMO_BASIC, DEMO_PING, DEMO_PKJWT, ROUTES } from './constants.js';

export { CIBA_GRANT_TYPE, DEMO_BASIC, DEMO_PING, DEMO_PKJWT, ROUTES } from './constants.js';

export interface ProviderSettings {
  issuer: string;
  expiresIn: number;
  accessTokenTtl: number;
  deliveryModes: ('poll' | 'ping')[];
  keys: SigningJwk[];
  clientPublicJwk: SigningJwk;
  pingNotificationEndpoint: string;
  store: RequestStore;
}

type Params = Record<string, string | undefined>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * oidc-provider requires an https `backchannel_client_notification_endpoint`; in development the ping receiver is
 * plain http on a loopback address. Such an endpoint is registered in its https form and sent to over http.
 */
function createLoopbackHttps() {
  const downgraded = new Set<string>();
  return {
    register(endpoint: string): string {
      const url = new URL(endpoint);
      if (url.protocol === 'https:') return url.href;
      if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) {
        url.protocol = 'https:';
        downgraded.add(url.origin);
        return url.href;
      }
      throw new TypeError('the ping notification endpoint must be https, or http on a loopback address');
    },
    resolve(target: string): string {
      const url = new URL(target);
      if (url.protocol === 'https:' && downgraded.has(url.origin)) {
        url.protocol = 'http:';
        return url.href;
      }
      return target;
    },
  };
}

function paramsOf(ctx: KoaContext): Params {
  return (ctx.oidc?.params ?? {}) as Params;
}

export function createProvider(settings: ProviderSettings): Provider {
  const { store } = settings;
  // processLoginHint / processLoginHintToken work out the broker shape; triggerAuthenticationDevice (same ctx,
  // a few middlewares later) stores it with the new auth_req_id.
  const shapes = new WeakMap<KoaContext, RequestShape>();
  const loopbackHttps = createLoopbackHttps();

  const ciba = {
    enabled: true,
    deliveryModes: settings.deliveryModes,
    async processLoginHint(ctx: KoaContext, loginHint: string) {
      const shape = shapeFromLoginHint(paramsOf(ctx), loginHint);
      if (!shape) return undefined; // → unknown_user_id
      shapes.set(ctx, shape);
      return shape.person.uuid;
    },
    async processLoginHintToken(ctx: KoaContext, loginHintToken: string) {
      const shape = shapeFromLoginHintToken(paramsOf(ctx), loginHintToken);
      if (!shape) return undefined;
      shapes.set(ctx, shape);
      return shape.person.uuid;
    },
    async validateBindingMessage(ctx: KoaContext, bindingMessage: string | undefined) {
      checkBindingMessage(paramsOf(ctx), bindingMessage);
    },
    async validateRequestContext() {},
    async verifyUserCode() {},
    async triggerAuthenticationDevice(
      ctx: KoaContext,
      request: BackchannelAuthenticationRequest,
      _account: Account,
      client: { clientId: string; clientName?: string; backchannelTokenDeliveryMode?: string },
    ) {
      const shape = shapes.get(ctx);
      if (!shape)
        throw new errors.InvalidRequest(
          'id_token_hint is not supported by dev-idp; use login_hint or login_hint_token',
        );
      store.create({
        authReqId: request.jti,
        clientId: client.clientId,
        clientName: client.clientName,
        shape,
        scope: typeof request.params.scope === 'string' ? request.params.scope : 'openid',
        deliveryMode: client.backchannelTokenDeliveryMode === 'ping' ? 'ping' : 'poll',
        expiresInSeconds: request.expiration,
      });
    },
  };

  // The account id is the person's stable uuid (the ID token `sub`). The claims depend on the *request* (which
  // broker shape and eID it used), not only on the person: at the token endpoint oidc-provider calls
  // findAccount(ctx, sub, source) with source = the BackchannelAuthenticationRequest, whose jti is the auth_req_id
  // under which triggerAuthenticationDevice stored the shape. (Encoding the shape into the accountId would make
  // `sub` vary per eID, which a real broker never does.)
  async function findAccount(
    ctx: KoaContext,
    sub: string,
    source?: { kind?: string; jti?: string },
  ): Promise<Account | undefined> {
    const person = findPersonByUuid(sub);
    if (!person) return undefined;
    const authReqId =
      source?.kind === 'BackchannelAuthenticationRequest'
        ? source.jti
        : ctx?.oidc?.entities?.BackchannelAuthenticationRequest?.jti;
    return {
      accountId: person.uuid,
      async claims() {
        const record = authReqId ? store.records.get(authReqId) : undefined;
        const claims = record
          ? brokerClaims({
              broker: record.broker,
              eid: record.eid,
              person,
              acr: record.acr,
              bindingMessage: record.bindingMessage,
              transactionId: record.transactionId,
            })
          : fallbackClaims(person);
        return { sub: person.uuid, ...claims };
      },
    };
  }

  const clients = [
    {
      client_id: DEMO_BASIC.clientId,
      client_secret: DEMO_BASIC.clientSecret,
      client_name: 'Demo Support A/S',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: [CIBA_GRANT_TYPE],
      response_types: [],
      redirect_uris: [],
      backchannel_token_delivery_mode: 'poll',
      id_token_signed_response_alg: 'RS256',
    },
    {
      client_id: DEMO_PKJWT.clientId,
      client_name: 'Demo Support A/S',
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      jwks: { keys: [settings.clientPublicJwk] },
      grant_types: [CIBA_GRANT_TYPE],
      response_types: [],
      redirect_uris: [],
      backchannel_token_delivery_mode: 'poll',
      id_token_signed_response_alg: 'RS256',
    },
    ...(settings.deliveryModes.includes('ping')
      ? [
          {
            client_id: DEMO_PING.clientId,
            client_secret: DEMO_PING.clientSecret,
            client_name: 'Demo Kundeservice (ping)',
            token_endpoint_auth_method: 'client_secret_basic',
            grant_types: [CIBA_GRANT_TYPE],
            response_types: [],
            redirect_uris: [],
            backchannel_token_delivery_mode: 'ping',
            backchannel_client_notification_endpoint: loopbackHttps.register(
              settings.pingNotificationEndpoint,
            ),
            id_token_signed_response_alg: 'RS256',
          },
        ]
      : []),
  ];

  // The demo clients live in the adapter (oidc-provider's "dynamic client" path) rather than the static `clients`
  // option: static clients are structuredClone'd, and under jest's VM realms the clone fails oidc-provider's own
  // `constructor === Object` check on the client's jwks ("client JSON Web Key Set is invalid"). Same behaviour in Node.
  const memory = new MemoryStore();
  for (const client of clients)
    memory.entries.set(`Client:${client.client_id}`, { payload: client, expiresAt: undefined });

  const provider = new Provider(settings.issuer, {
    adapter: createAdapterFactory(memory),
    jwks: { keys: settings.keys },
    findAccount,
    // Every claim sits under the `openid` scope so that CIBA requests with only `scope=openid` get the broker's
    // claims; conformIdTokenClaims:false keeps them in the ID token (not only at userinfo).
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'acr', 'auth_time', ...customClaimNames],
    },
    conformIdTokenClaims: false,
    scopes: ['openid', 'mitid', 'ssn', 'profile'],
    acrValues: Object.keys(iduraAcrValues),
    // Confidential clients only ('none' is left out on purpose: CIBA Core requires client authentication).
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
    // RAR is experimental in oidc-provider and would also need response_type handling; Idura only needs the
    // parameter to pass through, so accept it as an extra parameter and check it is a JSON array of {type}.
    extraParams: {
      async authorization_details(_ctx: KoaContext, value: string | undefined) {
        parseAuthorizationDetails(value);
      },
    },
    features: {
      devInteractions: { enabled: false },
      ciba,
      userinfo: { enabled: true },
      // on by default in v9; with it, any `authorization_details` parameter would demand a resource indicator
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    // CIBA only: no front-channel response types (keeps implicit / authorization_code out of discovery)
    responseTypes: ['none'],
    routes: {
      authorization: ROUTES.authorization,
      backchannel_authentication: ROUTES.backchannel_authentication,
      token: ROUTES.token,
      jwks: ROUTES.jwks,
      userinfo: ROUTES.userinfo,
    },
    ttl: {
      AccessToken: settings.accessTokenTtl,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      DeviceCode: 600,
      BackchannelAuthenticationRequest(ctx: KoaContext | undefined) {
        const requested = Number(paramsOf(ctx ?? ({} as KoaContext)).requested_expiry);
        return Number.isSafeInteger(requested) && requested > 0
          ? Math.min(settings.expiresIn, requested)
          : settings.expiresIn;
      },
      Grant: 3600,
      IdToken: 3600,
      Interaction: 600,
      RefreshToken: 3600,
      Session: 3600,
      PreAuthorizedCode: 600,
    },
    // dev tool: any origin may call the token / backchannel endpoints from a browser harness
    clientBasedCORS: () => true,
    // oidc-provider blocks outgoing requests to loopback/private addresses (SSRF protection); the ping client's
    // notification endpoint is on localhost in development, so send without that dispatcher.
    fetch: (url: string, options: RequestInit & { dispatcher?: unknown }) => {
      const { dispatcher: _dispatcher, ...rest } = options;
      return globalThis.fetch(loopbackHttps.resolve(url), rest);
    },
    // errors as JSON even for browsers
    async renderError(ctx: KoaContext, out: Record<string, unknown>) {
      ctx.type = 'json';
      ctx.body = out;
    },
    cookies: { keys: [crypto.randomUUID()] },
  });

  return provider;
}
