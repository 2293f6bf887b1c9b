import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isVerificationError } from '../errors.js';
import { detectIdentifier, maskNationalId, parseIdentifier, type IdentifierKind } from './index.js';
import { cprArb, fodselsnummerArb, NOW, personnummerArb } from './test-support/arbitraries.js';
import { errorCode as code } from './test-support/errors.js';

const now = NOW;
const ALL: IdentifierKind[] = ['phone', 'dk-cpr', 'se-personnummer', 'no-fodselsnummer'];

describe('parseIdentifier', () => {
  it('dispatches on the kind', () => {
    expect(parseIdentifier('phone', '+4520123456').value).toBe('+4520123456');
    expect(parseIdentifier('dk-cpr', '010190-1234', { now }).value).toBe('0101901234');
    expect(parseIdentifier('se-personnummer', '121212-1212', { now }).value).toBe('201212121212');
    expect(parseIdentifier('no-fodselsnummer', '15059012387', { now }).value).toBe('15059012387');
    expect(code(() => parseIdentifier('passport' as IdentifierKind, 'X'))).toBe(
      'identifier.kind_not_accepted',
    );
  });
});

describe('detectIdentifier', () => {
  it('reads "phone or national id" fields', () => {
    const dk = { defaultCountry: 'DK' as const, now };
    expect(detectIdentifier('+45 20 12 34 56', ['phone', 'dk-cpr'], dk).kind).toBe('phone');
    expect(detectIdentifier('20 12 34 56', ['phone', 'dk-cpr'], dk).value).toBe('+4520123456');
    expect(detectIdentifier('010190-1234', ['phone', 'dk-cpr'], dk).kind).toBe('dk-cpr');
    expect(
      detectIdentifier('41234567', ['no-fodselsnummer', 'phone'], { defaultCountry: 'NO', now }).kind,
    ).toBe('phone');
    expect(
      detectIdentifier('15059012387', ['phone', 'no-fodselsnummer'], { defaultCountry: 'NO', now }).kind,
    ).toBe('no-fodselsnummer');
    expect(
      detectIdentifier('19121212-1212', ['phone', 'se-personnummer'], { defaultCountry: 'SE', now }).kind,
    ).toBe('se-personnummer');
    expect(
      detectIdentifier('070-123 45 67', ['phone', 'se-personnummer'], { defaultCountry: 'SE', now }).kind,
    ).toBe('phone');
  });

  it('prefers the default country when a 10-digit number is both a CPR and a personnummer', () => {
    // 121212-1212 is 12 Dec 1912 as a CPR and 12 Dec 2012 as a personnummer (its Luhn digit is right).
    expect(
      detectIdentifier('121212-1212', ['dk-cpr', 'se-personnummer'], { defaultCountry: 'SE', now }).kind,
    ).toBe('se-personnummer');
    expect(
      detectIdentifier('121212-1212', ['dk-cpr', 'se-personnummer'], { defaultCountry: 'DK', now }).kind,
    ).toBe('dk-cpr');
    expect(
      detectIdentifier('701063-2391', ['dk-cpr', 'se-personnummer'], { defaultCountry: 'DK', now }).kind,
    ).toBe('se-personnummer');
  });

  it('throws the error of the most plausible kind', () => {
    const dk = { defaultCountry: 'DK' as const, now };
    expect(code(() => detectIdentifier('310490-1234', ['phone', 'dk-cpr'], dk))).toBe(
      'identifier.invalid_date',
    );
    expect(code(() => detectIdentifier('+45 12 34 56 78', ['phone', 'dk-cpr'], dk))).toBe(
      'identifier.invalid_phone',
    );
    expect(code(() => detectIdentifier('12 34 56 78', ['phone', 'dk-cpr'], dk))).toBe(
      'identifier.invalid_phone',
    );
    expect(
      code(() =>
        detectIdentifier('121212-1213', ['phone', 'se-personnummer'], { defaultCountry: 'SE', now }),
      ),
    ).toBe('identifier.invalid_checksum');
    expect(
      code(() =>
        detectIdentifier('15059012386', ['phone', 'no-fodselsnummer'], { defaultCountry: 'NO', now }),
      ),
    ).toBe('identifier.invalid_checksum');
    expect(code(() => detectIdentifier('0101901', ['dk-cpr'], dk))).toBe('identifier.invalid_length');
    expect(code(() => detectIdentifier('Søren', ALL, dk))).toBe('identifier.invalid_characters');
    expect(code(() => detectIdentifier('  ', ALL, dk))).toBe('identifier.empty');
  });

  it('says when the input is a valid identifier of a kind the eID does not take', () => {
    const dk = { defaultCountry: 'DK' as const, now };
    expect(code(() => detectIdentifier('+45 20 12 34 56', ['dk-cpr'], dk))).toBe(
      'identifier.kind_not_accepted',
    );
    expect(code(() => detectIdentifier('20 12 34 56', ['dk-cpr'], dk))).toBe('identifier.kind_not_accepted');
    expect(code(() => detectIdentifier('010190-1234', ['phone'], dk))).toBe('identifier.kind_not_accepted');
    expect(code(() => detectIdentifier('010190-1234', [], dk))).toBe('identifier.kind_not_accepted');
  });

  it('finds every generated national id when all kinds are accepted', () => {
    const cases = [
      [cprArb, 'dk-cpr', 'DK'],
      [personnummerArb, 'se-personnummer', 'SE'],
      [fodselsnummerArb, 'no-fodselsnummer', 'NO'],
    ] as const;
    for (const [arb, kind, defaultCountry] of cases) {
      fc.assert(
        fc.property(arb, (g) => {
          const parsed = detectIdentifier(g.inputs[0]!, ALL, { defaultCountry, now });
          expect(parsed.kind).toBe(kind);
          expect(parsed.value).toBe(g.value);
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('maskNationalId', () => {
  it('masks normalised values the way the parsers do', () => {
    expect(maskNationalId('dk-cpr', '0101901234')).toBe('010190-••••');
    expect(maskNationalId('se-personnummer', '199001011234')).toBe('19900101-••••');
    expect(maskNationalId('no-fodselsnummer', '15059012387')).toBe('150590•••••');
    expect(maskNationalId('phone', '+4520123456')).toBe('+45 •• •• •• 56');
  });

  it('masks an unexpected value completely instead of leaking it', () => {
    expect(maskNationalId('dk-cpr', '01019012345')).toBe('•••••••••••');
    expect(maskNationalId('se-personnummer', '9001011234')).toBe('••••••••••');
  });

  it('never shows the serial digits of a generated number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cprArb.map((g) => ['dk-cpr', g] as const),
          fodselsnummerArb.map((g) => ['no-fodselsnummer', g] as const),
        ),
        ([kind, g]) => {
          expect(maskNationalId(kind, g.value).replace(/•/g, '')).toBe(
            g.value.slice(0, 6) + (kind === 'dk-cpr' ? '-' : ''),
          );
        },
      ),
    );
    fc.assert(
      fc.property(personnummerArb, (g) => {
        expect(maskNationalId('se-personnummer', g.value).replace(/•/g, '')).toBe(`${g.value.slice(0, 8)}-`);
      }),
    );
  });
});

describe('any input', () => {
  const inputs = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^[0-9 +()\-–.]{0,16}$/),
    fc.stringMatching(/^\+?[0-9]{6,13}$/),
  );

  it('either parses or throws a VerificationError, for every kind and for detection', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom<'DK' | 'SE' | 'NO' | undefined>('DK', 'SE', 'NO', undefined),
        (input, defaultCountry) => {
          for (const run of [
            ...ALL.map((kind) => () => parseIdentifier(kind, input, { defaultCountry, now })),
            () => detectIdentifier(input, ALL, { defaultCountry, now }),
            () => detectIdentifier(input, ['dk-cpr'], { defaultCountry, now }),
          ]) {
            try {
              const parsed = run();
              expect(parsed.masked).not.toBe(parsed.value);
            } catch (error) {
              expect(isVerificationError(error)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
