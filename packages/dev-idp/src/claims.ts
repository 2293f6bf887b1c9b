// ID-token claims shaped like each broker's, per eID (research/ciba-providers.md §2 "Claims per eID", §3 Signaturgruppen).
import type { TestPerson } from './persons.js';
import { mitidLoa, type Broker } from './shapes.js';
import type { Eid } from './persons.js';

export interface ClaimsInput {
  broker: Broker;
  eid: Eid;
  person: TestPerson;
  acr?: string;
  bindingMessage?: string;
  /** MitID transaction id (Signaturgruppen `mitid.transaction_id`). */
  transactionId: string;
}

/** Every custom claim name dev-idp may put in an ID token (oidc-provider drops claims that are not configured). */
export const customClaimNames = [
  // standard OIDC
  'name',
  'given_name',
  'family_name',
  'birthdate',
  'phone_number',
  'country',
  'national_id',
  // Idura
  'identityscheme',
  'authenticationtype',
  'ssn',
  'socialno',
  'uniqueuserid',
  'uuid',
  'cprNumberIdentifier',
  'registrationLevel',
  // Signaturgruppen
  'idp',
  'idtoken_type',
  'loa',
  'mitid.uuid',
  'mitid.date_of_birth',
  'mitid.identity_name',
  'mitid.has_cpr',
  'dk.cpr',
  'mitid.transaction_id',
  'mitid.reference_text',
] as const;

/** A stable, BankID-looking unique user id for Norwegian persons. */
function norwegianUniqueUserId(person: TestPerson): string {
  return `9578-6000-4-${person.uuid.replace(/\D/g, '').slice(0, 6).padEnd(6, '0')}`;
}

export function brokerClaims(input: ClaimsInput): Record<string, unknown> {
  const { person } = input;
  const common = { name: person.name, given_name: person.givenName, family_name: person.familyName };

  if (input.broker === 'signaturgruppen') {
    return {
      idp: 'mitid',
      idtoken_type: 'ciba',
      'mitid.uuid': person.uuid,
      'mitid.date_of_birth': person.birthDate,
      'mitid.identity_name': person.name,
      'mitid.has_cpr': 'true',
      'dk.cpr': person.nationalId,
      'mitid.transaction_id': input.transactionId,
      'mitid.reference_text': input.bindingMessage,
      loa: mitidLoa.substantial,
    };
  }

  if (input.broker === 'generic') {
    return {
      ...common,
      birthdate: person.birthDate,
      phone_number: person.phone,
      national_id: person.nationalId,
      country: person.country,
    };
  }

  switch (input.eid) {
    case 'bankid-se':
      return {
        identityscheme: 'sebankid',
        authenticationtype: input.acr ?? 'urn:grn:authn:se:bankid',
        ssn: person.nationalId,
        ...common,
        country: 'SE',
      };
    case 'bankid-no':
      return {
        identityscheme: 'nobankid-oidc',
        uniqueuserid: norwegianUniqueUserId(person),
        socialno: person.nationalId,
        birthdate: person.birthDate,
        ...common,
        country: 'NO',
      };
    case 'mitid':
      return {
        identityscheme: 'dkmitid',
        uuid: person.uuid,
        cprNumberIdentifier: person.nationalId,
        birthdate: person.birthDate,
        name: person.name,
        country: 'DK',
      };
    case 'freja':
      return {
        identityscheme: 'sefrejaid',
        registrationLevel: 'EXTENDED',
        birthdate: person.birthDate,
        phone_number: person.phone,
        ...common,
        ssn: person.nationalId,
        country: 'SE',
      };
  }
}

/** Plain OIDC claims used when no request record is known (e.g. the userinfo endpoint after a restart). */
export function fallbackClaims(person: TestPerson): Record<string, unknown> {
  return {
    name: person.name,
    given_name: person.givenName,
    family_name: person.familyName,
    birthdate: person.birthDate,
    country: person.country,
  };
}
