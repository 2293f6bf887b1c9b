import { describe, expect, it } from '@jest/globals';
import { prefillFor } from './prefill.js';
import { readConfig } from './settings.js';
import { talkPhone } from './zaf/ticket-context.js';

describe('readConfig', () => {
  it('reads the installation settings with their defaults', () => {
    const result = readConfig({
      issuer: 'https://acme.idura.broker',
      client_id: 'acme',
      company_name: 'Acme',
      eid_mitid: true,
      eid_bankid_se: false,
      challenge_limit: '5',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        broker: 'idura',
        issuer: 'https://acme.idura.broker',
        clientId: 'acme',
        enabledEids: ['mitid', 'bankid-no'],
        company: 'Acme',
        challengeLimit: 5,
        challengeWindowMs: 600_000,
        noteOnFailure: true,
        successTag: 'identity_verified',
      },
    });
  });

  it('names what is missing', () => {
    expect(
      readConfig({ issuer: 'not a url', eid_mitid: false, eid_bankid_se: false, eid_bankid_no: false }),
    ).toEqual({
      ok: false,
      missing: ['client_id', 'company_name', 'issuer', 'eid_*'],
    });
  });

  it('an empty tag means no tag', () => {
    const result = readConfig({
      issuer: 'https://a.example',
      client_id: 'a',
      company_name: 'A',
      success_tag: '',
    });
    expect(result.ok && result.config.successTag).toBe('');
  });
});

describe('prefill', () => {
  const ticket = {
    ticketId: 1,
    requester: { phones: ['+46701111111'], nationalId: '19680202-0575' },
    callPhone: '+4520123456',
    agent: {},
  };
  it('prefers the Talk call number, then the requester phone, then the national ID field', () => {
    expect(prefillFor(['phone'], ticket)).toEqual({ kind: 'phone', value: '+4520123456', source: 'call' });
    expect(prefillFor(['phone'], { ...ticket, callPhone: undefined })).toEqual({
      kind: 'phone',
      value: '+46701111111',
      source: 'requester',
    });
    expect(prefillFor(['se-personnummer', 'phone'], ticket)).toEqual({
      kind: 'se-personnummer',
      value: '19680202-0575',
      source: 'requester',
    });
    expect(prefillFor(['dk-cpr'], { ...ticket, requester: { phones: [] } })).toBeUndefined();
  });

  it('takes the customer’s number of a Talk call from via.source', () => {
    expect(
      talkPhone({
        channel: 'voice',
        source: { rel: 'inbound', from: { phone: '+4520123456' }, to: { phone: '+4570707070' } },
      }),
    ).toBe('+4520123456');
    expect(
      talkPhone({
        channel: 'voice',
        source: { rel: 'outbound', from: { phone: '+4570707070' }, to: { phone: '+4791234567' } },
      }),
    ).toBe('+4791234567');
    expect(talkPhone({ channel: 'email', source: {} })).toBeUndefined();
  });
});
