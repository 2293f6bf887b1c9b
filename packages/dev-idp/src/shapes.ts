// Which broker a backchannel request imitates, and which eID it asks for.
//
// - idura:           login_hint `sub:ssn:<national id>` (Freja also `tel:+46…`), eID chosen by `acr_values`,
//                    eID options in RAR `authorization_details`.
// - signaturgruppen: MitID Flex app, `login_hint_token` = JSON (or base64 JSON) {idp, cpr|uuid, referenceTextBody, ip, action}.
// - generic:         login_hint = E.164 phone or national-ID digits, `binding_message`, optional `acr_values`.
import { errors } from 'oidc-provider';

import {
  eidCountry,
  findPersonByNationalId,
  findPersonByPhone,
  findPersonByUuid,
  type Eid,
  type TestPerson,
} from './persons.js';

import type { AuthorizationDetail, Broker } from './types.js';
import { BINDING_MESSAGE_PATTERN, BINDING_MESSAGE_RULE, iduraAcrValues } from './constants.js';

export type { AuthorizationDetail, Broker } from './types.js';
export { BINDING_MESSAGE_PATTERN, BINDING_MESSAGE_RULE, iduraAcrValues, mitidLoa } from './constants.js';

export interface RequestShape {
  broker: Broker;
  eid: Eid;
  person: TestPerson;
  /** The requested ACR (first of `acr_values`), echoed as the ID token's `acr`. */
  acr?: string;
  /** What the customer's app shows: binding_message, or Signaturgruppen's referenceTextBody. (NO BankID: set later to the word pair.) */
  bindingMessage?: string;
  callInitiator?: 'user' | 'RP';
  authorizationDetails?: AuthorizationDetail[];
  /** The parsed Signaturgruppen login_hint_token. */
  loginHintToken?: Record<string, unknown>;
}

const SIGNATURGRUPPEN_ACTIONS = new Set(['LOG_ON', 'APPROVE', 'CONFIRM', 'ACCEPT', 'SIGN']);

type Params = Record<string, string | undefined>;

function requestedAcr(params: Params): string | undefined {
  return params.acr_values?.split(' ').find(Boolean);
}

function acrEid(params: Params): Eid | undefined {
  for (const value of params.acr_values?.split(' ') ?? []) {
    const eid = iduraAcrValues[value];
    if (eid) return eid;
  }
  return undefined;
}

/** Cheap classification from the parameters alone (before the person is known). */
export function classify(params: Params): { broker: Broker; eid?: Eid } {
  if (params.login_hint_token) return { broker: 'signaturgruppen', eid: 'mitid' };
  const hint = params.login_hint ?? '';
  if (hint.startsWith('sub:') || hint.startsWith('tel:')) {
    const eid = acrEid(params);
    if (!eid) {
      throw new errors.InvalidRequest(
        `acr_values must select the eID, one of: ${Object.keys(iduraAcrValues).join(', ')}`,
      );
    }
    return { broker: 'idura', eid };
  }
  return { broker: 'generic', eid: acrEid(params) };
}

export function checkBindingMessage(params: Params, bindingMessage: string | undefined): void {
  const { broker, eid } = classify(params);
  if (broker === 'idura' && eid === 'bankid-no' && bindingMessage !== undefined) {
    throw new errors.InvalidRequest(
      'binding_message must not be sent for Norwegian BankID: the BankID app chooses the word pair (returned as bindingMessage)',
    );
  }
  if (bindingMessage !== undefined && !BINDING_MESSAGE_PATTERN.test(bindingMessage)) {
    throw new errors.InvalidBindingMessage(`the binding_message must be ${BINDING_MESSAGE_RULE}`);
  }
}

export function parseAuthorizationDetails(value: string | undefined): AuthorizationDetail[] | undefined {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new errors.InvalidAuthorizationDetails('authorization_details must be a JSON array');
  }
  if (!Array.isArray(parsed)) {
    throw new errors.InvalidAuthorizationDetails('authorization_details must be a JSON array');
  }
  parsed.forEach((detail: unknown, i) => {
    if (
      detail === null ||
      typeof detail !== 'object' ||
      Array.isArray(detail) ||
      typeof (detail as { type?: unknown }).type !== 'string'
    ) {
      throw new errors.InvalidAuthorizationDetails(
        `authorization_details[${i}] must be an object with a string "type"`,
      );
    }
  });
  return parsed as AuthorizationDetail[];
}

function personForCountry(person: TestPerson | undefined, eid: Eid | undefined): TestPerson | undefined {
  if (!person) return undefined;
  if (eid && person.country !== eidCountry[eid]) return undefined;
  return person;
}

/** processLoginHint: returns undefined for an unknown person (oidc-provider then answers unknown_user_id). */
export function shapeFromLoginHint(params: Params, loginHint: string): RequestShape | undefined {
  const { broker, eid } = classify(params);
  const acr = requestedAcr(params);
  const authorizationDetails = parseAuthorizationDetails(params.authorization_details);
  const bindingMessage = params.binding_message;

  if (broker === 'idura') {
    const iduraEid = eid as Eid;
    let person: TestPerson | undefined;
    if (loginHint.startsWith('sub:ssn:')) {
      person = findPersonByNationalId(loginHint.slice('sub:ssn:'.length));
    } else if (loginHint.startsWith('tel:')) {
      if (iduraEid !== 'freja') {
        throw new errors.InvalidRequest(
          'a tel: login_hint is only supported for Freja eID; use sub:ssn:<national id>',
        );
      }
      person = findPersonByPhone(loginHint.slice('tel:'.length));
    } else {
      throw new errors.InvalidRequest('login_hint must be sub:ssn:<national id>');
    }

    let callInitiator: 'user' | 'RP' | undefined;
    if (iduraEid === 'bankid-se') {
      const phoneAuth = authorizationDetails?.find((d) => d.type === 'phoneAuth');
      if (!phoneAuth) {
        throw new errors.InvalidAuthorizationDetails(
          'Swedish BankID phone authentication needs authorization_details [{"type":"phoneAuth","callInitiator":"user"|"RP"}]',
        );
      }
      if (phoneAuth.callInitiator !== 'user' && phoneAuth.callInitiator !== 'RP') {
        throw new errors.InvalidAuthorizationDetails('phoneAuth.callInitiator must be "user" or "RP"');
      }
      callInitiator = phoneAuth.callInitiator;
    }
    if (iduraEid === 'bankid-no' && !authorizationDetails?.some((d) => d.type === 'customerServiceCall.v1')) {
      throw new errors.InvalidAuthorizationDetails(
        'Norwegian BankID caller authentication needs authorization_details [{"type":"customerServiceCall.v1"}]',
      );
    }

    const found = personForCountry(person, iduraEid);
    if (!found) return undefined;
    return { broker, eid: iduraEid, person: found, acr, bindingMessage, callInitiator, authorizationDetails };
  }

  // generic
  const trimmed = loginHint.trim();
  const person = /^(\+|00)/.test(trimmed) ? findPersonByPhone(trimmed) : findPersonByNationalId(trimmed);
  const found = personForCountry(person, eid);
  if (!found) return undefined;
  return { broker, eid: eid ?? found.eid, person: found, acr, bindingMessage, authorizationDetails };
}

function decodeLoginHintToken(token: string): Record<string, unknown> {
  const attempts = [token.trim()];
  if (!token.trim().startsWith('{')) {
    attempts.push(Buffer.from(token.trim(), 'base64url').toString('utf8'));
    attempts.push(Buffer.from(token.trim(), 'base64').toString('utf8'));
  }
  for (const text of attempts) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // try the next decoding
    }
  }
  throw new errors.InvalidRequest('login_hint_token must be a JSON object, plain or base64-encoded');
}

/** processLoginHintToken (Signaturgruppen MitID Flex app). */
export function shapeFromLoginHintToken(params: Params, token: string): RequestShape | undefined {
  const hint = decodeLoginHintToken(token);
  if (typeof hint.exp === 'number' && hint.exp * 1000 < Date.now()) {
    throw new errors.ExpiredLoginHintToken('login_hint_token has expired');
  }
  if (hint.idp !== 'mitid') {
    throw new errors.InvalidRequest('login_hint_token.idp must be "mitid"');
  }
  const hasCpr = typeof hint.cpr === 'string';
  const hasUuid = typeof hint.uuid === 'string';
  if (hasCpr === hasUuid) {
    throw new errors.InvalidRequest('login_hint_token must contain exactly one of "cpr" or "uuid"');
  }
  if (typeof hint.referenceTextBody !== 'string' || !hint.referenceTextBody) {
    throw new errors.InvalidRequest('login_hint_token.referenceTextBody is required');
  }
  if (!BINDING_MESSAGE_PATTERN.test(hint.referenceTextBody)) {
    throw new errors.InvalidBindingMessage(
      `login_hint_token.referenceTextBody must be ${BINDING_MESSAGE_RULE}`,
    );
  }
  if (typeof hint.ip !== 'string' || !hint.ip) {
    throw new errors.InvalidRequest("login_hint_token.ip (the end-user's IP address) is required");
  }
  if (typeof hint.action !== 'string' || !SIGNATURGRUPPEN_ACTIONS.has(hint.action)) {
    throw new errors.InvalidRequest(
      `login_hint_token.action must be one of ${[...SIGNATURGRUPPEN_ACTIONS].join(', ')}`,
    );
  }
  const person = hasCpr ? findPersonByNationalId(hint.cpr as string) : findPersonByUuid(hint.uuid as string);
  const found = personForCountry(person, 'mitid');
  if (!found) return undefined;
  return {
    broker: 'signaturgruppen',
    eid: 'mitid',
    person: found,
    acr: requestedAcr(params),
    bindingMessage: hint.referenceTextBody,
    authorizationDetails: parseAuthorizationDetails(params.authorization_details),
    loginHintToken: hint,
  };
}
