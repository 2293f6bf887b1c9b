/**
 * Compares the identity the eID verified with what the CRM knows, field by field, and explains the result.
 * Birth date and national id are facts: a difference there is a mismatch. Names are compared forgivingly
 * (Nordic spellings, order, typos), and a phone number that differs only lowers the verdict to "partial",
 * since people change numbers.
 */
import type { Country, VerifiedIdentity } from './identity.js';
import { isoDate } from './identifiers/clean.js';
import { NATIONAL_ID_KIND, normalisePhone, tryParseIdentifier } from './identifiers/index.js';

export interface CrmRecord {
  name?: string;
  /** ISO `YYYY-MM-DD` (or a date-time), `YYYYMMDD`, Nordic day-first `DD.MM.YYYY` / `DD-MM-YYYY` / `DD/MM/YYYY`. */
  birthDate?: string;
  phone?: string;
  nationalId?: string;
}
export type MatchVerdict = 'match' | 'partial' | 'mismatch' | 'unknown';
export type MatchField = 'name' | 'birthDate' | 'phone' | 'nationalId';
export interface MatchCheck {
  field: MatchField;
  result: 'same' | 'similar' | 'different' | 'missing';
}
export interface MatchResult {
  verdict: MatchVerdict;
  checks: MatchCheck[];
}

export function matchIdentity(identity: VerifiedIdentity, record: CrmRecord): MatchResult {
  const fullName =
    identity.fullName?.trim() || [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  const checks: MatchCheck[] = [
    { field: 'name', result: compareNames(fullName, record.name ?? '') },
    { field: 'birthDate', result: compareValues(readDate(identity.birthDate), readDate(record.birthDate)) },
    {
      field: 'phone',
      result: compareValues(
        phoneOf(identity.phone, identity.country),
        phoneOf(record.phone, identity.country),
      ),
    },
    {
      field: 'nationalId',
      result: compareNationalIds(identity.nationalId, record.nationalId, identity.country),
    },
  ];
  const result = (field: MatchField) => checks.find((c) => c.field === field)?.result;
  const compared = checks.filter((c) => c.result !== 'missing');

  let verdict: MatchVerdict;
  if (['name', 'birthDate', 'nationalId'].some((f) => result(f as MatchField) === 'different'))
    verdict = 'mismatch';
  else if (compared.length === 0) verdict = 'unknown';
  // A phone number alone says which phone, not which person: a match needs name, birth date or national id.
  else if (compared.every((c) => c.result === 'same') && compared.some((c) => c.field !== 'phone'))
    verdict = 'match';
  else verdict = 'partial';
  return { verdict, checks };
}

// ---- names ---------------------------------------------------------------------------------------------------

/** Letters with an ASCII spelling of their own; the rest lose their accents through NFD (é → e). */
const FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

interface NameToken {
  /** Folded spelling: `søren` → `soeren`, `ågård` → `aagaard` (so Aagaard ≡ Ågård). */
  folded: string;
  /** Without the second letter of folded pairs: `soren`, `agard`; for ASCII spellings that drop it (Soren). */
  skeleton: string;
  /** Had a Nordic letter or umlaut, so its ASCII spellings vary. */
  nordic: boolean;
}

function nameTokens(name: string): NameToken[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;.\-\u2010-\u2015_/]+/)
    .map((raw) => {
      const folded = raw
        .replace(/[æøåäöüß]/g, (c) => FOLD[c] ?? c)
        .normalize('NFD')
        .replace(/[^\p{L}\p{N}]/gu, ''); // accents, apostrophes (O'Brien) and other marks
      return {
        folded,
        skeleton: folded.replace(/aa|ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'),
        nordic: /[æøåäöü]/.test(raw),
      };
    })
    .filter((t) => t.folded !== '');
}

/** Case, accents, Nordic spellings, punctuation and word order removed: `Hansen, Søren` → `hansen soeren`. */
export function normaliseName(name: string): string {
  return nameTokens(name)
    .map((t) => t.folded)
    .sort()
    .join(' ');
}

function sameToken(a: NameToken, b: NameToken): boolean {
  // Skeletons only when one side had a Nordic letter: "Søren" ≡ "Soren", but ASCII "Michael" ≢ "Michal".
  return a.folded === b.folded || ((a.nordic || b.nordic) && a.skeleton === b.skeleton);
}

/** "S." for "Søren". */
function initialOf(a: NameToken, b: NameToken): boolean {
  return (
    (a.folded.length === 1 && b.folded.startsWith(a.folded)) ||
    (b.folded.length === 1 && a.folded.startsWith(b.folded))
  );
}

/** One edit for names of 4-7 letters, two from 8 (Christensen / Kristensen); none below, where Ole ≠ Ola. */
function typo(a: NameToken, b: NameToken): boolean {
  const length = Math.min(a.skeleton.length, b.skeleton.length);
  const allowed = length >= 8 ? 2 : length >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(a.skeleton, b.skeleton) <= allowed;
}

function compareNames(verified: string, crm: string): MatchCheck['result'] {
  const ours = nameTokens(verified);
  const theirs = nameTokens(crm);
  if (ours.length === 0 || theirs.length === 0) return 'missing';

  let [restOurs, restTheirs] = pairUp(ours, theirs, sameToken);
  if (restTheirs.length === theirs.length) return 'different'; // not one name in common
  const exact = restOurs.length === 0 && restTheirs.length === 0;
  [restOurs, restTheirs] = pairUp(restOurs, restTheirs, initialOf);
  // At most one typo: two misspelt names are more likely two other names.
  const typoAt = restTheirs.findIndex((token) => restOurs.some((t) => typo(t, token)));
  if (typoAt >= 0) {
    restOurs.splice(
      restOurs.findIndex((t) => typo(t, restTheirs[typoAt]!)),
      1,
    );
    restTheirs.splice(typoAt, 1);
  }
  if (exact) return 'same';
  // Names left over on both sides contradict each other; on one side only, a middle name is missing.
  return restOurs.length > 0 && restTheirs.length > 0 ? 'different' : 'similar';
}

/**
 * Pairs tokens of `a` with tokens of `b` as far as `fits` allows, as many as possible (a greedy pass could pair
 * "Ågård" with "Aagaard" and leave "Agaard" alone); returns the unpaired tokens of each side.
 */
function pairUp(
  a: NameToken[],
  b: NameToken[],
  fits: (x: NameToken, y: NameToken) => boolean,
): [NameToken[], NameToken[]] {
  const partner: number[] = a.map(() => -1); // index in b of the token paired with a[i]
  const place = (j: number, seen: boolean[]): boolean =>
    a.some((token, i) => {
      if (seen[i] || !fits(token, b[j]!)) return false;
      seen[i] = true;
      if (partner[i]! >= 0 && !place(partner[i]!, seen)) return false;
      partner[i] = j;
      return true;
    });
  b.forEach((_, j) => place(j, []));
  return [a.filter((_, i) => partner[i]! < 0), b.filter((_, j) => !partner.includes(j))];
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

// ---- other fields -----------------------------------------------------------------------------------------------

function compareValues(a: string | undefined, b: string | undefined): MatchCheck['result'] {
  if (a === undefined || b === undefined) return 'missing';
  return a === b ? 'same' : 'different';
}

/**
 * `YYYY-MM-DD` from the date notations CRMs hold. Slashes are read day-first, as Nordic people write them. The
 * date part of a date-time is taken as written, never shifted through a time zone.
 */
function readDate(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  // "5 January 1990" and the like; not a bare year or other digits, which Date.parse reads as some 1 January.
  const ms = /\p{L}/u.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function phoneOf(text: string | undefined, country: Country): string | undefined {
  return text?.trim() ? normalisePhone(text, country) : undefined;
}

function compareNationalIds(
  ours: string | undefined,
  theirs: string | undefined,
  country: Country,
): MatchCheck['result'] {
  const a = nationalIdOf(ours, country);
  const b = nationalIdOf(theirs, country);
  if (a === undefined || b === undefined) return 'missing';
  // A 10-digit personnummer that did not parse (no century) can still be compared with the end of a 12-digit one.
  const comparable = country === 'SE' && Math.min(a.length, b.length) === 10;
  return a === b || (comparable && a.slice(-10) === b.slice(-10)) ? 'same' : 'different';
}

/** The normalised id; an invalid one as plain digits if it has all of them (a masked `010190-XXXX` has not). */
function nationalIdOf(text: string | undefined, country: Country): string | undefined {
  if (!text?.trim()) return undefined;
  const digits = text.replace(/\D/g, '');
  return (
    tryParseIdentifier(NATIONAL_ID_KIND[country], text)?.value ?? (digits.length >= 10 ? digits : undefined)
  );
}
