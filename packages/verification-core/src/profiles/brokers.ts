import type { BrokerEidRules, BrokerPreset, ClaimMap } from './types.js';

// Claim names per broker and eID come from the brokers' documented ID-token payloads
// (shared/research/ciba-providers.md §2, §3). Dot paths address nested or dotted claims.

const iduraCommon = {
  level: ['acr'],
} satisfies Partial<ClaimMap>;

const MITID_SUBSTANTIAL = 'urn:grn:authn:dk:mitid:substantial';
const NO_BANKID_SUBSTANTIAL = 'urn:grn:authn:no:bankid:substantial';

const idura: BrokerPreset = {
  id: 'idura',
  name: 'Idura Verify',
  paths: {
    backchannelAuthentication: '/ciba/bc-authorize',
    token: '/oauth2/token',
    jwks: '/.well-known/jwks',
  },
  algorithms: ['RS256', 'PS256', 'ES256'],
  eids: {
    'bankid-se': {
      identifierKinds: ['se-personnummer'],
      scope: 'openid',
      acrValues: 'urn:grn:authn:se:bankid',
      hint: { param: 'login_hint', templates: { 'se-personnummer': 'sub:ssn:{value}' } },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      authorizationDetails: [{ type: 'phoneAuth', callInitiator: '{callInitiator}' }],
      claims: {
        fullName: ['name'],
        givenName: ['given_name', 'givenname'],
        familyName: ['family_name', 'surname'],
        nationalId: ['ssn'],
        ...iduraCommon,
      },
      defaultLevel: 'high',
    },
    'bankid-no': {
      identifierKinds: ['no-fodselsnummer'],
      scope: 'openid',
      acrValues: NO_BANKID_SUBSTANTIAL,
      hint: { param: 'login_hint', templates: { 'no-fodselsnummer': 'sub:ssn:{value}' } },
      // The BankID app shows three word pairs; the agent reads the right one aloud.
      sendsBindingMessage: false,
      authorizationDetails: [{ type: 'customerServiceCall.v1' }],
      providerBindingMessageField: 'bindingMessage',
      claims: {
        fullName: ['name'],
        givenName: ['given_name'],
        familyName: ['family_name'],
        birthDate: ['birthdate'],
        nationalId: ['socialno'],
        ...iduraCommon,
      },
      defaultLevel: 'substantial',
      levels: {
        'urn:grn:authn:no:bankid': 'high',
        'urn:grn:authn:no:bankid:high': 'high',
        [NO_BANKID_SUBSTANTIAL]: 'substantial',
      },
    },
    mitid: {
      identifierKinds: ['dk-cpr'],
      scope: 'openid',
      acrValues: MITID_SUBSTANTIAL,
      hint: { param: 'login_hint', templates: { 'dk-cpr': 'sub:ssn:{value}' } },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      requiredAcr: MITID_SUBSTANTIAL,
      claims: {
        fullName: ['name'],
        birthDate: ['birthdate'],
        nationalId: ['cprNumberIdentifier'],
        transactionId: ['transaction_id'],
        ...iduraCommon,
      },
      defaultLevel: 'substantial',
      levels: {
        'urn:grn:authn:dk:mitid:low': 'low',
        [MITID_SUBSTANTIAL]: 'substantial',
        'urn:grn:authn:dk:mitid:high': 'high',
      },
    },
    freja: {
      identifierKinds: ['se-personnummer', 'phone'],
      scope: 'openid',
      acrValues: 'urn:grn:authn:se:frejaid',
      hint: {
        param: 'login_hint',
        templates: { 'se-personnummer': 'sub:ssn:{value}', phone: 'tel:{value}' },
      },
      sendsBindingMessage: true,
      bindingMessageMaxLength: 100,
      claims: {
        fullName: ['name'],
        givenName: ['given_name'],
        familyName: ['family_name'],
        birthDate: ['birthdate'],
        nationalId: ['ssn'],
        phone: ['phone_number'],
        ...iduraCommon,
      },
      defaultLevel: 'substantial',
    },
  },
};

// MitID via the certified "MitID Flex app" (Signaturgruppen): a JSON login_hint_token instead of login_hint.
const signaturgruppenMitid: BrokerEidRules = {
  identifierKinds: ['dk-cpr'],
  scope: 'openid mitid',
  hint: {
    param: 'login_hint_token',
    template: { idp: 'mitid', referenceTextBody: '{bindingMessage}', ip: '0.0.0.0', action: 'LOG_ON' },
    identifierKey: { 'dk-cpr': 'cpr' },
  },
  // The reference text travels inside login_hint_token, not as binding_message.
  sendsBindingMessage: false,
  bindingMessageMaxLength: 130,
  claims: {
    fullName: ['mitid.identity_name'],
    birthDate: ['mitid.date_of_birth'],
    nationalId: ['dk.cpr'],
    transactionId: ['mitid.transaction_id'],
    level: ['loa', 'acr'],
  },
  defaultLevel: 'substantial',
  levels: {
    'https://data.gov.dk/concept/core/nsis/loa/Low': 'low',
    'https://data.gov.dk/concept/core/nsis/loa/Substantial': 'substantial',
    'https://data.gov.dk/concept/core/nsis/loa/High': 'high',
  },
};

const signaturgruppen: BrokerPreset = {
  id: 'signaturgruppen',
  name: 'Signaturgruppen (MitID Flex app)',
  paths: {
    backchannelAuthentication: '/op/connect/ciba',
    token: '/op/connect/token',
    jwks: '/op/.well-known/openid-configuration/jwks',
  },
  algorithms: ['RS256', 'PS256', 'ES256'],
  eids: { mitid: signaturgruppenMitid },
};

const standardClaims: ClaimMap = {
  fullName: ['name'],
  givenName: ['given_name'],
  familyName: ['family_name'],
  birthDate: ['birthdate'],
  nationalId: ['national_id'],
  phone: ['phone_number'],
  level: ['acr'],
};

function genericRules(nationalIdKind: BrokerEidRules['identifierKinds'][number]): BrokerEidRules {
  return {
    identifierKinds: [nationalIdKind, 'phone'],
    scope: 'openid',
    hint: { param: 'login_hint', templates: { [nationalIdKind]: '{value}', phone: '{value}' } },
    sendsBindingMessage: true,
    bindingMessageMaxLength: 20,
    claims: standardClaims,
    defaultLevel: 'substantial',
  };
}

/** Plain CIBA Core: login_hint is the E.164 phone number or the national ID, standard claims. */
const generic: BrokerPreset = {
  id: 'generic',
  name: 'Generic OpenID CIBA',
  paths: {
    backchannelAuthentication: '/ciba/bc-authorize',
    token: '/oauth2/token',
    jwks: '/.well-known/jwks',
  },
  algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
  eids: {
    mitid: genericRules('dk-cpr'),
    'bankid-se': genericRules('se-personnummer'),
    // A provider that makes its own code (NO BankID word pair) returns it as `bindingMessage`; it wins over ours.
    'bankid-no': { ...genericRules('no-fodselsnummer'), providerBindingMessageField: 'bindingMessage' },
    freja: genericRules('se-personnummer'),
  },
};

export const brokers: Readonly<Record<'idura' | 'signaturgruppen' | 'generic', BrokerPreset>> = {
  idura,
  signaturgruppen,
  generic,
};

export type BrokerId = keyof typeof brokers;
