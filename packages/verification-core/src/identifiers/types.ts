import type { Country } from '../identity.js';

export type IdentifierKind = 'phone' | 'dk-cpr' | 'se-personnummer' | 'no-fodselsnummer';

export interface ParsedIdentifier {
  kind: IdentifierKind;
  /**
   * Normalised value: phone E.164 (`+4520123456`); CPR 10 digits (`0101901234`); personnummer 12 digits
   * (`199001011234`, also for samordningsnummer); fødselsnummer 11 digits (also D-number).
   */
  value: string;
  /** Safe to show and to log: `+45 •• •• •• 34`, `010190-••••`, `19900101-••••`, `010190•••••`. */
  masked: string;
  /** Country of the number (phone: the number's country, may be outside the Nordics as undefined). */
  country?: Country;
  /** From the national id; absent for phones. ISO YYYY-MM-DD. */
  birthDate?: string;
  /** Samordningsnummer / D-number / H-number etc. when the number is one. */
  variant?: 'samordningsnummer' | 'd-number' | 'h-number' | 'synthetic';
}

export interface ParseOptions {
  /** Country of a phone number written without country code (`20 12 34 56`). */
  defaultCountry?: Country;
  /** "Today", for the century of 10-digit personnummer and for rejecting birth dates in the future. */
  now?: Date;
}
