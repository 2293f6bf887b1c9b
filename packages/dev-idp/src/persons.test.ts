// Re-checks every test person's national ID with an implementation written independently of persons.ts.
import { describe, expect, test } from '@jest/globals';

import { persons, type TestPerson } from './persons.js';

function luhnValid(digits: string): boolean {
  // standard Luhn from the right: double every second digit
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function mod11Digit(digits: string, weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function cprBirthDate(cpr: string): string {
  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const c = Number(cpr[6]);
  let century: number;
  if (c <= 3) century = 1900;
  else if (c === 4 || c === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  expect(isRealDate(century + yy, month, day)).toBe(true);
  return iso(century + yy, month, day);
}

function swedishBirthDate(id: string, samordning: boolean): string {
  expect(id).toMatch(/^\d{12}$/);
  expect(luhnValid(id.slice(2))).toBe(true);
  const year = Number(id.slice(0, 4));
  const month = Number(id.slice(4, 6));
  let day = Number(id.slice(6, 8));
  if (samordning) {
    expect(day).toBeGreaterThan(60);
    day -= 60;
  } else {
    expect(day).toBeLessThanOrEqual(31);
  }
  expect(isRealDate(year, month, day)).toBe(true);
  return iso(year, month, day);
}

function norwegianBirthDate(id: string, dNumber: boolean): string {
  expect(id).toMatch(/^\d{11}$/);
  expect(mod11Digit(id, [3, 7, 6, 1, 8, 9, 4, 5, 2])).toBe(Number(id[9]));
  expect(mod11Digit(id, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])).toBe(Number(id[10]));
  let day = Number(id.slice(0, 2));
  if (dNumber) {
    expect(day).toBeGreaterThan(40);
    day -= 40;
  }
  const month = Number(id.slice(2, 4));
  const yy = Number(id.slice(4, 6));
  const individual = Number(id.slice(6, 9));
  let year: number;
  if (individual <= 499) year = 1900 + yy;
  else if (individual >= 500 && yy <= 39) year = 2000 + yy;
  else if (individual >= 900 && yy >= 40) year = 1900 + yy;
  else year = 1800 + yy;
  expect(isRealDate(year, month, day)).toBe(true);
  return iso(year, month, day);
}

function birthDateFromId(p: TestPerson): string {
  switch (p.nationalIdKind) {
    case 'cpr':
      expect(p.nationalId).toMatch(/^\d{10}$/);
      return cprBirthDate(p.nationalId);
    case 'personnummer':
      return swedishBirthDate(p.nationalId, false);
    case 'samordningsnummer':
      return swedishBirthDate(p.nationalId, true);
    case 'fodselsnummer':
      return norwegianBirthDate(p.nationalId, false);
    case 'd-number':
      return norwegianBirthDate(p.nationalId, true);
  }
}

describe('test persons', () => {
  test.each(persons.map((p) => [p.id, p] as const))(
    '%s has a valid national ID matching the birth date',
    (_id, p) => {
      expect(birthDateFromId(p)).toBe(p.birthDate);
    },
  );

  test.each(persons.map((p) => [p.id, p] as const))('%s has a realistic mobile number', (_id, p) => {
    const pattern = { DK: /^\+452\d{7}$/, SE: /^\+467[0-9]\d{7}$/, NO: /^\+47[49]\d{7}$/ }[p.country];
    expect(p.phone).toMatch(pattern);
  });

  test('at least 3 per eID, unique ids, ids, phones and uuids; one samordningsnummer and one D-number', () => {
    for (const eid of ['mitid', 'bankid-se', 'bankid-no', 'freja'] as const) {
      expect(persons.filter((p) => p.eid === eid).length).toBeGreaterThanOrEqual(3);
    }
    for (const key of ['id', 'nationalId', 'phone', 'uuid'] as const) {
      expect(new Set(persons.map((p) => p[key])).size).toBe(persons.length);
    }
    expect(persons.some((p) => p.nationalIdKind === 'samordningsnummer')).toBe(true);
    expect(persons.some((p) => p.nationalIdKind === 'd-number')).toBe(true);
    expect(persons.every((p) => /^[0-9a-f-]{36}$/.test(p.uuid))).toBe(true);
    expect(persons.some((p) => /[æøåÆØÅäöÄÖ]/.test(p.name))).toBe(true);
  });
});
