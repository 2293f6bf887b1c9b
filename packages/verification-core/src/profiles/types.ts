import type { Country, EidId, LevelOfAssurance, VerifiedIdentity } from '../identity.js';
import type { IdentifierKind } from '../identifiers/types.js';

/** What an eID is, independent of the broker that sells it. */
export interface EidProfile {
  id: EidId;
  country: Country;
  /** Display name (not translated: these are brand names). */
  name: string;
  /** The provider shows the customer a code it chose (Norwegian BankID word pair) instead of ours. */
  bindingMessageFromProvider: boolean;
}

/** Values inserted in a broker's request templates. */
export interface HintValues {
  /** Normalised identifier value (see ParsedIdentifier.value). */
  value: string;
  kind: IdentifierKind;
  bindingMessage?: string;
  company: string;
}

/**
 * How one broker runs one eID: request parameters and claim names. Adding a broker is adding data of this
 * shape; the CIBA client has no broker-specific code paths.
 */
export interface BrokerEidRules {
  /** Identifier kinds this broker accepts for this eID, first = preferred. */
  identifierKinds: IdentifierKind[];
  scope: string;
  acrValues?: string;
  /**
   * `login_hint`: a template where `{value}` is the normalised identifier, per identifier kind.
   * `login_hint_token`: a JSON object template; string values may contain `{value}`, `{bindingMessage}`,
   * `{company}`; the key named by `identifierKey[kind]` receives the identifier.
   */
  hint:
    | { param: 'login_hint'; templates: Partial<Record<IdentifierKind, string>> }
    | {
        param: 'login_hint_token';
        template: Record<string, string>;
        identifierKey: Partial<Record<IdentifierKind, string>>;
      };
  /** Sent as `binding_message` (our code). False when the eID's app makes its own (NO BankID). */
  sendsBindingMessage: boolean;
  /** Max length and allowed characters of binding_message at this broker. */
  bindingMessageMaxLength?: number;
  /** RAR `authorization_details`, sent as JSON; strings may contain `{callInitiator}`. */
  authorizationDetails?: ReadonlyArray<Record<string, string>>;
  /** Name of the field in the bc-authorize response that carries the provider's binding message. */
  providerBindingMessageField?: string;
  /** `acr` the ID token must carry (exact match) when the broker sends `acr`. */
  requiredAcr?: string;
  /** Claim names (dot paths allowed, e.g. `mitid.uuid`) for the VerifiedIdentity fields. */
  claims: ClaimMap;
  /** Level of assurance when the token does not say. */
  defaultLevel: LevelOfAssurance;
  /** Maps an `acr` / level claim value to a level. */
  levels?: Record<string, LevelOfAssurance>;
}

export interface ClaimMap {
  fullName: string[];
  givenName?: string[];
  familyName?: string[];
  birthDate?: string[];
  nationalId?: string[];
  phone?: string[];
  transactionId?: string[];
  /** Where the level of assurance is found (first present wins), e.g. `acr`, `loa`. */
  level?: string[];
}

export interface BrokerPreset {
  id: string;
  name: string;
  /** Endpoint paths relative to the issuer, used when discovery does not list them. */
  paths: { backchannelAuthentication: string; token: string; jwks: string };
  /** Accepted ID token algorithms (asymmetric only). */
  algorithms: string[];
  eids: Partial<Record<EidId, BrokerEidRules>>;
}

export type IdentityFields = Omit<
  VerifiedIdentity,
  'eid' | 'country' | 'issuer' | 'subject' | 'authenticatedAt'
>;
