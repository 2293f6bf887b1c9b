import { birthDateOrFail, fail, nationalDigits, twoDigits } from './clean.js';
import type { ParsedIdentifier, ParseOptions } from './types.js';

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Norwegian fødselsnummer `DDMMYYIIIKK` and its variants: D-number (day + 40), H-number (month + 40; NAV's
 * synthetic test persons use the same offset) and Skatteetaten Tenor synthetic test persons (month + 80).
 */
export function parseFodselsnummer(input: string, options: ParseOptions = {}): ParsedIdentifier {
  const { digits } = nationalDigits(input, false);
  if (digits.length !== 11)
    fail('identifier.invalid_length', `A fødselsnummer has 11 digits, not ${digits.length}`);

  const dayField = twoDigits(digits, 0);
  const monthField = twoDigits(digits, 2);
  const yy = twoDigits(digits, 4);
  const dNumber = dayField > 40;
  const variant =
    monthField > 80 ? 'synthetic' : monthField > 40 ? 'h-number' : dNumber ? 'd-number' : undefined;
  const month = monthField > 80 ? monthField - 80 : monthField > 40 ? monthField - 40 : monthField;
  const day = dNumber ? dayField - 40 : dayField;

  const century = fnrCentury(Number(digits.slice(6, 9)), yy);
  if (century === undefined)
    fail('identifier.invalid_date', 'The individual number does not fit the birth year');
  const birthDate = birthDateOrFail(century + yy, month, day, options.now ?? new Date());

  const k1 = controlDigit(digits, K1_WEIGHTS);
  const k2 = controlDigit(digits, K2_WEIGHTS);
  if (k1 !== Number(digits[9]) || k2 !== Number(digits[10])) {
    fail('identifier.invalid_checksum', 'The control digits of the fødselsnummer are wrong');
  }
  const parsed: ParsedIdentifier = {
    kind: 'no-fodselsnummer',
    value: digits,
    masked: maskFodselsnummer(digits),
    country: 'NO',
    birthDate,
  };
  if (variant) parsed.variant = variant;
  return parsed;
}

/** The century that Skatteetaten's individual-number ranges give; undefined for combinations never issued. */
export function fnrCentury(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individual >= 900) return 1900;
  return undefined;
}

/** Mod-11 control digit over the first `weights.length` digits; undefined when it would be 10 (never issued). */
export function controlDigit(digits: string, weights: number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? undefined : k;
}

export function maskFodselsnummer(value: string): string {
  return `${value.slice(0, 6)}•••••`;
}
