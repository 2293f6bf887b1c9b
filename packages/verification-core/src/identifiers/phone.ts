/*
 * Phone numbers through libphonenumber-js with its `mobile` metadata: `isValid()` is true exactly for numbers that
 * can be mobile (Danish numbers are "fixed line or mobile" and stay valid). A CIBA challenge goes to an eID app on
 * a phone, so a number that can only be a landline is an input error worth catching early. The metadata is cut to
 * European countries (phone-metadata.ts, generated): the whole table was most of the sidebar app's weight, and
 * these eIDs' customers have European numbers. Other numbers are refused with `identifier.invalid_phone`.
 */
import {
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata.js';
import type { Country } from '../identity.js';
import { compact, fail } from './clean.js';
import type { ParsedIdentifier, ParseOptions } from './types.js';

const NORDIC: readonly string[] = ['DK', 'SE', 'NO'];

/** A mobile number in any common notation → E.164. */
export function parsePhone(input: string, options: ParseOptions = {}): ParsedIdentifier {
  const number = readPhone(input, options.defaultCountry);
  if (!number) {
    fail(
      'identifier.invalid_phone',
      options.defaultCountry
        ? 'Not a phone number'
        : 'Not a phone number; numbers need a country code (+45, +46, +47)',
    );
  }
  if (!number.isPossible())
    fail('identifier.invalid_phone', 'The phone number has the wrong number of digits');
  if (!number.isValid()) fail('identifier.invalid_phone', 'Not a mobile phone number');
  const parsed: ParsedIdentifier = { kind: 'phone', value: number.number, masked: maskPhone(number.number) };
  if (number.country && NORDIC.includes(number.country)) parsed.country = number.country as Country;
  return parsed;
}

/**
 * E.164 for comparing numbers (CRM records hold landlines too, so no mobile check); undefined when the text
 * cannot be read as a phone number at all.
 */
export function normalisePhone(input: string, defaultCountry?: Country): string | undefined {
  try {
    return readPhone(input, defaultCountry)?.number;
  } catch {
    return undefined;
  }
}

/** Spaces, dashes, dots, slashes and parentheses are notation; `00` is the international prefix in Europe. */
function readPhone(input: string, defaultCountry?: Country): PhoneNumber | undefined {
  const value = compact(input);
  if (!/^[0-9()+./-]+$/.test(value) || value.split('+').length > 2) {
    fail('identifier.invalid_characters', 'A phone number contains only digits, "+", spaces and dashes');
  }
  // "(+45) 20…" and "0045 20…" → "+4520…": libphonenumber reads neither when no default country is given.
  const international = value.replace(/^\((\+|00)(\d+)\)/, '+$2').replace(/^00/, '+');
  return parseWith(
    international,
    { defaultCountry: defaultCountry as CountryCode | undefined, extract: false },
    phoneMetadata,
  );
}

/**
 * `+45 •• •• •• 34`: the country code and the last two digits, the rest as bullets in pairs from the right, so
 * every country looks alike and the length still shows. Never throws (audit text must always render).
 */
export function maskPhone(e164: string): string {
  let number: PhoneNumber | undefined;
  try {
    number = parseWith(e164, { extract: false }, phoneMetadata);
  } catch {
    number = undefined;
  }
  const national = number ? number.nationalNumber : e164.replace(/\D/g, '');
  const hidden = national.slice(0, -2).replace(/\d/g, '•');
  const groups: string[] = [national.slice(-2)];
  for (let end = hidden.length; end > 0; end -= 2) groups.unshift(hidden.slice(Math.max(0, end - 2), end));
  return number ? `+${number.countryCallingCode} ${groups.join(' ')}` : groups.join(' ');
}
