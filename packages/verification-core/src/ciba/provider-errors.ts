import { VerificationError, type ErrorCode } from '../errors.js';
import type { HttpResponse } from '../transport.js';

// OAuth / CIBA error values (CIBA Core §11, §13; RFC 6749 §5.2) that have their own code.
const KNOWN: Record<string, ErrorCode> = {
  unknown_user_id: 'provider.unknown_user_id',
  invalid_binding_message: 'provider.invalid_binding_message',
  access_denied: 'provider.access_denied',
  expired_token: 'provider.expired_token',
  invalid_client: 'provider.invalid_client',
  invalid_request: 'provider.invalid_request',
  invalid_grant: 'provider.invalid_grant',
  unauthorized_client: 'provider.unauthorized_client',
  invalid_scope: 'provider.invalid_request',
};

export interface OAuthError {
  error: string;
  error_description?: string;
}

export function parseJson(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

export function oauthError(response: HttpResponse): OAuthError | undefined {
  const body = parseJson(response) as Partial<OAuthError> | undefined;
  return body && typeof body.error === 'string'
    ? {
        error: body.error,
        error_description: typeof body.error_description === 'string' ? body.error_description : undefined,
      }
    : undefined;
}

/** Server errors, 429 and 503 are worth another try after a pause; everything else is final. */
export function isTransient(response: HttpResponse): boolean {
  return response.status >= 500 || response.status === 429 || response.status === 408;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), if any. */
export function retryAfterSeconds(response: HttpResponse, now: number): number | undefined {
  const value = response.headers['retry-after'];
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

export function providerError(response: HttpResponse, what: string): VerificationError {
  const oauth = oauthError(response);
  const details = {
    status: response.status,
    providerError: oauth?.error,
    providerDescription: oauth?.error_description,
  };
  if (oauth) {
    const code = KNOWN[oauth.error] ?? (isTransient(response) ? 'provider.unavailable' : 'provider.error');
    return new VerificationError(
      code,
      `${what}: ${oauth.error}${oauth.error_description ? ` (${oauth.error_description})` : ''}`,
      details,
    );
  }
  if (isTransient(response))
    return new VerificationError('provider.unavailable', `${what}: HTTP ${response.status}`, details);
  return new VerificationError(
    'provider.bad_response',
    `${what}: unexpected HTTP ${response.status}`,
    details,
  );
}
