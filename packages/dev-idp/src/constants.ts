// Constants shared by the provider, the server and the public API.
import type { Eid } from './persons.js';

export const ROUTES = {
  backchannel_authentication: '/ciba/bc-authorize',
  token: '/oauth2/token',
  jwks: '/.well-known/jwks',
  userinfo: '/oauth2/userinfo',
  authorization: '/oauth2/authorize',
  discovery: '/.well-known/openid-configuration',
} as const;

export const CIBA_GRANT_TYPE = 'urn:openid:params:grant-type:ciba';

export const DEMO_BASIC = { clientId: 'demo-basic', clientSecret: 'demo-secret-change-me' } as const;
export const DEMO_PKJWT = { clientId: 'demo-pkjwt' } as const;
export const DEMO_PING = { clientId: 'demo-ping', clientSecret: 'demo-ping-secret-change-me' } as const;

/** Idura's eID selectors. */
export const iduraAcrValues: Record<string, Eid> = {
  'urn:grn:authn:se:bankid': 'bankid-se',
  'urn:grn:authn:no:bankid': 'bankid-no',
  'urn:grn:authn:no:bankid:high': 'bankid-no',
  'urn:grn:authn:no:bankid:substantial': 'bankid-no',
  'urn:grn:authn:dk:mitid:low': 'mitid',
  'urn:grn:authn:dk:mitid:substantial': 'mitid',
  'urn:grn:authn:dk:mitid:high': 'mitid',
  'urn:grn:authn:se:frejaid': 'freja',
};

export const mitidLoa = {
  low: 'https://data.gov.dk/concept/core/nsis/loa/Low',
  substantial: 'https://data.gov.dk/concept/core/nsis/loa/Substantial',
  high: 'https://data.gov.dk/concept/core/nsis/loa/High',
} as const;

/** dev-idp's binding_message rule (oidc-provider's default allows only 20 ASCII characters). */
export const BINDING_MESSAGE_PATTERN = /^[\p{L}\p{M}0-9 \-._+/!?#:,]{1,130}$/u;
export const BINDING_MESSAGE_RULE =
  '1-130 characters: letters (including æøåäöüé…), digits, space and - . _ + / ! ? # : ,';
