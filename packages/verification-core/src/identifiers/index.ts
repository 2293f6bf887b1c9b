import { isVerificationError, type VerificationError } from '../errors.js';
import type { Country } from '../identity.js';
import { compact, fail } from './clean.js';
import { maskCpr, parseCpr } from './dk-cpr.js';
import { maskFodselsnummer, parseFodselsnummer } from './no-fodselsnummer.js';
import { maskPhone, normalisePhone, parsePhone } from './phone.js';
import { maskPersonnummer, parsePersonnummer } from './se-personnummer.js';
import type { IdentifierKind, ParsedIdentifier, ParseOptions } from './types.js';

export type { IdentifierKind, ParsedIdentifier, ParseOptions } from './types.js';
export { maskPhone, normalisePhone };

const PARSERS: Record<IdentifierKind, (input: string, options?: ParseOptions) => ParsedIdentifier> = {
  phone: parsePhone,
  'dk-cpr': parseCpr,
  'se-personnummer': parsePersonnummer,
  'no-fodselsnummer': parseFodselsnummer,
};
/** Tie-break order for detectIdentifier. */
const KINDS: IdentifierKind[] = ['phone', 'dk-cpr', 'se-personnummer', 'no-fodselsnummer'];
/** The national identity number of each country. */
export const NATIONAL_ID_KIND: Record<Country, IdentifierKind> = {
  DK: 'dk-cpr',
  SE: 'se-personnummer',
  NO: 'no-fodselsnummer',
};
const HOME: Partial<Record<IdentifierKind, string>> = Object.fromEntries(
  Object.entries(NATIONAL_ID_KIND).map(([country, kind]) => [kind, country]),
);

/** Parses, validates and normalises one identifier; throws a VerificationError with an `identifier.*` code. */
export function parseIdentifier(
  kind: IdentifierKind,
  input: string,
  options: ParseOptions = {},
): ParsedIdentifier {
  const parse = PARSERS[kind];
  if (!parse) fail('identifier.kind_not_accepted', `Unknown identifier kind "${String(kind)}"`);
  return parse(input, options);
}

/** parseIdentifier, or undefined when the input is not a valid identifier of that kind. */
export function tryParseIdentifier(
  kind: IdentifierKind,
  input: string,
  options: ParseOptions = {},
): ParsedIdentifier | undefined {
  try {
    return parseIdentifier(kind, input, options);
  } catch {
    return undefined;
  }
}

/**
 * For an input field that takes "phone or national id": tries the accepted kinds, most plausible first, and
 * returns the first that parses. When none does, the error is the one of the most plausible kind (a CPR with an
 * impossible date says so, rather than "not a phone number"), or `identifier.kind_not_accepted` when the input is
 * a valid identifier of a kind this eID does not take.
 */
export function detectIdentifier(
  input: string,
  accepted: IdentifierKind[],
  options: ParseOptions = {},
): ParsedIdentifier {
  if (accepted.length === 0) fail('identifier.kind_not_accepted', 'No identifier kind is accepted');
  const value = compact(input);
  const ranked = KINDS.map((kind) => ({
    kind,
    rank: plausibility(kind, value, options.defaultCountry),
  })).sort((a, b) => a.rank - b.rank);
  let best: { rank: number; error: VerificationError } | undefined;
  for (const { kind, rank } of ranked) {
    if (!accepted.includes(kind)) continue;
    try {
      return parseIdentifier(kind, value, options);
    } catch (error) {
      if (!isVerificationError(error)) throw error;
      if (!best || (isShapeError(best.error) && !isShapeError(error) && rank <= best.rank + 1))
        best = { rank, error };
    }
  }
  const bestRank = best && !isShapeError(best.error) ? best.rank : Infinity;
  for (const { kind, rank } of ranked) {
    if (accepted.includes(kind) || rank > Math.min(bestRank, 2)) continue;
    if (!tryParseIdentifier(kind, value, options)) continue;
    fail('identifier.kind_not_accepted', `This looks like a ${kind} identifier, which is not accepted here`);
  }
  throw best?.error;
}

/** 0: unmistakable, 1: right shape, 3-4: wrong shape; +0.5 for a national id of another country than the default. */
function plausibility(kind: IdentifierKind, value: string, country?: string): number {
  const digits = value.replace(/\D/g, '').length;
  const international = /^\(?(\+|00)/.test(value);
  const home = HOME[kind];
  const abroad = home && country && home !== country ? 0.5 : 0;
  switch (kind) {
    case 'phone':
      // DK and NO mobiles have 8 digits; Swedish ones are written 07x xxx xx xx nationally.
      return international
        ? 0
        : digits === 8 || (country === 'SE' && /^07\d{8}$/.test(value.replace(/-/g, '')))
          ? 1
          : 3;
    case 'se-personnummer':
      if (/^\d{6}\+\d{4}$/.test(value)) return 0;
      return !international && (digits === 10 || digits === 12) ? 1 + abroad : 4;
    default:
      return !international && digits === (kind === 'dk-cpr' ? 10 : 11) ? 1 + abroad : 4;
  }
}

/** Errors that only say the input has the wrong form for this kind, and so say little about what was meant. */
function isShapeError(error: VerificationError): boolean {
  return error.code === 'identifier.invalid_length' || error.code === 'identifier.invalid_characters';
}

/**
 * The display form of a normalised identifier (`010190-••••`, `19900101-••••`, `010190•••••`, `+45 •• •• •• 34`).
 * Never throws: a value of an unexpected length is masked completely.
 */
export function maskNationalId(kind: IdentifierKind, value: string): string {
  const expected = { phone: 0, 'dk-cpr': 10, 'se-personnummer': 12, 'no-fodselsnummer': 11 }[kind];
  if (kind === 'phone') return maskPhone(value);
  if (!/^\d+$/.test(value) || value.length !== expected) return '•'.repeat(value.length);
  if (kind === 'dk-cpr') return maskCpr(value);
  if (kind === 'se-personnummer') return maskPersonnummer(value);
  return maskFodselsnummer(value);
}
