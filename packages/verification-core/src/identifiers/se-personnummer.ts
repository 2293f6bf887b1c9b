import { birthDateOrFail, fail, latestToday, nationalDigits, twoDigits } from './clean.js';
import type { ParsedIdentifier, ParseOptions } from './types.js';

/**
 * Swedish personnummer and samordningsnummer (day + 60): `YYMMDD-NNNC`, `YYMMDD+NNNC` (100 years or older) or
 * `YYYYMMDD[-]NNNC`. The Luhn digit covers the 10-digit form only, so the century of a 12-digit number is
 * checked just for being a possible birth year.
 */
export function parsePersonnummer(input: string, options: ParseOptions = {}): ParsedIdentifier {
  const { digits, plusAt } = nationalDigits(input, true);
  if (digits.length !== 10 && digits.length !== 12) {
    fail('identifier.invalid_length', `A personnummer has 10 or 12 digits, not ${digits.length}`);
  }
  if (plusAt >= 0 && (digits.length !== 10 || plusAt !== 6)) {
    fail(
      'identifier.invalid_characters',
      '"+" is only used in the 10-digit form, before the last four digits',
    );
  }
  const now = options.now ?? new Date();
  const ten = digits.slice(-10);
  const yy = twoDigits(ten, 0);
  const month = twoDigits(ten, 2);
  const dayField = twoDigits(ten, 4);
  const samordning = dayField > 60;
  const day = samordning ? dayField - 60 : dayField;

  let year: number;
  if (digits.length === 12) {
    year = Number(digits.slice(0, 4));
    if (year < 1800) fail('identifier.invalid_date', 'The number does not contain a valid date');
  } else {
    year = inferYear(yy, month, day, plusAt === 6, now);
  }
  const birthDate = birthDateOrFail(year, month, day, now);
  if (!luhnValid(ten)) fail('identifier.invalid_checksum', 'The check digit of the personnummer is wrong');

  const value = `${year}${ten.slice(2)}`;
  const parsed: ParsedIdentifier = {
    kind: 'se-personnummer',
    value,
    masked: maskPersonnummer(value),
    country: 'SE',
    birthDate,
  };
  if (samordning) parsed.variant = 'samordningsnummer';
  return parsed;
}

/**
 * The century of a 10-digit number: the person is under 100 (`-` or no separator) or 100 or older (`+`; the
 * Tax Agency switches the sign in the year the person turns 100). Without `+`, a date later than today means the
 * previous century, so that people who leave out the separator are still read correctly.
 */
function inferYear(yy: number, month: number, day: number, hundredPlus: boolean, now: Date): number {
  const thisYear = now.getUTCFullYear();
  let year = thisYear - ((((thisYear - yy) % 100) + 100) % 100);
  if (hundredPlus) return year - 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (`${year}-${pad(month)}-${pad(day)}` > latestToday(now)) year -= 100;
  return year;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function maskPersonnummer(value: string): string {
  return `${value.slice(0, 8)}-••••`;
}
