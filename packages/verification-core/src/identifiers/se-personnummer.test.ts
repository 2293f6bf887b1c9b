import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePersonnummer } from './se-personnummer.js';
import { NOW, personnummerArb, singleDigitChanges } from './test-support/arbitraries.js';
import { errorCode as code } from './test-support/errors.js';

const now = NOW; // 2026-03-15

describe('parsePersonnummer', () => {
  it('accepts the 12-digit, 10-digit and separated forms and normalises to 12 digits', () => {
    for (const input of ['19121212-1212', '191212121212', '121212+1212', ' 19121212 1212']) {
      expect(parsePersonnummer(input, { now })).toEqual({
        kind: 'se-personnummer',
        value: '191212121212',
        masked: '19121212-••••',
        country: 'SE',
        birthDate: '1912-12-12',
      });
    }
  });

  it('infers the century of 10-digit numbers from today and the separator', () => {
    const value = (input: string) => parsePersonnummer(input, { now }).value;
    expect(value('811218-9876')).toBe('198112189876');
    expect(value('8112189876')).toBe('198112189876');
    expect(value('250101-1239')).toBe('202501011239');
    expect(value('000101-1238')).toBe('200001011238');
    expect(value('000101+1238')).toBe('190001011238'); // + : 100 years or older
    // Without "+", a date later than today is read as last century (people often drop the separator).
    expect(value('2601011238')).toBe('202601011238');
    expect(value('2612011235')).toBe('192612011235');
    expect(value('261201-1235')).toBe('192612011235');
    expect(parsePersonnummer('2612011235', { now: new Date('2026-12-31T12:00:00Z') }).value).toBe(
      '202612011235',
    );
  });

  it('reads a samordningsnummer (day + 60) and keeps the +60 in the value', () => {
    expect(parsePersonnummer('701063-2391', { now })).toEqual({
      kind: 'se-personnummer',
      value: '197010632391',
      masked: '19701063-••••',
      country: 'SE',
      birthDate: '1970-10-03',
      variant: 'samordningsnummer',
    });
  });

  it('reports each kind of error with its code', () => {
    expect(code(() => parsePersonnummer('', { now }))).toBe('identifier.empty');
    expect(code(() => parsePersonnummer('19121212-121X', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parsePersonnummer('19121212+1212', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parsePersonnummer('1212+121212', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parsePersonnummer('121212-121', { now }))).toBe('identifier.invalid_length');
    expect(code(() => parsePersonnummer('12121212121', { now }))).toBe('identifier.invalid_length');
    expect(code(() => parsePersonnummer('121212-1213', { now }))).toBe('identifier.invalid_checksum');
    expect(code(() => parsePersonnummer('811318-9876', { now }))).toBe('identifier.invalid_date'); // month 13
    expect(code(() => parsePersonnummer('701093-2391', { now }))).toBe('identifier.invalid_date'); // day 33 (93-60)
    expect(code(() => parsePersonnummer('17121212-1212', { now }))).toBe('identifier.invalid_date'); // before 1800
    expect(code(() => parsePersonnummer('20301212-1212', { now }))).toBe('identifier.invalid_date'); // future
  });

  it('parses every generated number, in every notation, to the same 12 digits and birth date', () => {
    fc.assert(
      fc.property(personnummerArb, (g) => {
        for (const input of g.inputs) {
          const parsed = parsePersonnummer(input, { now });
          expect(parsed.value).toBe(g.value);
          expect(parsed.birthDate).toBe(g.birthDate);
          expect(parsed.variant).toBe(g.variant);
          expect(parsed.masked).toBe(`${g.value.slice(0, 8)}-••••`);
          expect(parsePersonnummer(parsed.value, { now })).toEqual(parsed);
        }
      }),
    );
  });

  it('never accepts a number with one digit changed (Luhn covers the 10-digit form)', () => {
    fc.assert(
      fc.property(personnummerArb, (g) => {
        for (const changed of singleDigitChanges(g.value, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11])) {
          expect(['identifier.invalid_checksum', 'identifier.invalid_date']).toContain(
            code(() => parsePersonnummer(changed, { now })),
          );
        }
        // The century is outside the check digit: changing it gives another (or no) person, never the same one.
        for (const changed of singleDigitChanges(g.value, [0, 1])) {
          try {
            expect(parsePersonnummer(changed, { now }).value).not.toBe(g.value);
          } catch (error) {
            expect((error as { code: string }).code).toBe('identifier.invalid_date');
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
