import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseCpr } from './dk-cpr.js';
import { cprArb, NOW } from './test-support/arbitraries.js';
import { errorCode as code } from './test-support/errors.js';

const now = NOW;

describe('parseCpr', () => {
  it('accepts DDMMYY-SSSS, 10 digits and spaces, and masks the serial', () => {
    for (const input of ['010190-1234', '0101901234', ' 010190 1234 ', '010190–1234']) {
      expect(parseCpr(input, { now })).toEqual({
        kind: 'dk-cpr',
        value: '0101901234',
        masked: '010190-••••',
        country: 'DK',
        birthDate: '1990-01-01',
      });
    }
  });

  it('takes the century from the 7th digit', () => {
    const year = (cpr: string) => parseCpr(cpr, { now }).birthDate?.slice(0, 4);
    expect(year('0101363000')).toBe('1936'); // 0-3: 1900s
    expect(year('0101104000')).toBe('2010'); // 4: 2000s up to 36
    expect(year('0101374000')).toBe('1937'); // 4: 1900s from 37
    expect(year('0101209999')).toBe('2020'); // 9: 2000s up to 36
    expect(year('0101999999')).toBe('1999'); // 9: 1900s from 37
    expect(year('0101255000')).toBe('2025'); // 5-8: 2000s up to 57
    expect(year('0101588000')).toBe('1858'); // 5-8: 1800s from 58
  });

  it('rejects birth dates in the future (the 2000s reading of a 4/9 or 5-8 serial)', () => {
    expect(code(() => parseCpr('0101364000', { now }))).toBe('identifier.invalid_date'); // 2036
    expect(code(() => parseCpr('0101575000', { now }))).toBe('identifier.invalid_date'); // 2057
  });

  it('reports each kind of error with its code', () => {
    expect(code(() => parseCpr('   ', { now }))).toBe('identifier.empty');
    expect(code(() => parseCpr('010190-12a4', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parseCpr('010190+1234', { now }))).toBe('identifier.invalid_characters');
    expect(code(() => parseCpr('010190-123', { now }))).toBe('identifier.invalid_length');
    expect(code(() => parseCpr('01019012345', { now }))).toBe('identifier.invalid_length');
    expect(code(() => parseCpr('310490-1234', { now }))).toBe('identifier.invalid_date'); // 31 April
    expect(code(() => parseCpr('290290-1234', { now }))).toBe('identifier.invalid_date'); // 1990 not a leap year
    expect(parseCpr('290200-4234', { now }).birthDate).toBe('2000-02-29');
  });

  it('has no checksum: numbers issued after 2007 fail mod 11 and are still valid', () => {
    expect(parseCpr('0101901235', { now }).value).toBe('0101901235');
  });

  it('parses every generated CPR to its birth date, in every notation', () => {
    fc.assert(
      fc.property(cprArb, (g) => {
        for (const input of g.inputs) {
          const parsed = parseCpr(input, { now });
          expect(parsed.value).toBe(g.value);
          expect(parsed.birthDate).toBe(g.birthDate);
          expect(parsed.masked).toBe(`${g.value.slice(0, 6)}-••••`);
          expect(parseCpr(parsed.value, { now })).toEqual(parsed);
        }
      }),
    );
  });
});
