import { describe, expect, it } from '@jest/globals';
import { auditNote, auditRecord, requestIdOfAuditNote } from './audit.js';
import type { PendingVerification, VerificationOutcome } from './ciba/types.js';
import { VerificationError } from './errors.js';
import { LOCALES } from './i18n/index.js';

const pending: PendingVerification = {
  authReqId: 'req-8f3a',
  eid: 'bankid-se',
  issuer: 'https://acme.idura.broker',
  clientId: 'agent-app',
  brokerId: 'idura',
  sentTo: '19680202-••••',
  bindingMessage: 'Acme 4821',
  bindingMessageSource: 'client',
  startedAt: Date.UTC(2026, 10, 24, 12, 0, 0),
  expiresAt: Date.UTC(2026, 10, 24, 12, 2, 0),
  interval: 5,
  nextPollAt: 0,
  identifierKind: 'se-personnummer',
  failures: 0,
};

const approved: VerificationOutcome = {
  status: 'approved',
  pending,
  identity: {
    eid: 'bankid-se',
    country: 'SE',
    fullName: 'Åsa Öberg',
    birthDate: '1968-02-02',
    nationalId: '196802020575',
    nationalIdMasked: '19680202-••••',
    levelOfAssurance: 'high',
    subject: 'sub-1',
    issuer: pending.issuer,
    authenticatedAt: 1_790_000_000,
  },
  evidence: {
    issuer: pending.issuer,
    subject: 'sub-1',
    audience: 'agent-app',
    eid: 'bankid-se',
    levelOfAssurance: 'high',
    authReqId: 'req-8f3a',
    authenticatedAt: 1_790_000_000,
    verifiedAt: 1_790_000_001,
    idTokenSha256: 'ab'.repeat(32),
    alg: 'RS256',
  },
};

const denied: VerificationOutcome = {
  status: 'denied',
  pending,
  error: new VerificationError('provider.access_denied', 'denied', {
    providerError: 'access_denied',
    providerDescription: 'user declined',
  }),
};

describe('auditNote', () => {
  it('records the verified person with the national ID masked and the evidence, in every language', () => {
    for (const locale of LOCALES) {
      const note = auditNote(approved, {
        locale,
        agent: 'Agent Smith',
        match: { verdict: 'match', checks: [{ field: 'name', result: 'same' }] },
        timeZone: 'UTC',
      });
      expect(note).toContain('Åsa Öberg');
      expect(note).toContain('19680202-••••');
      expect(note).not.toContain('196802020575');
      expect(note).toContain('ab'.repeat(32));
      expect(note).toContain('https://acme.idura.broker');
      expect(note).toContain('Acme 4821');
      expect(note).toContain('Agent Smith');
      expect(requestIdOfAuditNote(note)).toBe('req-8f3a');
    }
    expect(auditNote(approved, { locale: 'en', timeZone: 'UTC' }).split('\n')[0]).toBe(
      'Identity verified with BankID (SE)',
    );
    expect(auditNote(approved, { locale: 'da', timeZone: 'UTC' })).toContain('Fødselsdato: 2. februar 1968');
  });

  it('records a refusal with the reason', () => {
    const note = auditNote(denied, { locale: 'sv' });
    expect(note.split('\n')[0]).toBe('Identitetskontroll med BankID (SE): avböjd av kunden');
    expect(note).toContain('provider.access_denied – user declined');
    expect(requestIdOfAuditNote(note)).toBe('req-8f3a');
  });

  it('finds no request id in other text', () => {
    expect(requestIdOfAuditNote('Customer called about an invoice.')).toBeUndefined();
  });
});

describe('auditRecord', () => {
  it('is flat, masked, and says what happened', () => {
    const record = auditRecord(
      approved,
      { verdict: 'partial', checks: [] },
      Date.UTC(2026, 10, 24, 12, 0, 30),
    );
    expect(record).toEqual({
      status: 'approved',
      eid: 'bankid-se',
      authReqId: 'req-8f3a',
      issuer: 'https://acme.idura.broker',
      sentTo: '19680202-••••',
      bindingMessage: 'Acme 4821',
      startedAt: '2026-11-24T12:00:00.000Z',
      finishedAt: '2026-11-24T12:00:30.000Z',
      fullName: 'Åsa Öberg',
      birthDate: '1968-02-02',
      nationalIdMasked: '19680202-••••',
      levelOfAssurance: 'high',
      subject: 'sub-1',
      idTokenSha256: 'ab'.repeat(32),
      matchVerdict: 'partial',
    });
    expect(JSON.stringify(record)).not.toContain('196802020575');
    expect(auditRecord(denied)).toMatchObject({
      status: 'denied',
      errorCode: 'provider.access_denied',
      providerError: 'access_denied',
    });
  });
});
