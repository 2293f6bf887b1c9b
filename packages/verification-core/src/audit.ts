import type { VerificationOutcome } from './ciba/types.js';
import type { ErrorCode } from './errors.js';
import { formatDate, formatDateTime, t, type Locale } from './i18n/index.js';
import type { EidId, LevelOfAssurance } from './identity.js';
import type { MatchResult } from './matching.js';
import { eidLabel } from './profiles/eids.js';
import { prune } from './prune.js';

/** The request line keeps the protocol's name in every language, so a host can find its own notes again. */
const REQUEST_ID_LABEL = 'auth_req_id';

/** The auth_req_id of a note written by auditNote, if the text is one. */
export function requestIdOfAuditNote(text: string): string | undefined {
  return new RegExp(`^${REQUEST_ID_LABEL}: (\\S+)\\s*$`, 'm').exec(text)?.[1];
}

export interface AuditNoteOptions {
  locale: Locale;
  /** The agent's display name. */
  agent?: string;
  match?: MatchResult;
  /** IANA time zone for times in the note; default the host's. */
  timeZone?: string;
}

/**
 * The internal note / audit text for one finished verification. National IDs appear only masked; the evidence
 * lines let anyone re-check the result later against the issuer's keys.
 */
export function auditNote(outcome: VerificationOutcome, options: AuditNoteOptions): string {
  const { locale } = options;
  const { pending } = outcome;
  const eid = eidLabel(pending.eid);
  const line = (label: string, value: string | undefined) => (value ? `${label}: ${value}` : undefined);
  const lines: (string | undefined)[] = [t(locale, `audit.title.${outcome.status}`, { eid })];

  if (outcome.status === 'approved') {
    const { identity, evidence } = outcome;
    lines.push(
      line(t(locale, 'field.name'), identity.fullName),
      line(t(locale, 'field.birthDate'), identity.birthDate && formatDate(locale, identity.birthDate)),
      line(t(locale, 'field.nationalId'), identity.nationalIdMasked),
      line(t(locale, 'field.level'), t(locale, `level.${identity.levelOfAssurance}`)),
      line(
        t(locale, 'field.verifiedAt'),
        formatDateTime(locale, evidence.verifiedAt * 1000, options.timeZone),
      ),
    );
    if (options.match) lines.push(line(t(locale, 'audit.match'), matchSummary(locale, options.match)));
  } else {
    lines.push(
      line(
        t(locale, 'audit.error'),
        `${outcome.error.code}${detail(outcome.error.details.providerDescription)}`,
      ),
    );
  }
  lines.push(
    line(t(locale, 'audit.sentTo'), pending.sentTo),
    line(t(locale, 'audit.bindingMessage'), pending.bindingMessage),
    line(t(locale, 'audit.agent'), options.agent),
    '',
    `${t(locale, 'audit.evidence')}:`,
    line(t(locale, 'audit.issuer'), pending.issuer),
    line(REQUEST_ID_LABEL, pending.authReqId),
  );
  if (outcome.status === 'approved') {
    const { evidence } = outcome;
    lines.push(
      line(t(locale, 'audit.subject'), evidence.subject),
      line('acr', evidence.acr),
      line(t(locale, 'audit.transaction'), evidence.transactionId),
      line(t(locale, 'audit.idToken'), evidence.idTokenSha256),
    );
  }
  return lines.filter((l) => l !== undefined).join('\n');
}

/** Flat fields for an audit record (Salesforce Identity_Verification__c, CLI --json). No unmasked national ID. */
export interface AuditRecord {
  status: VerificationOutcome['status'];
  eid: EidId;
  authReqId: string;
  issuer: string;
  sentTo: string;
  bindingMessage: string;
  startedAt: string;
  finishedAt: string;
  fullName?: string;
  birthDate?: string;
  nationalIdMasked?: string;
  levelOfAssurance?: LevelOfAssurance;
  acr?: string;
  subject?: string;
  transactionId?: string;
  idTokenSha256?: string;
  matchVerdict?: MatchResult['verdict'];
  errorCode?: ErrorCode;
  providerError?: string;
}

export function auditRecord(
  outcome: VerificationOutcome,
  match?: MatchResult,
  finishedAt: number = Date.now(),
): AuditRecord {
  const { pending } = outcome;
  const base: AuditRecord = {
    status: outcome.status,
    eid: pending.eid,
    authReqId: pending.authReqId,
    issuer: pending.issuer,
    sentTo: pending.sentTo,
    bindingMessage: pending.bindingMessage,
    startedAt: new Date(pending.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
  };
  if (outcome.status !== 'approved') {
    return prune({
      ...base,
      errorCode: outcome.error.code,
      providerError: outcome.error.details.providerError,
    });
  }
  const { identity, evidence } = outcome;
  return prune({
    ...base,
    fullName: identity.fullName,
    birthDate: identity.birthDate,
    nationalIdMasked: identity.nationalIdMasked,
    levelOfAssurance: identity.levelOfAssurance,
    acr: evidence.acr,
    subject: evidence.subject,
    transactionId: evidence.transactionId,
    idTokenSha256: evidence.idTokenSha256,
    matchVerdict: match?.verdict,
  });
}

function matchSummary(locale: Locale, match: MatchResult): string {
  const checks = match.checks
    .filter((check) => check.result !== 'missing')
    .map(
      (check) => `${t(locale, `match.field.${check.field}`)} ${t(locale, `match.result.${check.result}`)}`,
    );
  return `${t(locale, `match.${match.verdict}`)}${checks.length ? ` (${checks.join(', ')})` : ''}`;
}

function detail(description: string | undefined): string {
  return description ? ` – ${description}` : '';
}
