import {
  auditRecord,
  errorMessage,
  maskPhone,
  type AuditRecord,
  type ErrorCode,
  type Evidence,
  type Locale,
  type VerificationOutcome,
} from '@idverify/verification-core';

/** `sf idverify send --json` → `result` (documented in the README; never an unmasked national ID or a secret). */
export interface SendResult {
  status: VerificationOutcome['status'];
  verified: boolean;
  eid: string;
  broker: string;
  issuer: string;
  clientId: string;
  /** Masked identifier the challenge went to. */
  sentTo: string;
  /** What the customer's app showed: our code, or the provider's word pair (Norwegian BankID). */
  bindingMessage: string;
  bindingMessageSource: 'client' | 'provider';
  authReqId: string;
  startedAt: string;
  finishedAt: string;
  identity?: {
    fullName: string;
    givenName?: string;
    familyName?: string;
    birthDate?: string;
    nationalIdMasked?: string;
    phoneMasked?: string;
    country: string;
    levelOfAssurance: string;
    acr?: string;
    subject: string;
    transactionId?: string;
    authenticatedAt: string;
  };
  evidence?: Evidence;
  error?: { code: ErrorCode; message: string; providerError?: string; providerDescription?: string };
  /** The core's flat audit record, as the CRM apps store it. */
  audit: AuditRecord;
}

export function sendResult(
  outcome: VerificationOutcome,
  broker: string,
  locale: Locale,
  finishedAt: number,
): SendResult {
  const { pending } = outcome;
  const base: SendResult = {
    status: outcome.status,
    verified: outcome.status === 'approved',
    eid: pending.eid,
    broker,
    issuer: pending.issuer,
    clientId: pending.clientId,
    sentTo: pending.sentTo,
    bindingMessage: pending.bindingMessage,
    bindingMessageSource: pending.bindingMessageSource,
    authReqId: pending.authReqId,
    startedAt: new Date(pending.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    audit: auditRecord(outcome, undefined, finishedAt),
  };
  if (outcome.status !== 'approved') {
    const { error } = outcome;
    return {
      ...base,
      error: compact({
        code: error.code,
        message: errorMessage(locale, error),
        providerError: error.details.providerError,
        providerDescription: error.details.providerDescription,
      }),
    };
  }
  const { identity, evidence } = outcome;
  // A whitelist: VerifiedIdentity also holds the unmasked national ID, which never leaves the process.
  return {
    ...base,
    identity: compact({
      fullName: identity.fullName,
      givenName: identity.givenName,
      familyName: identity.familyName,
      birthDate: identity.birthDate,
      nationalIdMasked: identity.nationalIdMasked,
      phoneMasked: identity.phone ? maskPhone(identity.phone) : undefined,
      country: identity.country,
      levelOfAssurance: identity.levelOfAssurance,
      acr: identity.acr,
      subject: identity.subject,
      transactionId: identity.transactionId,
      authenticatedAt: new Date(identity.authenticatedAt * 1000).toISOString(),
    }),
    evidence,
  };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
