// What Zendesk's request proxy does server-side for `client.request({ cors: false, secure: true })`: fill in
// `{{setting.NAME}}` placeholders from the installation's settings (secure ones only where the parameter's
// `scopes` allow, and only towards whitelisted domains), then forward the request (research §2).

import type { ZafRequestOptions } from '../app/zaf/types.js';

export interface ManifestParameter {
  name: string;
  type?: string;
  secure?: boolean;
  scopes?: string[];
}

/** The part of the app's client.request options the proxy sees. */
export type ProxyRequest = Pick<
  ZafRequestOptions,
  'url' | 'type' | 'headers' | 'data' | 'contentType' | 'secure'
>;

/** The complete response the host hands back to the SDK. status 0 = no HTTP response. */
export interface ProxyResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  responseText: string;
}

export interface ProxyOptions {
  parameters: ManifestParameter[];
  /** All installation settings, secure ones included (only the server side ever holds these). */
  settings: Record<string, unknown>;
  /** manifest.json domainWhitelist plus hosts the harness adds (the local dev-idp). */
  domainWhitelist: string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const PLACEHOLDER = /\{\{\s*setting\.([A-Za-z0-9_]+)\s*\}\}/g;
/** Hop-by-hop and browser-only headers the proxy does not forward. */
const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'cookie', 'origin', 'referer']);

export class ProxyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function hostAllowed(host: string, whitelist: string[]): boolean {
  const hostname = host.toLowerCase();
  return whitelist.some((entry) => {
    const pattern = entry
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (pattern.startsWith('*.'))
      return hostname.endsWith(pattern.slice(1)) && hostname.length > pattern.length - 1;
    return hostname === pattern || hostname === pattern.replace(/:\d+$/, '');
  });
}

/** Substitutes placeholders in one place of the request ('url', 'header' or 'body'). */
export function substitute(
  text: string,
  scope: 'url' | 'header' | 'body',
  request: ProxyRequest,
  options: ProxyOptions,
  host: string,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const parameter = options.parameters.find((p) => p.name === name);
    const value = options.settings[name];
    if (!parameter || value === undefined || value === null) return whole;
    if (parameter.secure) {
      if (!request.secure) return whole;
      if (!(parameter.scopes ?? []).includes(scope)) {
        throw new ProxyError(
          403,
          `secure setting "${name}" is not allowed in the ${scope} (scopes: ${(parameter.scopes ?? []).join(', ') || 'none'})`,
        );
      }
      if (!hostAllowed(host, options.domainWhitelist)) {
        throw new ProxyError(
          403,
          `secure settings are only sent to domainWhitelist hosts; ${host} is not one`,
        );
      }
    }
    return scope === 'url' ? encodeURIComponent(String(value)) : String(value);
  });
}

export async function forward(request: ProxyRequest, options: ProxyOptions): Promise<ProxyResponse> {
  let target: URL;
  try {
    target = new URL(request.url);
  } catch {
    throw new ProxyError(400, 'the proxy needs an absolute URL');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    throw new ProxyError(400, 'only http(s) URLs');
  const url = substitute(request.url, 'url', request, options, target.host);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (name.includes('_'))
      throw new ProxyError(400, `header names with underscores are not supported by the proxy (${name})`);
    if (DROPPED_HEADERS.has(name.toLowerCase())) continue;
    headers[name] = substitute(String(value), 'header', request, options, target.host);
  }
  const method = (request.type ?? 'GET').toUpperCase();
  const body =
    request.data === undefined || method === 'GET'
      ? undefined
      : substitute(request.data, 'body', request, options, target.host);
  if (body !== undefined)
    headers['Content-Type'] = request.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8';
  const fetchImpl = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    // The real proxy answers with a gateway error when the upstream cannot be reached.
    return {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'content-type': 'text/plain' },
      responseText: `upstream unreachable: ${(error as Error).message}`,
    };
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') responseHeaders[name] = value;
  });
  return {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    responseText: await response.text(),
  };
}
