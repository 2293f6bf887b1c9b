import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fnrCentury, parseFodselsnummer } from './no-fodselsnummer.js';
import { fodselsnummerArb, NOW, singleDigitChanges } from './test-support/arbitraries.js';
import { errorCode as code } from './test-support/errors.js';

const now = NOW;

describe('parseFodselsnummer', () => {
  it('accepts 11 digits with spaces and masks everything after the date', () => {
    for (const input of ['15059012387', '150590 12387', '150590-12387']) {
      expect(parseFodselsnummer(input, { now })).toEqual({
        kind: 'no-fodselsnummer',
        value: '15059012387',
        masked: '150590•••••',
        country: 'NO',
        birthDate: '1990-05-15',
      });
    }
  });

  it('reads D-numbers, H-numbers and synthetic test persons', () => {
    expect(parseFodselsnummer('55059012370', { now })).toMatchObject({
      birthDate: '1990-05-15',
      variant: 'd-number',
    });
    expect(parseFodselsnummer('29424012376', { now })).toMatchObject({
      birthDate: '1940-02-29',
      variant: 'h-number',
    });
    expect(parseFodselsnummer('23888012397', { now })).toMatchObject({
      birthDate: '1980-08-23',
      variant: 'synthetic',
    });
    expect(parseFodselsnummer('15909012330', { now })).toMatchObject({
      birthDate: '1990-10-15',
      variant: 'synthetic',
    });
    expect(parseFodselsnummer('29024012393', { now }).variant).toBeUndefined();
    // Tenor makes synthetic D-numbers too: "synthetic" wins, since it says the person does not exist.
    expect(parseFodselsnummer('55929012304', { now })).toMatchObject({
      birthDate: '1990-12-15',
      variant: 'synthetic',
    });
  });

  it('takes the century from the individual number', () => {
    expect(fnrCentury(0, 99)).toBe(1900);
    expect(fnrCentury(499, 0)).toBe(1900);
    expect(fnrCentury(500, 54)).toBe(1800);
    expect(fnrCentury(749, 99)).toBe(1800);
    expect(fnrCentury(500, 39)).toBe(2000);
    expect(fnrCentury(999, 0)).toBe(2000);
    expect(fnrCentury(900, 40)).toBe(1900);
    expect(fnrCentury(500, 40)).toBeUndefined();
    expect(fnrCentury(750, 60)).toBeUndefined();
    expect(parseFodselsnummer('01010550048', { now }).birthDate).toBe('2005-01-01');
    expect(parseFodselsnummer('31019960040', { now }).birthDate).toBe('1899-01-31');
    expect(parseFodselsnummer('01010090004', { now }).birthDate).toBe('2000-01-01');
  });

  it('reports each kind of error with its code', () => {
    expect(code(() => parseFodselsnummer(' ', { now }))).toBe('identifier.empty');
    expect(code(() => parseFodselsnummer('1505901238O', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parseFodselsnummer('1505901238', { now }))).toBe('identifier.invalid_length');
    expect(code(() => parseFodselsnummer('15059012386', { now }))).toBe('identifier.invalid_checksum');
    expect(code(() => parseFodselsnummer('15059012378', { now }))).toBe('identifier.invalid_checksum');
    expect(code(() => parseFodselsnummer('01014550050', { now }))).toBe('identifier.invalid_date'); // 500-749 with 40-53
    expect(code(() => parseFodselsnummer('29020012380', { now }))).toBe('identifier.invalid_date'); // 1900-02-29
    expect(code(() => parseFodselsnummer('01016075015', { now }))).toBe('identifier.invalid_date'); // month 60-40=20
  });

  it('parses every generated number to its birth date and variant', () => {
    fc.assert(
      fc.property(fodselsnummerArb, (g) => {
        for (const input of g.inputs) {
          const parsed = parseFodselsnummer(input, { now });
          expect(parsed.value).toBe(g.value);
          expect(parsed.birthDate).toBe(g.birthDate);
          expect(parsed.variant).toBe(g.variant);
          expect(parsed.masked).toBe(`${g.value.slice(0, 6)}•••••`);
          expect(parseFodselsnummer(parsed.value, { now })).toEqual(parsed);
        }
      }),
    );
  });

  it('never accepts a number with one digit changed (two mod-11 digits)', () => {
    fc.assert(
      fc.property(fodselsnummerArb, (g) => {
        for (const changed of singleDigitChanges(g.value, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])) {
          expect(['identifier.invalid_checksum', 'identifier.invalid_date']).toContain(
            code(() => parseFodselsnummer(changed, { now })),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
