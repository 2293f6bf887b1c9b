import { describe, expect, it } from '@jest/globals';
import { prefillIdentifier, suggestEid } from './prefill.js';

describe('prefillIdentifier', () => {
  it('takes the first accepted kind the record has a valid value for', () => {
    expect(
      prefillIdentifier(['se-personnummer', 'phone'], {
        phones: ['+46701234567'],
        nationalId: '196802020575',
      }),
    ).toEqual({
      kind: 'se-personnummer',
      value: '196802020575',
    });
    expect(prefillIdentifier(['se-personnummer', 'phone'], { phones: ['+46701234567'] })).toEqual({
      kind: 'phone',
      value: '+46701234567',
    });
    // A Danish CPR is not offered to Swedish BankID, and a landline is skipped for a mobile.
    expect(prefillIdentifier(['se-personnummer'], { phones: [], nationalId: '1203851002' })).toBeUndefined();
    expect(prefillIdentifier(['phone'], { phones: ['+46 8 123 456 78', '+46702345678'] })).toEqual({
      kind: 'phone',
      value: '+46702345678',
    });
    expect(prefillIdentifier(['dk-cpr'], { phones: ['+4520123456'] })).toBeUndefined();
  });
});

describe('suggestEid', () => {
  it('prefers the eID of the customer’s country', () => {
    const offered = ['mitid', 'bankid-se', 'bankid-no', 'freja'] as const;
    expect(suggestEid(offered, { phones: ['+4791234567'] })).toBe('bankid-no');
    expect(suggestEid(offered, { phones: [], nationalId: '196802020575' })).toBe('bankid-se');
    expect(suggestEid(offered, { phones: ['+4520123456'] })).toBe('mitid');
    expect(suggestEid(['bankid-se'], { phones: ['+4520123456'] })).toBe('bankid-se');
    expect(suggestEid(offered, { phones: [] })).toBe('mitid');
    expect(suggestEid(offered, { phones: [] }, { locale: 'nb' })).toBe('bankid-no');
    // Of two Swedish eIDs, the one the record can prefill (Freja takes a phone; BankID needs a personnummer).
    const kindsOf = (eid: string) =>
      eid === 'freja' ? (['se-personnummer', 'phone'] as const) : (['se-personnummer'] as const);
    expect(suggestEid(offered, { phones: ['+46701234567'] }, { kindsOf })).toBe('freja');
    expect(suggestEid(offered, { phones: ['+46701234567'], nationalId: '196802020575' }, { kindsOf })).toBe(
      'bankid-se',
    );
  });
});
