/**
 * Every failure the core reports is a VerificationError with a stable `code`. Apps translate the code with
 * `message(locale, error)`; they never parse `message`, which is English and meant for logs.
 */
export const ERROR_CODES = [
  // identifiers
  'identifier.empty',
  'identifier.invalid_characters',
  'identifier.invalid_length',
  'identifier.invalid_date',
  'identifier.invalid_checksum',
  'identifier.invalid_phone',
  'identifier.kind_not_accepted',
  // configuration
  'config.unknown_eid',
  'config.eid_not_offered',
  'config.invalid',
  // the provider's own errors (CIBA Core §11, §13; RFC 6749)
  'provider.unknown_user_id',
  'provider.invalid_binding_message',
  'provider.access_denied',
  'provider.expired_token',
  'provider.invalid_client',
  'provider.invalid_request',
  'provider.invalid_grant',
  'provider.unauthorized_client',
  'provider.unavailable',
  'provider.bad_response',
  'provider.error',
  // transport
  'network.error',
  'network.timeout',
  // ID token
  'token.malformed',
  'token.alg_not_allowed',
  'token.unknown_key',
  'token.invalid_signature',
  'token.wrong_issuer',
  'token.wrong_audience',
  'token.expired',
  'token.not_yet_valid',
  'token.missing_claim',
  'token.acr_mismatch',
  'token.identity_mismatch',
  /** A server-side check: not the token the broker sent the server (altered or substituted on the way). */
  'token.not_from_broker',
  // flow
  'guard.limit_reached',
  'cancelled',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface VerificationErrorDetails {
  /** The provider's `error` value, verbatim, when the provider sent one. */
  providerError?: string;
  /** The provider's `error_description`, verbatim (shown to admins, never translated). */
  providerDescription?: string;
  /** HTTP status of the response that caused the error. */
  status?: number;
  /** For `guard.limit_reached`: when the next challenge is allowed (epoch ms). */
  retryAt?: number;
  /** For token errors: the claim concerned. */
  claim?: string;
  cause?: unknown;
}

export class VerificationError extends Error {
  override readonly name = 'VerificationError';
  readonly code: ErrorCode;
  readonly details: VerificationErrorDetails;

  constructor(code: ErrorCode, message: string, details: VerificationErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.details = details;
  }

  /** A plain object that survives postMessage, JSON and Apex round trips. */
  toJSON(): { code: ErrorCode; message: string; details: Omit<VerificationErrorDetails, 'cause'> } {
    const { cause: _cause, ...details } = this.details;
    return { code: this.code, message: this.message, details };
  }
}

export function isVerificationError(value: unknown): value is VerificationError {
  return value instanceof VerificationError;
}
