// Minimal, hand-written typings for the parts of oidc-provider 9.13.3 (which ships none) and koa 3 that dev-idp uses.
// Every member here was checked against node_modules/oidc-provider/lib (provider.js, models/*, helpers/errors.js).
// Internal only: nothing from this module appears in dev-idp's public types.

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContext {
    req: IncomingMessage;
    res: ServerResponse;
    method: string;
    path: string;
    url: string;
    query: Record<string, string | string[] | undefined>;
    status: number;
    body: unknown;
    respond?: boolean;
    request: { length?: number };
    set(field: string, value: string): void;
    get(field: string): string;
    type: string;
    /** Present once oidc-provider's router has matched one of its routes. */
    oidc?: OIDCContext;
  }

  export type Next = () => Promise<unknown>;
  export type Middleware = (ctx: KoaContext, next: Next) => Promise<unknown> | unknown;

  export interface OIDCContext {
    params?: Record<string, string | undefined> & { toPlainObject?: () => Record<string, unknown> };
    body?: Record<string, unknown>;
    client?: Client;
    route?: string;
    entities: Record<string, unknown> & {
      BackchannelAuthenticationRequest?: BackchannelAuthenticationRequest;
    };
  }

  export interface Client {
    clientId: string;
    clientName?: string;
    backchannelTokenDeliveryMode?: string;
  }

  export interface Account {
    accountId: string;
    claims(
      use: string,
      scope: string,
      claims: unknown,
      rejected: string[],
    ): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface BackchannelAuthenticationRequest {
    jti: string;
    accountId: string;
    clientId: string;
    exp: number;
    iat: number;
    params: Record<string, unknown>;
    grantId?: string;
    error?: string;
    errorDescription?: string;
    consumed?: number;
    readonly isExpired: boolean;
    readonly expiration: number;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface BackchannelAuthenticationRequestStatic {
    find(
      id: string,
      opts?: { ignoreExpiration?: boolean },
    ): Promise<BackchannelAuthenticationRequest | undefined>;
    new (...args: never[]): BackchannelAuthenticationRequest;
  }

  export interface Grant {
    jti: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface AdapterPayload {
    [key: string]: unknown;
    grantId?: string;
    userCode?: string;
    uid?: string;
    consumed?: number;
    jti?: string;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number | undefined): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
    statusCode: number;
  }

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    AccessDenied: new (description?: string, detail?: string) => OIDCProviderError;
    ExpiredToken: new (description?: string) => OIDCProviderError;
    InvalidRequest: new (description?: string, code?: number) => OIDCProviderError;
    InvalidBindingMessage: new (description?: string) => OIDCProviderError;
    InvalidAuthorizationDetails: new (description?: string) => OIDCProviderError;
    UnknownUserId: new (description?: string) => OIDCProviderError;
    ExpiredLoginHintToken: new (description?: string) => OIDCProviderError;
    InvalidClient: new (description?: string) => OIDCProviderError;
    SlowDown: new (description?: string) => OIDCProviderError;
  };

  export interface BackchannelResultOptions {
    acr?: string;
    amr?: string[];
    authTime?: number;
  }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    issuer: string;
    proxy: boolean;
    Grant: new (init: { accountId: string; clientId: string }) => Grant;
    BackchannelAuthenticationRequest: BackchannelAuthenticationRequestStatic;
    backchannelResult(
      request: string | BackchannelAuthenticationRequest,
      result: Grant | string | OIDCProviderError,
      options?: BackchannelResultOptions,
    ): Promise<void>;
    use(fn: Middleware): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    urlFor(name: string, opts?: Record<string, unknown>): string;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export default Provider;
}
