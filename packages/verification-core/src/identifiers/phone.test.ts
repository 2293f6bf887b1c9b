import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { maskPhone, normalisePhone, parsePhone } from './phone.js';
import { errorCode as code } from './test-support/errors.js';

describe('parsePhone', () => {
  it('reads international, 00 and national notations to E.164', () => {
    const dk = { kind: 'phone', value: '+4520123456', masked: '+45 •• •• •• 56', country: 'DK' };
    for (const input of [
      '+45 20 12 34 56',
      '+45-20-12-34-56',
      '(+45) 20123456',
      '0045 20 12 34 56',
      '+45\u00a020\u00a012\u00a034\u00a056',
    ]) {
      expect(parsePhone(input)).toEqual(dk);
    }
    expect(parsePhone('20 12 34 56', { defaultCountry: 'DK' })).toEqual(dk);
    expect(parsePhone('070-123 45 67', { defaultCountry: 'SE' })).toEqual({
      kind: 'phone',
      value: '+46701234567',
      masked: '+46 • •• •• •• 67',
      country: 'SE',
    });
    expect(parsePhone('412 34 567', { defaultCountry: 'NO' })).toMatchObject({
      value: '+4741234567',
      country: 'NO',
    });
    // A number with its own country code wins over the default country.
    expect(parsePhone('+46 70 123 45 67', { defaultCountry: 'DK' }).value).toBe('+46701234567');
  });

  it('accepts mobiles outside the Nordics, without a Nordic country', () => {
    const uk = parsePhone('+44 7911 123456');
    expect(uk.value).toBe('+447911123456');
    expect(uk.country).toBeUndefined();
    expect(uk.masked).toBe('+44 •• •• •• •• 56');
  });

  it('rejects fixed-line and unassigned numbers', () => {
    expect(code(() => parsePhone('+46 8 765 43 21'))).toBe('identifier.invalid_phone'); // Stockholm landline
    expect(code(() => parsePhone('+47 22 12 34 56'))).toBe('identifier.invalid_phone'); // Oslo landline
    expect(code(() => parsePhone('+47 800 12 345'))).toBe('identifier.invalid_phone'); // toll free
    expect(code(() => parsePhone('+45 12 34 56 78'))).toBe('identifier.invalid_phone'); // unassigned range
  });

  it('reports each kind of error with its code', () => {
    expect(code(() => parsePhone(' '))).toBe('identifier.empty');
    expect(code(() => parsePhone('+45 20 12 34 56 ext 3'))).toBe('identifier.invalid_characters');
    expect(code(() => parsePhone('call +4520123456'))).toBe('identifier.invalid_characters');
    expect(code(() => parsePhone('+45+20123456'))).toBe('identifier.invalid_characters');
    expect(code(() => parsePhone('20 12 34 56'))).toBe('identifier.invalid_phone'); // no country code, no default
    expect(code(() => parsePhone('+45 2012 345'))).toBe('identifier.invalid_phone'); // too short
    expect(code(() => parsePhone('+45 2012 345678'))).toBe('identifier.invalid_phone'); // too long
  });

  it('normalises any readable number for comparison, landlines included', () => {
    expect(normalisePhone('08-765 43 21', 'SE')).toBe('+4687654321');
    expect(normalisePhone('0045 20123456')).toBe('+4520123456');
    expect(normalisePhone('n/a', 'DK')).toBeUndefined();
    expect(normalisePhone('', 'DK')).toBeUndefined();
  });
});

describe('maskPhone', () => {
  it('keeps the country code and the last two digits', () => {
    expect(maskPhone('+4741234567')).toBe('+47 •• •• •• 67');
    expect(maskPhone('+46701234567')).toBe('+46 • •• •• •• 67');
    expect(maskPhone('not a number 12')).toBe('12');
  });

  it('never shows more than the country code and two digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000_000, max: 29_999_999 }), (n) => {
        const masked = maskPhone(`+45${n}`);
        expect(masked).toBe(`+45 •• •• •• ${String(n).slice(-2)}`);
      }),
    );
  });
});
