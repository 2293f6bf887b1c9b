import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { VerifiedIdentity } from './identity.js';
import { matchIdentity, normaliseName, type CrmRecord, type MatchField } from './matching.js';

function identity(overrides: Partial<VerifiedIdentity> = {}): VerifiedIdentity {
  return {
    eid: 'mitid',
    country: 'DK',
    fullName: 'Søren Peter Ågård',
    birthDate: '1990-01-01',
    nationalId: '0101901234',
    phone: '+4520123456',
    levelOfAssurance: 'substantial',
    subject: 'sub-1',
    issuer: 'https://idp.example',
    authenticatedAt: 0,
    ...overrides,
  };
}

const nameCheck = (verified: string, crm: string) =>
  check(identity({ fullName: verified }), { name: crm }, 'name');
function check(who: VerifiedIdentity, record: CrmRecord, field: MatchField) {
  return matchIdentity(who, record).checks.find((c) => c.field === field)?.result;
}

describe('normaliseName', () => {
  it('folds case, accents, Nordic letters, punctuation and word order', () => {
    expect(normaliseName('Hansen, Søren')).toBe(normaliseName('søren  HANSEN'));
    expect(normaliseName('Ågård')).toBe('aagaard');
    expect(normaliseName('Aagaard')).toBe('aagaard');
    expect(normaliseName('Jörgen Müller-Kjær')).toBe('joergen kjaer mueller');
    expect(normaliseName('Renée O’Brien')).toBe('obrien renee');
    expect(normaliseName('A\u030Asa')).toBe('aasa'); // decomposed å
    expect(normaliseName(' - ')).toBe('');
  });
});

describe('name comparison', () => {
  it('treats Nordic spellings, order and punctuation as the same name', () => {
    expect(nameCheck('Søren Ågård', 'Aagaard, Soeren')).toBe('same');
    expect(nameCheck('Søren Ågård', 'SOREN AGARD')).toBe('same');
    expect(nameCheck('Björn Sjöberg', 'Bjoern Sjoberg')).toBe('same');
    expect(nameCheck('Kari Nordmann-Ødegård', 'Kari Nordmann Odegaard')).toBe('same');
    expect(nameCheck('Märta Müller', 'Maerta Mueller')).toBe('same');
    expect(nameCheck('José Ærø', 'Jose Aeroe')).toBe('same');
  });

  it('calls a missing middle name, an initial or one typo similar', () => {
    expect(nameCheck('Søren Peter Ågård', 'Søren Ågård')).toBe('similar');
    expect(nameCheck('Søren Ågård', 'Søren Peter Ågård')).toBe('similar');
    expect(nameCheck('Søren Ågård', 'S. Ågård')).toBe('similar');
    expect(nameCheck('Lars Pedersen', 'Lars Petersen')).toBe('similar');
    expect(nameCheck('Mette Christensen', 'Mette Kristensen')).toBe('similar');
    expect(nameCheck('Anna Lindqvist', 'Anna Lindqivst')).toBe('similar'); // swapped letters
  });

  it('calls other names different', () => {
    expect(nameCheck('Søren Hansen', 'Søren Jensen')).toBe('different');
    expect(nameCheck('Ole Hansen', 'Ola Hansen')).toBe('different');
    expect(nameCheck('Lars Pedersen', 'Lasse Petersen')).toBe('different'); // two changes
    expect(nameCheck('Søren Hansen', 'Anna Lindqvist')).toBe('different');
    expect(nameCheck('Michael Berg', 'Michal Berg')).toBe('similar'); // ASCII spellings are not folded, only a typo
  });

  it('is missing when either side has no name', () => {
    expect(nameCheck('Søren Hansen', '')).toBe('missing');
    expect(nameCheck('Søren Hansen', ' - ')).toBe('missing');
  });

  it('uses given and family name when the full name is empty', () => {
    expect(
      check(
        identity({ fullName: '', givenName: 'Søren', familyName: 'Hansen' }),
        { name: 'Hansen, Søren' },
        'name',
      ),
    ).toBe('same');
  });
});

describe('matchIdentity', () => {
  const full: CrmRecord = {
    name: 'Ågård, Søren Peter',
    birthDate: '1990-01-01',
    phone: '20 12 34 56',
    nationalId: '010190-1234',
  };

  it('matches when every field the CRM has is the same', () => {
    expect(matchIdentity(identity(), full)).toEqual({
      verdict: 'match',
      checks: [
        { field: 'name', result: 'same' },
        { field: 'birthDate', result: 'same' },
        { field: 'phone', result: 'same' },
        { field: 'nationalId', result: 'same' },
      ],
    });
    expect(matchIdentity(identity(), { name: 'Soren Peter Aagaard' }).verdict).toBe('match');
  });

  it('reads birth dates in the notations CRMs use', () => {
    for (const birthDate of [
      '1990-01-01',
      '1990-01-01T00:00:00.000Z',
      '19900101',
      '01.01.1990',
      '1-1-1990',
      '01/01/1990',
      'January 1, 1990',
    ]) {
      expect(check(identity(), { birthDate }, 'birthDate')).toBe('same');
    }
    expect(check(identity(), { birthDate: '02.01.1990' }, 'birthDate')).toBe('different');
    expect(check(identity(), { birthDate: '1990' }, 'birthDate')).toBe('missing');
    expect(check(identity(), { birthDate: 'unknown' }, 'birthDate')).toBe('missing');
  });

  it('compares phones in E.164, landlines included, in the identity country', () => {
    expect(check(identity(), { phone: '+45 20 12 34 56' }, 'phone')).toBe('same');
    expect(check(identity(), { phone: '0045 20123456' }, 'phone')).toBe('same');
    expect(check(identity(), { phone: '33 12 34 56' }, 'phone')).toBe('different');
    expect(check(identity({ phone: undefined }), { phone: '20123456' }, 'phone')).toBe('missing');
    const swede = identity({ country: 'SE', phone: '+46701234567' });
    expect(check(swede, { phone: '070-123 45 67' }, 'phone')).toBe('same');
  });

  it('compares national ids after normalising them', () => {
    expect(check(identity(), { nationalId: '0101901234' }, 'nationalId')).toBe('same');
    expect(check(identity(), { nationalId: '010190-1235' }, 'nationalId')).toBe('different');
    expect(check(identity(), { nationalId: '010190-XXXX' }, 'nationalId')).toBe('missing');
    const swede = identity({ country: 'SE', nationalId: '191212121212' });
    expect(check(swede, { nationalId: '121212+1212' }, 'nationalId')).toBe('same');
    expect(check(swede, { nationalId: '19121212-1212' }, 'nationalId')).toBe('same');
    expect(check(swede, { nationalId: '121212-1213' }, 'nationalId')).toBe('different'); // bad Luhn in the CRM
    expect(check(swede, { nationalId: '121212-1212' }, 'nationalId')).toBe('different'); // that is 2012, not 1912
  });

  it('is a mismatch on a different birth date, national id or name, whatever else agrees', () => {
    expect(matchIdentity(identity(), { ...full, birthDate: '1990-01-02' }).verdict).toBe('mismatch');
    expect(matchIdentity(identity(), { ...full, nationalId: '0101901235' }).verdict).toBe('mismatch');
    expect(matchIdentity(identity(), { ...full, name: 'Anna Lindqvist' }).verdict).toBe('mismatch');
  });

  it('is partial when something is only similar or the phone differs', () => {
    expect(matchIdentity(identity(), { ...full, name: 'Søren Ågård' }).verdict).toBe('partial');
    expect(matchIdentity(identity(), { ...full, phone: '+45 30 12 34 56' }).verdict).toBe('partial');
    // A phone number alone says which phone, not which person.
    expect(matchIdentity(identity(), { phone: '20123456' }).verdict).toBe('partial');
  });

  it('is unknown when nothing can be compared', () => {
    expect(matchIdentity(identity(), {})).toEqual({
      verdict: 'unknown',
      checks: [
        { field: 'name', result: 'missing' },
        { field: 'birthDate', result: 'missing' },
        { field: 'phone', result: 'missing' },
        { field: 'nationalId', result: 'missing' },
      ],
    });
    expect(
      matchIdentity(identity({ birthDate: undefined, nationalId: undefined, phone: undefined }), {
        birthDate: '1990-01-01',
      }).verdict,
    ).toBe('unknown');
  });
});

describe('a name always matches itself', () => {
  const TOKENS = [
    'Søren',
    'Ågård',
    'Bjørn',
    'Åsa',
    'Märta',
    'Jörgen',
    'Müller',
    'Kjær',
    'Østergaard',
    'Ærø',
    'José',
    'Renée',
    'Hansen',
    'Lindqvist',
    'Bråten',
    'Nordmann',
    'Aagaard',
    'Ødegård',
    'Sjöberg',
    'Ulla-Britt',
    'Gøran',
    'Særen',
  ];
  const SPELLINGS: Record<string, string[]> = {
    ø: ['ø', 'o', 'oe'],
    ö: ['ö', 'o', 'oe', 'ø'],
    å: ['å', 'aa', 'a', 'a\u030A'],
    æ: ['æ', 'ae', 'ä'],
    ä: ['ä', 'ae', 'a', 'æ'],
    ü: ['ü', 'ue', 'u'],
    é: ['é', 'e', 'e\u0301'],
  };
  /** One name → the same name as a CRM might hold it: other spellings per token, case, order, separators. */
  const rewritten = (tokens: string[]) =>
    fc
      .tuple(
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        fc.shuffledSubarray(
          tokens.map((_, i) => i),
          { minLength: tokens.length, maxLength: tokens.length },
        ),
        fc.constantFrom(' ', '  ', ', ', ' - '),
      )
      .map(([picks, upper, order, separator]) => {
        let k = 0;
        const spell = (token: string) =>
          [...token.toLowerCase()]
            .map((c) => {
              const options = SPELLINGS[c] ?? [c];
              const out = options[picks[k % 64]! % options.length]!;
              return upper[k++ % 64] ? out.toUpperCase() : out;
            })
            .join('');
        const aaToA = (s: string) => (picks[0]! % 2 ? s.replace(/aa/gi, 'å') : s);
        return order.map((i) => aaToA(spell(tokens[i]!))).join(separator);
      });
  const names = fc.uniqueArray(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 });

  it('after random case, spelling, diacritic and order changes', () => {
    fc.assert(
      fc.property(
        names.chain((tokens) => fc.tuple(fc.constant(tokens.join(' ')), rewritten(tokens))),
        ([original, variant]) => {
          expect(nameCheck(original, variant)).toBe('same');
          expect(nameCheck(variant, original)).toBe('same');
        },
      ),
      { numRuns: 500 },
    );
  });
});
