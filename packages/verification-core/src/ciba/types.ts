import type { VerificationError } from '../errors.js';
import type { EidId, VerifiedIdentity } from '../identity.js';
import type { IdentifierKind } from '../identifiers/types.js';
import type { BrokerPreset } from '../profiles/types.js';
import type { Transport } from '../transport.js';

export interface VerifierConfig {
  /** The broker's issuer URL, e.g. `https://acme.idura.broker` or dev-idp's `http://localhost:4000`. */
  issuer: string;
  clientId: string;
  /** A preset id from `brokers` (`idura`, `signaturgruppen`, `generic`) or a preset object. */
  broker: string | BrokerPreset;
  transport: Transport;
  /** Injected clock (epoch ms) and timer, for tests and benchmarks. Defaults: Date.now and setTimeout. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Tolerated clock difference for iat/exp/nbf, seconds. Default 60. */
  clockSkewSeconds?: number;
}

export interface StartRequest {
  eid: EidId;
  /** What the agent typed or the CRM prefilled: a phone number or a national identity number. */
  identifier: string;
  /** Shown to the customer in the binding message, e.g. "Acme". */
  company: string;
  /** SE BankID phone auth: who placed the call. Default `user` (the customer called in). */
  callInitiator?: 'user' | 'RP';
  /** Default region for phone numbers without a country code. Default from the eID's country. */
  defaultCountry?: 'DK' | 'SE' | 'NO';
}

/** Everything needed to go on polling later, also after a reload: plain JSON. */
export interface PendingVerification {
  authReqId: string;
  eid: EidId;
  issuer: string;
  clientId: string;
  brokerId: string;
  /** Masked identifier the challenge was sent to. */
  sentTo: string;
  /** The text the customer sees (ours, or the provider's word pair) and the agent reads aloud. */
  bindingMessage: string;
  bindingMessageSource: 'client' | 'provider';
  startedAt: number;
  /** Epoch ms after which the request is expired. */
  expiresAt: number;
  /** Current minimum spacing of polls, seconds (grows by 5 on each slow_down). */
  interval: number;
  /** Epoch ms of the earliest next poll. */
  nextPollAt: number;
  /**
   * The identifier kind the challenge was sent to. Of the identifier itself only `sentTo`, the mask, is kept: hosts
   * store this object.
   */
  identifierKind: IdentifierKind;
  /** Transient failures (network, 5xx) in a row; drives the back-off. */
  failures: number;
}

export type VerificationOutcome =
  | { status: 'approved'; identity: VerifiedIdentity; evidence: Evidence; pending: PendingVerification }
  | { status: 'denied'; error: VerificationError; pending: PendingVerification }
  | { status: 'expired'; error: VerificationError; pending: PendingVerification }
  | { status: 'failed'; error: VerificationError; pending: PendingVerification };

/** What the audit keeps so the result can be re-checked later without the customer. */
export interface Evidence {
  issuer: string;
  subject: string;
  audience: string;
  eid: EidId;
  acr?: string;
  levelOfAssurance: string;
  authReqId: string;
  transactionId?: string;
  /** Epoch seconds. */
  authenticatedAt: number;
  verifiedAt: number;
  /** Lower-case hex SHA-256 of the compact ID token. */
  idTokenSha256: string;
  /** `kid` and `alg` of the key that signed it. */
  kid?: string;
  alg: string;
}

export type PollState =
  | {
      status: 'pending';
      pending: PendingVerification;
      /** The provider's progress text, e.g. "awaiting user identification" (English, for logs). */
      providerDescription?: string;
      /** Set when this poll failed transiently and will be retried after a back-off. */
      retrying?: VerificationError;
    }
  | VerificationOutcome;

export interface WaitOptions {
  signal?: AbortSignal;
  /** Called after every poll that left the request pending. */
  onPending?: (state: Extract<PollState, { status: 'pending' }>) => void;
}
