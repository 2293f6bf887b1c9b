import { isVerificationError } from '../../errors.js';

/** The VerificationError code `fn` throws, 'no error', or 'not a VerificationError' (a bug). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return isVerificationError(error) ? error.code : 'not a VerificationError';
  }
  return 'no error';
}
