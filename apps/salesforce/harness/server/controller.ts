// A local stand-in for the Apex class IdVerificationController (force-app/main/default/classes): the same three
// @AuraEnabled methods with the same rules — allow-listed forwarding to the broker with the client credential added
// on the server, the per-case challenge limit, a Pending record per challenge, and an approved outcome accepted
// only with an ID token that this server received from the broker and validated itself (a token it rejects ends
// the challenge as a Failed record with the core's token code, answered, not thrown). It uses the core's Node
// transport where the org uses a Named Credential, and keeps the audit records in memory.
import { createHash } from 'node:crypto';
import {
  clientSecretBasic,
  createJwksCache,
  fetchTransport,
  isVerificationError,
  validateIdToken,
  type EidId,
  type HttpResponse,
  type Transport,
} from '@idverify/verification-core';
import { AuditStore, type AuditStatus, type IdentityVerificationRecord } from './audit.js';
import {
  CONTACT_CUSTOM_FIELDS,
  type ContactFieldDescribe,
  type HarnessCase,
  type HarnessContact,
} from './cases.js';
import { checkRequest, eidOf, NotAllowedError, PRESET_PATHS, type Forward } from './policy.js';

export interface HarnessConfig {
  broker: string;
  issuer: string;
  clientId: string;
  enabledEids: EidId[];
  company: string;
  challengeLimit: number;
  windowMinutes: number;
  /**
   * IdVerify_Config__mdt.National_Id_Field__c: the API name of the Contact field with the national ID, for the
   * component's prefill; unset = none. Server-side only (not in the component's config).
   */
  nationalIdField?: string | null;
}

/** What an AuraHandledException looks like to the component: `{ body: { message } }`. */
export class ApexError extends Error {}

/**
 * recordOutcome's answer (IdVerificationController.recorded): the record, its Status__c after the write and, only
 * when that is Failed, its Error_Code__c (for an approval the server rejected: the core's `token.*` code).
 */
export interface RecordOutcomeResult {
  recordId: string;
  status: AuditStatus;
  errorCode?: string;
}

const RESPONSE_HEADERS = new Set(['content-type', 'retry-after', 'www-authenticate', 'cache-control']);
const STATUSES: Record<string, AuditStatus> = {
  approved: 'Approved',
  denied: 'Denied',
  expired: 'Expired',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const TERMINAL_TOKEN_ERRORS: Record<string, AuditStatus> = {
  access_denied: 'Denied',
  expired_token: 'Expired',
};
const AGENT = 'Harness Agent';

export interface ControllerOptions {
  config: HarnessConfig;
  clientSecret: string;
  cases: HarnessCase[];
  audit?: AuditStore;
  /** What describe says about the Contact's custom fields to the agent; default CONTACT_CUSTOM_FIELDS. */
  contactFields?: Readonly<Record<string, ContactFieldDescribe>>;
  /** The Named Credential's HTTP client; default the core's fetchTransport with client_secret_basic. */
  transport?: Transport;
  now?: () => number;
}

export function createController(options: ControllerOptions) {
  const { config, cases } = options;
  const audit = options.audit ?? new AuditStore();
  const now = options.now ?? Date.now;
  const issuer = config.issuer.replace(/\/+$/, '');
  const transport =
    options.transport ??
    fetchTransport({
      clientAuth: clientSecretBasic(config.clientId, options.clientSecret),
      timeoutMs: 20000,
    });
  if (!PRESET_PATHS[config.broker]) throw new Error(`unknown broker preset ${config.broker}`);

  const callout = async (forward: Forward): Promise<HttpResponse> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (forward.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    try {
      return await transport({
        endpoint: forward.endpoint,
        method: forward.method,
        url: issuer + forward.path,
        headers,
        body: forward.body,
      });
    } catch {
      throw new ApexError('network.error');
    }
  };

  // Auth.JWTUtil.validateJWTWithKeysEndpoint's role: the broker's keys, fetched through the "Named Credential".
  const keys = createJwksCache(async () => {
    const response = await callout({
      endpoint: 'jwks',
      method: 'GET',
      path: PRESET_PATHS[config.broker]!.jwks,
      params: {},
    });
    return JSON.parse(response.body);
  });

  const readCase = (caseId: unknown): HarnessCase => {
    const found = cases.find((c) => c.id === caseId);
    if (!found) throw new ApexError('case.not_found');
    return found;
  };
  const windowStart = () => now() - config.windowMinutes * 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();

  const contactFields = options.contactFields ?? CONTACT_CUSTOM_FIELDS;

  function getContext({ caseId }: { caseId: unknown }) {
    const record = readCase(caseId);
    const { name, mobilePhone, phone, birthdate } = record.contact;
    const { nationalIdField: _nationalIdField, ...clientConfig } = config;
    return {
      config: { ...clientConfig, enabledEids: [...config.enabledEids] },
      contact: { name, mobilePhone, phone, birthdate, nationalId: nationalIdOf(record.contact) },
      attempts: audit.challengeTimes(record.id, windowStart()),
    };
  }

  /**
   * IdVerificationController.nationalIdOf: the value of the field the configuration names, only if it is a text
   * field of Contact the agent may read; a misconfigured name is ignored (null), never an error. Never logged.
   */
  function nationalIdOf(contact: HarnessContact): string | null {
    const field = readableNationalIdField(config.nationalIdField, contactFields);
    const value = field ? contact.fields[field] : undefined;
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  }

  async function send({ caseId, request }: { caseId: unknown; request: unknown }) {
    const record = readCase(caseId);
    let forward: Forward;
    try {
      forward = checkRequest(request, config);
    } catch (error) {
      if (error instanceof NotAllowedError) return refusal(403, 'request_not_allowed', error.message);
      throw error;
    }
    let pending: IdentityVerificationRecord | undefined;
    if (forward.endpoint === 'backchannel_authentication') {
      const eid = eidOf(forward.params);
      if (eid && !config.enabledEids.includes(eid as EidId))
        return refusal(403, 'request_not_allowed', `eID ${eid} is not enabled`);
      const earlier = audit.challengeTimes(record.id, windowStart());
      if (earlier.length >= config.challengeLimit) {
        const retryAt = earlier[earlier.length - config.challengeLimit]! + config.windowMinutes * 60_000;
        return refusal(
          429,
          'challenge_limit_reached',
          `At most ${config.challengeLimit} challenges per ${config.windowMinutes} minutes`,
          retryAt,
        );
      }
    } else if (forward.endpoint === 'token') {
      pending = audit.findByAuthReqId(record.id, forward.params.auth_req_id);
      if (!pending || pending.Status__c !== 'Pending') {
        return refusal(403, 'request_not_allowed', 'auth_req_id is not a pending challenge of this case');
      }
    }
    const response = await callout(forward);
    const body = jsonObject(response.body);
    if (forward.endpoint === 'backchannel_authentication')
      recordChallenge(record.id, forward, response.status, body);
    else if (pending) recordTokenResponse(pending, response.status, body);
    return toResult(response);
  }

  function recordChallenge(
    caseId: string,
    forward: Forward,
    status: number,
    body: Record<string, unknown> | undefined,
  ) {
    const authReqId = typeof body?.auth_req_id === 'string' ? body.auth_req_id : undefined;
    const row = audit.insert({
      Case__c: caseId,
      Status__c: 'Pending',
      Agent__c: AGENT,
      Issuer__c: issuer,
      Started_At__c: iso(now()),
      Eid__c: eidOf(forward.params),
    });
    if (status === 200 && authReqId) {
      row.Auth_Req_Id__c = authReqId;
      // Norwegian BankID: the provider chooses the words the customer sees.
      const providerMessage = typeof body?.bindingMessage === 'string' ? body.bindingMessage : undefined;
      row.Binding_Message__c = providerMessage || forward.params.binding_message;
    } else {
      const error = typeof body?.error === 'string' ? body.error : `http_${status}`;
      Object.assign(row, {
        Status__c: 'Failed',
        Error_Code__c: `provider.${error}`,
        Finished_At__c: iso(now()),
      });
    }
  }

  function recordTokenResponse(
    row: IdentityVerificationRecord,
    status: number,
    body: Record<string, unknown> | undefined,
  ) {
    if (!body) return;
    if (status === 200 && typeof body.id_token === 'string') {
      // Evidence that this exact token came from the broker: recordOutcome accepts no other.
      row.Id_Token_Sha256__c = sha256Hex(body.id_token);
      return;
    }
    const terminal = typeof body.error === 'string' ? TERMINAL_TOKEN_ERRORS[body.error] : undefined;
    if (terminal)
      Object.assign(row, { Status__c: terminal, Error_Code__c: body.error, Finished_At__c: iso(now()) });
  }

  async function recordOutcome({
    caseId,
    outcome,
  }: {
    caseId: unknown;
    outcome: unknown;
  }): Promise<RecordOutcomeResult> {
    const record = readCase(caseId);
    const given = (outcome && typeof outcome === 'object' ? outcome : {}) as Record<string, unknown>;
    const status = typeof given.status === 'string' ? STATUSES[given.status] : undefined;
    if (!status) throw new ApexError('outcome.invalid');
    let row = audit.findByAuthReqId(record.id, given.authReqId);
    if (status === 'Approved') return recordApproved(row, given);
    if (!row) {
      // Ended before the broker answered (e.g. cancelled or failed at start): a record of its own.
      row = audit.insert({
        Case__c: record.id,
        Status__c: status,
        Agent__c: AGENT,
        Issuer__c: issuer,
        Started_At__c: iso(now()),
      });
    } else if (row.Status__c === 'Pending') {
      // A final status the server observed itself (send) is kept; otherwise the component's.
      row.Status__c = status;
    }
    applyOutcomeFields(row, given);
    return recorded(row);
  }

  async function recordApproved(
    row: IdentityVerificationRecord | undefined,
    outcome: Record<string, unknown>,
  ): Promise<RecordOutcomeResult> {
    if (!row) throw new ApexError('outcome.unknown_request');
    if (row.Status__c !== 'Pending' && row.Status__c !== 'Approved') throw new ApexError('outcome.conflict');
    const idToken = typeof outcome.idToken === 'string' ? outcome.idToken : '';
    let validated: { claims: Record<string, unknown>; tokenSha256: string };
    try {
      validated = await validate(idToken, row.Id_Token_Sha256__c);
    } catch (error) {
      // An approval already recorded stays Approved (nothing is written); a pending one ends here.
      if (!(error instanceof ApexError) || !error.message.startsWith('token.') || row.Status__c !== 'Pending')
        throw error;
      return recordRejected(row, error.message);
    }
    const { claims, tokenSha256 } = validated;
    row.Status__c = 'Approved';
    applyOutcomeFields(row, outcome);
    // What the signed token says wins over what the browser says.
    row.Issuer__c = String(claims.iss);
    row.Subject_Hash__c = sha256Hex(String(claims.sub));
    row.Id_Token_Sha256__c = tokenSha256;
    if (typeof claims.name === 'string' && claims.name) row.Verified_Name__c = claims.name;
    delete row.Error_Code__c;
    return recorded(row);
  }

  /**
   * IdVerifyTokenValidator.validate: throws an ApexError with the core's `token.*` code. A token other than the one
   * the broker sent this server is not the broker's signed answer to this challenge, whatever its signature.
   */
  async function validate(idToken: string, expectedSha256: string | undefined) {
    if (idToken.split('.').length !== 3) throw new ApexError('token.malformed');
    const tokenSha256 = sha256Hex(idToken);
    if (!expectedSha256 || expectedSha256 !== tokenSha256) throw new ApexError('token.not_from_broker');
    try {
      const { claims } = await validateIdToken(idToken, {
        issuer,
        audience: config.clientId,
        keys,
        now: now(),
      });
      return { claims: claims as Record<string, unknown>, tokenSha256 };
    } catch (error) {
      // Like Auth.JWTUtil in the org: a key set that cannot be fetched fails the signature check.
      const code = isVerificationError(error) && error.code.startsWith('token.') ? error.code : undefined;
      throw new ApexError(code ?? 'token.invalid_signature');
    }
  }

  /**
   * The component approved, the server did not: the challenge ends Failed with the token code. Nothing the browser
   * claims about the person is stored; Id_Token_Sha256__c keeps the hash of the token the broker sent the server.
   */
  function recordRejected(row: IdentityVerificationRecord, tokenCode: string): RecordOutcomeResult {
    Object.assign(row, { Status__c: 'Failed', Error_Code__c: tokenCode, Finished_At__c: iso(now()) });
    return recorded(row);
  }

  /** Copies the core's auditRecord fields the server cannot derive itself. */
  function applyOutcomeFields(row: IdentityVerificationRecord, outcome: Record<string, unknown>) {
    const text = (name: string) =>
      typeof outcome[name] === 'string' && outcome[name] ? (outcome[name] as string) : undefined;
    if (text('eid')) row.Eid__c = text('eid');
    if (row.Status__c === 'Approved') {
      row.Verified_Name__c = text('fullName');
      row.National_Id_Masked__c = maskedOnly(text('nationalIdMasked'));
      row.Level_Of_Assurance__c = text('levelOfAssurance');
      row.Transaction_Id__c = text('transactionId');
    }
    if (text('matchVerdict')) row.Match_Verdict__c = text('matchVerdict');
    if (row.Status__c !== 'Approved' && text('errorCode') && !row.Error_Code__c)
      row.Error_Code__c = text('errorCode');
    row.Finished_At__c = iso(now());
  }

  return { getContext, send, recordOutcome, audit, config };
}

export type HarnessController = ReturnType<typeof createController>;

function recorded(row: IdentityVerificationRecord): RecordOutcomeResult {
  const result: RecordOutcomeResult = { recordId: row.Id, status: row.Status__c };
  if (row.Status__c === 'Failed' && row.Error_Code__c) result.errorCode = row.Error_Code__c;
  return result;
}

/** An answer shaped like an OAuth error response that the server gives instead of forwarding. */
function refusal(status: number, error: string, description: string, retryAt?: number): HttpResponse {
  const body: Record<string, unknown> = { error, error_description: description };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (retryAt !== undefined) {
    body.retry_at = retryAt;
    headers['retry-after'] = String(Math.max(1, Math.floor((retryAt - Date.now()) / 1000)));
  }
  return { status, headers, body: JSON.stringify(body) };
}

function toResult(response: HttpResponse): HttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers))
    if (RESPONSE_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  return { status: response.status, headers, body: response.body ?? '' };
}

function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * IdVerificationController.readableNationalIdField: the API name of the Contact field `name` names (describe is
 * case-insensitive) if it is a text field the agent may read, else undefined.
 */
export function readableNationalIdField(
  name: string | null | undefined,
  fields: Readonly<Record<string, ContactFieldDescribe>>,
): string | undefined {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return undefined;
  const found = Object.entries(fields).find(([apiName]) => apiName.toLowerCase() === wanted);
  if (!found || !found[1].accessible || found[1].type !== 'STRING') return undefined;
  return found[0];
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Never stores a full national ID, whatever the component sends: a value with more than 8 digits keeps its first
 * 6 digits and loses the rest (IdVerificationController.maskedOnly).
 */
export function maskedOnly(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.replace(/\D/g, '').length <= 8) return value.slice(0, 40);
  let seen = 0;
  return [...value]
    .map((ch) => (/\d/.test(ch) ? (++seen <= 6 ? ch : '•') : ch))
    .join('')
    .slice(0, 40);
}
