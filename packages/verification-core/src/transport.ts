/**
 * The core does no I/O: it describes each HTTP exchange as plain data and the host's Transport performs it.
 * Plain objects (not fetch's Request/Response) so a host can forward them anywhere: the Zendesk proxy,
 * an Apex controller, Node's fetch.
 */
export const ENDPOINTS = ['discovery', 'jwks', 'backchannel_authentication', 'token'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** For hosts that receive a request description from elsewhere (a page, a proxy) and allow-list it. */
export function isEndpoint(value: unknown): value is Endpoint {
  return (ENDPOINTS as readonly unknown[]).includes(value);
}

export interface HttpRequest {
  /** Which OpenID endpoint this is: hosts allow-list on it and add client authentication to the last two. */
  endpoint: Endpoint;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** application/x-www-form-urlencoded for POSTs. */
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface TransportOptions {
  signal?: AbortSignal;
}

/** Performs one exchange. Rejects only when no HTTP response arrived (network error, abort). */
export type Transport = (request: HttpRequest, options?: TransportOptions) => Promise<HttpResponse>;

/** Endpoints that need client authentication (CIBA Core §7.1, §10.1): the two POSTs. */
export function needsClientAuthentication(endpoint: Endpoint): boolean {
  return endpoint === 'backchannel_authentication' || endpoint === 'token';
}
