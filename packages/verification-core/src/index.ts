// The public API of @idverify/verification-core, and nothing else.
export { createVerifier, type Verifier } from './ciba/client.js';
export type {
  Evidence,
  PendingVerification,
  PollState,
  StartRequest,
  VerificationOutcome,
  VerifierConfig,
  WaitOptions,
} from './ciba/types.js';

export type { Endpoint, HttpRequest, HttpResponse, Transport, TransportOptions } from './transport.js';
export { ENDPOINTS, isEndpoint, needsClientAuthentication } from './transport.js';
export { fetchTransport, type FetchTransportOptions } from './transports/fetch.js';
export {
  clientSecretBasic,
  formUrlEncode,
  privateKeyJwt,
  withClientAuth,
  type ClientAuth,
  type PrivateKeyJwtOptions,
} from './transports/client-auth.js';

export {
  ERROR_CODES,
  VerificationError,
  isVerificationError,
  type ErrorCode,
  type VerificationErrorDetails,
} from './errors.js';

export type { Country, EidId, LevelOfAssurance, VerifiedIdentity } from './identity.js';
export { eids, eidLabel, isEidId } from './profiles/eids.js';
export { brokers, type BrokerId } from './profiles/brokers.js';
export type { BrokerEidRules, BrokerPreset, ClaimMap, EidProfile } from './profiles/types.js';

export {
  parseIdentifier,
  detectIdentifier,
  maskNationalId,
  maskPhone,
  type IdentifierKind,
  type ParsedIdentifier,
} from './identifiers/index.js';

export { prefillIdentifier, suggestEid, type KnownIdentifiers, type SuggestEidOptions } from './prefill.js';
export { createBindingMessage, type BindingMessageOptions } from './binding.js';
export {
  validateIdToken,
  DEFAULT_ALGORITHMS,
  type IdTokenValidationOptions,
  type ValidatedIdToken,
} from './tokens/validate.js';
export { createJwksCache, type JwksLoader } from './tokens/jwks.js';

export {
  matchIdentity,
  normaliseName,
  type CrmRecord,
  type MatchResult,
  type MatchVerdict,
} from './matching.js';
export {
  auditNote,
  auditRecord,
  requestIdOfAuditNote,
  type AuditNoteOptions,
  type AuditRecord,
} from './audit.js';
export {
  checkChallengeLimit,
  DEFAULT_CHALLENGE_LIMIT,
  type ChallengeLimitDecision,
  type ChallengeLimitOptions,
} from './guard.js';

export {
  LOCALES,
  resolveLocale,
  t,
  errorMessage,
  formatDuration,
  formatTime,
  formatDate,
  formatDateTime,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './i18n/index.js';
