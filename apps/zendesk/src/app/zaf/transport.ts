import { needsClientAuthentication, type HttpResponse, type Transport } from '@idverify/verification-core';
import type { ZafClient, ZafCompleteResponse } from './types.js';

/**
 * The name of the secure setting that holds base64(client_id:client_secret). The browser only ever sends the
 * placeholder; Zendesk's proxy substitutes the value server-side (`scopes: ["header"]` in the manifest).
 */
export const CLIENT_CREDENTIAL_SETTING = 'client_credential';
export const CLIENT_AUTHORIZATION = `Basic {{setting.${CLIENT_CREDENTIAL_SETTING}}}`;

/**
 * The core's Transport over `client.request` through Zendesk's proxy: `secure: true` so `{{setting.…}}`
 * placeholders are filled in server-side, `cors: false` so the call goes through the proxy at all.
 * client_secret_basic is added to the two endpoints that need client authentication (CIBA Core §7.1, §10.1).
 */
export function zafTransport(client: ZafClient, options: { issuer: string }): Transport {
  const issuerOrigin = new URL(options.issuer).origin;
  return async (request, transportOptions) => {
    // Only the broker: the secure setting must never be sent anywhere else (the proxy also checks domainWhitelist).
    if (new URL(request.url).origin !== issuerOrigin) {
      throw new Error(
        `refusing to send ${request.endpoint} to ${new URL(request.url).origin}: not the issuer`,
      );
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      // The proxy sets Content-Type from `contentType`.
      if (name.toLowerCase() !== 'content-type') headers[name] = value;
    }
    if (needsClientAuthentication(request.endpoint)) {
      headers.Authorization = CLIENT_AUTHORIZATION;
    }
    const sent = client.request<unknown>({
      url: request.url,
      type: request.method,
      headers,
      ...(request.body === undefined
        ? {}
        : { data: request.body, contentType: 'application/x-www-form-urlencoded' }),
      secure: true,
      cors: false,
      httpCompleteResponse: true,
      dataType: 'text',
      autoRetry: false,
    });
    const settled = sent.then(
      (value) => toHttpResponse(value, 200) ?? Promise.reject(new Error('the proxy returned no response')),
      (reason: unknown) => {
        // The SDK rejects on non-2xx: that is still an HTTP response (e.g. 400 authorization_pending).
        const response = toHttpResponse(reason, undefined);
        if (response) return response;
        throw reason instanceof Error ? reason : new Error(`request failed: ${describe(reason)}`);
      },
    );
    return abortable(settled, transportOptions?.signal);
  };
}

/** Turns what the SDK resolved/rejected with into an HttpResponse, or undefined when no HTTP response arrived. */
export function toHttpResponse(value: unknown, statusWhenBare: number | undefined): HttpResponse | undefined {
  if (typeof value === 'string') {
    return statusWhenBare ? { status: statusWhenBare, headers: {}, body: value } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const response = value as ZafCompleteResponse & { getAllResponseHeaders?: () => string };
  if (typeof response.status !== 'number' || response.status <= 0) return undefined;
  const body =
    typeof response.responseText === 'string'
      ? response.responseText
      : response.responseJSON !== undefined
        ? JSON.stringify(response.responseJSON)
        : '';
  const headers = normalizeHeaders(
    response.headers ??
      (typeof response.getAllResponseHeaders === 'function' ? response.getAllResponseHeaders() : undefined),
  );
  return { status: response.status, headers, body };
}

/** Headers arrive as a plain object, a Headers-like object, or a raw `getAllResponseHeaders()` string. */
export function normalizeHeaders(raw: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof raw === 'string') {
    for (const line of raw.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  } else if (
    raw &&
    typeof (raw as Headers).forEach === 'function' &&
    typeof (raw as Headers).get === 'function'
  ) {
    (raw as Headers).forEach((value, name) => (headers[name.toLowerCase()] = value));
  } else if (raw && typeof raw === 'object') {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined && value !== null)
        headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
  }
  return headers;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  // A ZAF request cannot be cancelled; we stop waiting for it and ignore its answer.
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
}
