import { birthDateOrFail, fail, nationalDigits, twoDigits } from './clean.js';
import type { ParsedIdentifier, ParseOptions } from './types.js';

/**
 * Danish CPR number `DDMMYY-SSSS`. No checksum: the mod-11 check was dropped in 2007 and numbers issued since
 * then fail it, so the date (with the century that the 7th digit gives) is all there is to validate.
 */
export function parseCpr(input: string, options: ParseOptions = {}): ParsedIdentifier {
  const { digits } = nationalDigits(input, false);
  if (digits.length !== 10)
    fail('identifier.invalid_length', `A CPR number has 10 digits, not ${digits.length}`);
  const year = cprCentury(Number(digits[6]), twoDigits(digits, 4)) + twoDigits(digits, 4);
  const birthDate = birthDateOrFail(
    year,
    twoDigits(digits, 2),
    twoDigits(digits, 0),
    options.now ?? new Date(),
  );
  return { kind: 'dk-cpr', value: digits, masked: maskCpr(digits), country: 'DK', birthDate };
}

/** The CPR office's century table, keyed by the first digit of the serial. */
export function cprCentury(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

export function maskCpr(value: string): string {
  return `${value.slice(0, 6)}-••••`;
}
