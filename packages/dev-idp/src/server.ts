// startDevIdp: an HTTP server around oidc-provider, plus koa middlewares (installed with provider.use, so they run
// before oidc-provider's router) for the control API, the phone page, fault injection and Idura-style responses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import type { JWK } from 'jose';
import type { KoaContext, Next } from 'oidc-provider';

import { ControlError, RequestStore } from './control.js';
import type { DevIdpControl, RequestStatus } from './types.js';
import { FaultSpecError, validateFaultSpec, type FaultEndpoint } from './faults.js';
import { generateClientKey, generateProviderKeys, publicPart, type SigningJwk } from './keys.js';
import { indexPage, phonePage } from './pages.js';
import { eidLabels, persons, type TestPerson } from './persons.js';
import { CIBA_GRANT_TYPE, DEMO_BASIC, DEMO_PING, DEMO_PKJWT, ROUTES } from './constants.js';
import { createProvider } from './provider.js';

export interface DevIdpOptions {
  /** TCP port; 0 (the default) picks a free one. The CLI uses 4000. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** `interval` returned from bc-authorize, in whole seconds (default 5; 0 is allowed for fast tests). */
  interval?: number;
  /**
   * Answer `slow_down` to a token poll that comes sooner than `interval` after the request or after the previous
   * poll, and from then on expect 5 s more for that auth_req_id (CIBA Core §11), as brokers do. Default true;
   * tests that poll by hand, or drive a client on a virtual clock (it polls at once in real time), turn it off.
   */
  enforceInterval?: boolean;
  /** Lifetime of an auth_req_id in seconds (default 120; a smaller `requested_expiry` wins). */
  expiresIn?: number;
  /** Token response `expires_in` as a string, as Idura sends it (default true). */
  stringExpiresIn?: boolean;
  /** CIBA delivery modes (default ['poll', 'ping']; demo-ping exists only with 'ping'). */
  deliveryModes?: ('poll' | 'ping')[];
  /** Issuer identifier (default http://<host>:<port>). Must have no path. */
  issuer?: string;
  /** Access-token lifetime in seconds = the token response's expires_in (default 120). */
  accessTokenTtl?: number;
  /** demo-ping's backchannel_client_notification_endpoint (default <url>/_control/ping-sink, which records pings). */
  pingNotificationEndpoint?: string;
  /** A fixed private RSA JWK (with kid) for demo-pkjwt; default: generated at start-up. */
  clientPrivateJwk?: JWK;
}

export interface DemoClients {
  basic: { clientId: string; clientSecret: string; tokenEndpointAuthMethod: 'client_secret_basic' };
  privateKeyJwt: {
    clientId: string;
    privateJwk: JWK;
    publicJwk: JWK;
    tokenEndpointAuthMethod: 'private_key_jwt';
  };
  ping: {
    clientId: string;
    clientSecret: string;
    tokenEndpointAuthMethod: 'client_secret_basic';
    notificationEndpoint: string;
  };
}

export interface DevIdp {
  issuer: string;
  /** Where the server listens (http://host:port). */
  url: string;
  clients: DemoClients;
  persons: readonly TestPerson[];
  control: DevIdpControl;
  close(): Promise<void>;
}

const endpointByPath: Record<string, Exclude<FaultEndpoint, '*'>> = {
  [ROUTES.token]: 'token',
  [ROUTES.backchannel_authentication]: 'backchannel_authentication',
  [ROUTES.jwks]: 'jwks',
  [ROUTES.discovery]: 'discovery',
};

const BODY_LIMIT = 56 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new ControlError(413, 'too_large', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The token endpoint's body is read here (to know the auth_req_id for poll recording and per-request faults) and
 * then handed to oidc-provider, which reads `req` itself via `req.iterator()` while `req.readable` is true.
 */
function replayBody(req: IncomingMessage, body: Buffer): void {
  Object.defineProperty(req, 'readable', { value: true, configurable: true });
  Object.defineProperty(req, 'iterator', {
    configurable: true,
    value: async function* iterator() {
      if (body.length) yield body;
    },
  });
}

function json(ctx: KoaContext, status: number, body: unknown): void {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  const host = options.host ?? '127.0.0.1';
  const interval = options.interval ?? 5;
  if (!Number.isInteger(interval) || interval < 0)
    throw new TypeError('interval must be a non-negative integer (seconds)');
  const enforceInterval = options.enforceInterval ?? true;
  const expiresIn = options.expiresIn ?? 120;
  if (!Number.isInteger(expiresIn) || expiresIn <= 0)
    throw new TypeError('expiresIn must be a positive integer (seconds)');
  const stringExpiresIn = options.stringExpiresIn ?? true;
  const deliveryModes = options.deliveryModes ?? ['poll', 'ping'];

  // Listen first (the issuer needs the real port when port is 0), then build the provider and plug it in.
  const app: { handler?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server: Server = createServer((req, res) => {
    if (app.handler) app.handler(req, res);
    else {
      res.statusCode = 503;
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const issuer = options.issuer ?? url;
  if (new URL(issuer).pathname !== '/') {
    server.close();
    throw new TypeError('dev-idp issuer must not have a path');
  }

  const [keys, clientKey] = await Promise.all([
    generateProviderKeys(),
    options.clientPrivateJwk
      ? Promise.resolve({
          privateJwk: options.clientPrivateJwk as SigningJwk,
          publicJwk: publicPart(options.clientPrivateJwk as SigningJwk),
        })
      : generateClientKey(),
  ]);
  const pingNotificationEndpoint = options.pingNotificationEndpoint ?? `${url}/_control/ping-sink`;

  // the store needs the provider (for backchannelResult) and the provider's callbacks need the store
  const ref: { provider?: ReturnType<typeof createProvider> } = {};
  const store = new RequestStore(() => {
    if (!ref.provider) throw new Error('provider not ready');
    return ref.provider;
  });
  const { control } = store;

  /** CIBA Core §11 slow_down, counted on the request: from now on its client must wait 5 s more per poll. */
  const slowDown = (ctx: KoaContext, authReqId: string | undefined, description: string) => {
    if (authReqId) store.recordSlowDown(authReqId);
    ctx.set('Cache-Control', 'no-store');
    json(ctx, 400, { error: 'slow_down', error_description: description });
  };

  const provider = createProvider({
    issuer,
    expiresIn,
    accessTokenTtl: options.accessTokenTtl ?? 120,
    deliveryModes,
    keys,
    clientPublicJwk: clientKey.publicJwk,
    pingNotificationEndpoint,
    store,
  });
  ref.provider = provider;
  provider.on('server_error', (_ctx, err) => console.error('dev-idp server_error', err));

  const clients: DemoClients = {
    basic: { ...DEMO_BASIC, tokenEndpointAuthMethod: 'client_secret_basic' },
    privateKeyJwt: {
      ...DEMO_PKJWT,
      privateJwk: clientKey.privateJwk,
      publicJwk: clientKey.publicJwk,
      tokenEndpointAuthMethod: 'private_key_jwt',
    },
    ping: {
      ...DEMO_PING,
      tokenEndpointAuthMethod: 'client_secret_basic',
      notificationEndpoint: pingNotificationEndpoint,
    },
  };

  // --- own pages and the control API -------------------------------------------------------------------------
  provider.use(async (ctx: KoaContext, next: Next) => {
    if (ctx.path === '/' && ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.body = indexPage(issuer);
      return;
    }
    if ((ctx.path === '/phone' || ctx.path === '/phone/') && ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = phonePage();
      return;
    }
    if (ctx.path === '/_control' || ctx.path.startsWith('/_control/')) {
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'content-type, authorization');
      ctx.set('Cache-Control', 'no-store');
      if (ctx.method === 'OPTIONS') {
        ctx.status = 204;
        return;
      }
      try {
        await handleControl(ctx);
      } catch (err) {
        if (err instanceof ControlError)
          json(ctx, err.status, { error: err.code, error_description: err.message });
        else if (err instanceof FaultSpecError)
          json(ctx, 400, { error: 'invalid_fault', error_description: err.message });
        else if (err instanceof SyntaxError)
          json(ctx, 400, { error: 'invalid_json', error_description: err.message });
        else {
          console.error('dev-idp control error', err);
          json(ctx, 500, { error: 'server_error', error_description: (err as Error).message });
        }
      }
      return;
    }
    await next();
  });

  async function jsonBody(ctx: KoaContext): Promise<unknown> {
    const raw = (await readBody(ctx.req)).toString('utf8').trim();
    return raw ? JSON.parse(raw) : {};
  }

  async function handleControl(ctx: KoaContext): Promise<void> {
    const path = ctx.path.replace(/\/+$/, '');
    const method = ctx.method;
    const query = (name: string) => {
      const value = ctx.query[name];
      return typeof value === 'string' && value ? value : undefined;
    };

    if (path === '/_control/persons' && method === 'GET') {
      return json(
        ctx,
        200,
        persons.map((p) => ({ ...p, eidLabel: eidLabels[p.eid] })),
      );
    }
    if (path === '/_control/clients' && method === 'GET') {
      return json(ctx, 200, { issuer, ...clients });
    }
    if (path === '/_control/requests' && method === 'GET') {
      const status = query('status') as RequestStatus | 'all' | undefined;
      return json(ctx, 200, control.pending({ person: query('person'), clientId: query('client'), status }));
    }
    const byId = /^\/_control\/requests\/([^/]+)(?:\/(approve|deny|expire|polls))?$/.exec(path);
    if (byId) {
      const authReqId = decodeURIComponent(byId[1] as string);
      const action = byId[2];
      if (!action && method === 'GET') {
        const request = control.get(authReqId);
        if (!request) throw new ControlError(404, 'unknown_request', `no backchannel request ${authReqId}`);
        return json(ctx, 200, request);
      }
      if (action === 'polls' && method === 'GET') return json(ctx, 200, control.polls(authReqId));
      if (method === 'POST' && action === 'approve') {
        const body = await jsonBody(ctx);
        const wordPair = isRecord(body) && typeof body.wordPair === 'string' ? body.wordPair : undefined;
        return json(ctx, 200, await control.approve(authReqId, wordPair ? { wordPair } : {}));
      }
      if (method === 'POST' && action === 'deny') return json(ctx, 200, await control.deny(authReqId));
      if (method === 'POST' && action === 'expire') return json(ctx, 200, await control.expire(authReqId));
    }
    if (path === '/_control/faults') {
      if (method === 'POST') return json(ctx, 201, control.fault(validateFaultSpec(await jsonBody(ctx))));
      if (method === 'GET') return json(ctx, 200, control.faults());
      if (method === 'DELETE') {
        control.clearFaults();
        return json(ctx, 200, { cleared: true });
      }
    }
    if (path === '/_control/ping-sink' && method === 'POST') {
      const body = await jsonBody(ctx);
      const authReqId = isRecord(body) && typeof body.auth_req_id === 'string' ? body.auth_req_id : '';
      store.pings.push({
        authReqId,
        authorization: ctx.get('authorization') || undefined,
        receivedAt: Date.now(),
      });
      ctx.status = 204;
      return;
    }
    if (path === '/_control/notifications' && method === 'GET')
      return json(ctx, 200, control.notifications());
    throw new ControlError(404, 'not_found', `no control route ${method} ${path}`);
  }

  // --- the OpenID endpoints: poll recording, faults, Idura-style responses ------------------------------------
  provider.use(async (ctx: KoaContext, next: Next) => {
    const endpoint = endpointByPath[ctx.path];
    if (!endpoint) return next();

    let authReqId: string | undefined;
    if (endpoint === 'token' && ctx.method === 'POST') {
      const raw = await readBody(ctx.req);
      replayBody(ctx.req, raw);
      if ((ctx.get('content-type') || '').startsWith('application/x-www-form-urlencoded')) {
        const form = new URLSearchParams(raw.toString('utf8'));
        if (form.get('grant_type') === CIBA_GRANT_TYPE) {
          authReqId = form.get('auth_req_id') ?? undefined;
          if (authReqId) {
            const tooSoon = enforceInterval && store.pollTooSoon(authReqId, interval);
            store.recordPoll(authReqId);
            if (tooSoon)
              return slowDown(ctx, authReqId, 'you are polling too quickly: wait `interval`, plus 5 seconds');
          }
        }
      }
    }

    for (const fault of store.faults.take(endpoint, authReqId)) {
      if (fault.kind === 'latency') {
        await sleep(fault.ms ?? 0);
        continue;
      }
      if (fault.kind === 'reset') {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (fault.retryAfter !== undefined) ctx.set('Retry-After', String(fault.retryAfter));
      if (fault.kind === '5xx') {
        const status = fault.status ?? 503;
        return json(ctx, status, {
          error: status === 503 ? 'temporarily_unavailable' : 'server_error',
          error_description: `injected fault ${fault.id}: HTTP ${status}`,
        });
      }
      return slowDown(ctx, authReqId, `injected fault ${fault.id}: slow_down`);
    }

    await next();

    const body = ctx.body;
    if (!isRecord(body) || ctx.status !== 200) return;
    if (endpoint === 'backchannel_authentication' && typeof body.auth_req_id === 'string') {
      // oidc-provider never sends `interval`; Idura does, and adds `bindingMessage` for Norwegian BankID.
      const record = store.records.get(body.auth_req_id);
      ctx.body = {
        auth_req_id: body.auth_req_id,
        expires_in: body.expires_in,
        interval,
        ...(record?.wordPairs ? { bindingMessage: record.bindingMessage } : {}),
      };
    } else if (endpoint === 'token' && typeof body.access_token === 'string') {
      if (stringExpiresIn && typeof body.expires_in === 'number') body.expires_in = String(body.expires_in);
      const record = authReqId ? store.records.get(authReqId) : undefined;
      if (record) record.tokenIssuedAt = Date.now();
    }
  });

  app.handler = provider.callback();

  return {
    issuer,
    url,
    clients,
    persons,
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
