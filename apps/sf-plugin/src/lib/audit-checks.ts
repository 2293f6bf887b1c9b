import { createHash } from 'node:crypto';
import { brokers, createVerifier, fetchTransport, isVerificationError } from '@idverify/verification-core';
import { AUDIT_STATUSES, looksMasked, type AuditSObject, type ConfigSObject } from './audit.js';
import { messageOf } from './errors.js';

export type CheckResult = 'pass' | 'fail' | 'warn' | 'skip';

export interface AuditCheck {
  /** Stable id (documented in the README). */
  check: string;
  result: CheckResult;
  detail: string;
}

const FINAL_STATUSES = AUDIT_STATUSES.filter((status) => status !== 'Pending');
const LEVELS = ['low', 'substantial', 'high'];
/** SHA-256 as the core's evidence and apps/salesforce's Apex both write it: lower-case hex. */
const SHA256_FORMAT = /^[0-9a-f]{64}$/;
/** A challenge lives minutes; a record still Pending after this never got its outcome written. */
const STALE_PENDING_MS = 60 * 60 * 1000;

const check = (id: string, result: CheckResult, detail: string): AuditCheck => ({
  check: id,
  result,
  detail,
});
const present = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Consistency of one audit record on its own and against the org's IdVerify_Config__mdt record. */
export function checkRecord(
  record: AuditSObject,
  config: ConfigSObject | undefined,
  now: number = Date.now(),
): AuditCheck[] {
  const checks: AuditCheck[] = [];
  const status = record.Status__c ?? '';
  const approved = status === 'Approved';

  if (!AUDIT_STATUSES.includes(status as (typeof AUDIT_STATUSES)[number])) {
    checks.push(check('status', 'fail', `Unknown status "${status}".`));
  } else if (status === 'Pending') {
    const started = Date.parse(record.Started_At__c ?? record.CreatedDate ?? '');
    const stale = Number.isFinite(started) && now - started > STALE_PENDING_MS;
    checks.push(
      check(
        'status',
        stale ? 'warn' : 'pass',
        stale ? 'Still Pending long after the challenge expired.' : 'Pending.',
      ),
    );
  } else {
    checks.push(check('status', 'pass', `${status} (final: ${FINAL_STATUSES.join(', ')}).`));
  }

  if (approved) {
    const required: Array<keyof AuditSObject> = [
      'Issuer__c',
      'Subject_Hash__c',
      'Id_Token_Sha256__c',
      'Auth_Req_Id__c',
      'Level_Of_Assurance__c',
      'Verified_Name__c',
      'Finished_At__c',
    ];
    const missing = required.filter((field) => !present(record[field]));
    checks.push(
      check(
        'evidence-complete',
        missing.length ? 'fail' : 'pass',
        missing.length
          ? `Missing: ${missing.join(', ')}.`
          : 'Issuer, subject hash, ID-token hash, request, level, name and time are present.',
      ),
    );
    const level = record.Level_Of_Assurance__c ?? '';
    checks.push(
      check(
        'level-of-assurance',
        LEVELS.includes(level) ? 'pass' : 'fail',
        LEVELS.includes(level) ? level : `Unknown level "${level}".`,
      ),
    );
    const hash = record.Id_Token_Sha256__c ?? '';
    checks.push(
      check(
        'id-token-hash-format',
        SHA256_FORMAT.test(hash) ? 'pass' : 'fail',
        SHA256_FORMAT.test(hash) ? 'A SHA-256 value (hex).' : 'Not a SHA-256 value (hex).',
      ),
    );
  } else if (status !== 'Pending') {
    const identityFields = (
      ['Verified_Name__c', 'National_Id_Masked__c', 'Id_Token_Sha256__c'] as const
    ).filter((field) => present(record[field]));
    checks.push(
      check(
        'no-identity-on-failure',
        identityFields.length ? 'fail' : 'pass',
        identityFields.length
          ? `A ${status} record carries ${identityFields.join(', ')}.`
          : 'No identity on an unverified record.',
      ),
    );
    if (status !== 'Cancelled') {
      checks.push(
        check(
          'error-code',
          present(record.Error_Code__c) ? 'pass' : 'warn',
          record.Error_Code__c ?? 'No error code recorded.',
        ),
      );
    }
  }

  const masked = record.National_Id_Masked__c;
  if (present(masked)) {
    checks.push(
      check(
        'national-id-masked',
        looksMasked(masked) ? 'pass' : 'fail',
        looksMasked(masked) ? 'Stored masked.' : 'The national ID is stored unmasked (value hidden).',
      ),
    );
  }

  const started = Date.parse(record.Started_At__c ?? '');
  const finished = Date.parse(record.Finished_At__c ?? '');
  if (Number.isFinite(started) && Number.isFinite(finished)) {
    checks.push(
      check(
        'timestamps',
        started <= finished ? 'pass' : 'fail',
        started <= finished
          ? `${Math.round((finished - started) / 1000)} s from start to outcome.`
          : 'Finished before it started.',
      ),
    );
  }

  if (!config) {
    checks.push(
      check('issuer-configured', 'skip', 'No IdVerify_Config__mdt.Default record to compare with.'),
    );
  } else {
    const same = sameIssuer(record.Issuer__c, config.Issuer__c);
    checks.push(
      check(
        'issuer-configured',
        !present(record.Issuer__c) ? 'skip' : same ? 'pass' : 'warn',
        same
          ? `${record.Issuer__c}`
          : `Record issuer ${record.Issuer__c ?? '(none)'} differs from the configured ${config.Issuer__c ?? '(none)'}.`,
      ),
    );
    const enabled = (config.Enabled_Eids__c ?? '').split(',').map((eid) => eid.trim());
    if (present(record.Eid__c)) {
      checks.push(
        check(
          'eid-enabled',
          enabled.includes(record.Eid__c) ? 'pass' : 'warn',
          enabled.includes(record.Eid__c)
            ? record.Eid__c
            : `${record.Eid__c} is not enabled in the current configuration.`,
        ),
      );
    }
  }
  return checks;
}

export interface IdTokenCheckOptions {
  /** The OpenID client the token was issued to (the `aud`). */
  clientId?: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * Re-checks the record against the ID token the admin supplies: the stored hash, then the token itself
 * (signature against the issuer's current keys, iss, aud, times as of the recorded outcome) and the subject.
 */
export async function checkIdToken(
  record: AuditSObject,
  config: ConfigSObject | undefined,
  idToken: string,
  options: IdTokenCheckOptions = {},
): Promise<AuditCheck[]> {
  const checks: AuditCheck[] = [];
  const token = idToken.trim();
  const hashMatches = sha256Hex(token) === record.Id_Token_Sha256__c;
  checks.push(
    check(
      'id-token-hash',
      hashMatches ? 'pass' : 'fail',
      hashMatches ? 'The token is the one recorded.' : 'The token is not the one recorded.',
    ),
  );

  const issuer = record.Issuer__c;
  const audience = options.clientId ?? config?.Client_Id__c ?? undefined;
  if (!present(issuer) || !present(audience)) {
    checks.push(
      check(
        'id-token-signature',
        'skip',
        'Needs the record issuer and the client ID (--client-id or the configuration).',
      ),
    );
    return checks;
  }
  const broker = brokers[(config?.Broker__c ?? 'generic') as keyof typeof brokers] ?? brokers.generic;
  const verifier = createVerifier({
    issuer,
    clientId: audience,
    broker,
    transport: fetchTransport(options.fetch ? { fetch: options.fetch } : {}),
  });
  const recordedAt = Date.parse(record.Finished_At__c ?? '');
  try {
    // Judge the token as of the moment it was accepted: it has expired since.
    const { claims } = await verifier.validateIdToken(
      token,
      Number.isFinite(recordedAt) ? { now: recordedAt } : {},
    );
    checks.push(
      check('id-token-signature', 'pass', `Signed by ${issuer} for ${audience}; valid when recorded.`),
    );
    checks.push(subjectCheck(record.Subject_Hash__c, String(claims.sub ?? '')));
  } catch (error) {
    const code = isVerificationError(error) ? error.code : 'network.error';
    // Keys rotate: an old token whose key was retired cannot be re-checked, which is not proof of tampering.
    const result: CheckResult = code === 'token.unknown_key' || code.startsWith('network.') ? 'warn' : 'fail';
    checks.push(check('id-token-signature', result, `${code}: ${messageOf(error)}`));
  }
  return checks;
}

/** Subject_Hash__c holds the hex SHA-256 of `sub`. */
function subjectCheck(stored: string | null | undefined, sub: string): AuditCheck {
  if (!present(stored)) return check('id-token-subject', 'skip', 'No subject hash recorded.');
  const matches = sha256Hex(sub) === stored;
  return check(
    'id-token-subject',
    matches ? 'pass' : 'fail',
    matches ? 'Subject hash matches the token.' : 'Subject hash differs from the token.',
  );
}

function sameIssuer(a: string | null | undefined, b: string | null | undefined): boolean {
  return present(a) && present(b) && a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

export function verdictOf(checks: AuditCheck[]): 'consistent' | 'inconsistent' {
  return checks.some((c) => c.result === 'fail') ? 'inconsistent' : 'consistent';
}

/** Hex SHA-256 of a UTF-8 string, as the hosts store it. */
function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
