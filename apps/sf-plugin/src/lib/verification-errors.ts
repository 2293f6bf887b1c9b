import { errorMessage, isVerificationError, type Locale } from '@idverify/verification-core';
import { SfError } from '@salesforce/core';
import { messageOf } from './errors.js';
import { EXIT } from './exit-codes.js';

/** Codes that mean "fix your flags or configuration" (exit 2) rather than "the customer was not verified" (exit 1). */
const USAGE_CODES = [
  /^identifier\./,
  /^config\./,
  /^provider\.(invalid_client|unauthorized_client|invalid_request)$/,
];

export function isUsageCode(code: string): boolean {
  return USAGE_CODES.some((pattern) => pattern.test(code));
}

/**
 * A core VerificationError as an SfError: name = the core's code (stable, in `--json` as `name`/`code`), the
 * localized message plus the provider's own description (admins need it), no cause (no request data in output).
 */
export function toSfError(error: unknown, locale: Locale): SfError {
  if (!isVerificationError(error)) {
    return new SfError(messageOf(error), 'UnexpectedError', undefined, EXIT.negative);
  }
  const { providerError, providerDescription, status } = error.details;
  const detail = providerDescription ? ` (${providerError ?? 'provider'}: ${providerDescription})` : '';
  const sfError = new SfError(
    `${errorMessage(locale, error)}${detail}`,
    error.code,
    undefined,
    isUsageCode(error.code) ? EXIT.usage : EXIT.negative,
  );
  sfError.setData({ code: error.code, providerError, providerDescription, status });
  return sfError;
}
