import { VerificationError, type ErrorCode } from '../errors.js';

export function fail(code: ErrorCode, message: string): never {
  throw new VerificationError(code, message);
}

/** Trims and removes every kind of space (pasted numbers carry NBSP and thin spaces); empty input fails. */
export function compact(input: string): string {
  const value = String(input ?? '').replace(/\s+/g, '');
  if (value === '') fail('identifier.empty', 'The identifier is empty');
  // Word processors and PDFs turn "-" into en dashes, minus signs or non-breaking hyphens.
  return value.replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * The digits of a national id, with the separator it used (`-`, `+` or none). Dashes are ignored wherever they
 * are; only Swedish numbers may use `+`, and only where the separator goes (checked by the caller).
 */
export function nationalDigits(input: string, allowPlus: boolean): { digits: string; plusAt: number } {
  const value = compact(input);
  if (!/^[0-9+-]+$/.test(value)) {
    fail('identifier.invalid_characters', 'A national identity number contains only digits and a separator');
  }
  const plusAt = value.replace(/-/g, '').indexOf('+');
  if (plusAt >= 0 && (!allowPlus || value.indexOf('+') !== value.lastIndexOf('+'))) {
    fail('identifier.invalid_characters', 'Unexpected "+" in a national identity number');
  }
  return { digits: value.replace(/[-+]/g, ''), plusAt };
}

export function twoDigits(digits: string, at: number): number {
  return Number(digits.slice(at, at + 2));
}

/** `YYYY-MM-DD` when the date exists in the calendar, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Today's date as `YYYY-MM-DD`, generously: the latest date it already is anywhere on earth, so that a baby born
 * today in Copenhagen is never "in the future" on a server that runs on UTC.
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The ISO birth date, or `identifier.invalid_date` when the date does not exist or lies in the future. */
export function birthDateOrFail(year: number, month: number, day: number, now: Date): string {
  const iso = isoDate(year, month, day);
  if (iso === undefined) fail('identifier.invalid_date', `The number does not contain a valid date`);
  if (iso > latestToday(now))
    fail('identifier.invalid_date', 'The number contains a birth date in the future');
  return iso;
}
