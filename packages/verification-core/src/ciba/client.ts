import type { JSONWebKeySet } from 'jose';
import { createBindingMessage } from '../binding.js';
import { VerificationError } from '../errors.js';
import type { EidId, VerifiedIdentity } from '../identity.js';
import {
  detectIdentifier,
  maskNationalId,
  tryParseIdentifier,
  type IdentifierKind,
  type ParsedIdentifier,
} from '../identifiers/index.js';
import { brokers } from '../profiles/brokers.js';
import { identityFromClaims } from '../profiles/claims.js';
import { eids as eidProfiles, isEidId } from '../profiles/eids.js';
import type { BrokerEidRules, BrokerPreset } from '../profiles/types.js';
import { createJwksCache } from '../tokens/jwks.js';
import { validateIdToken, type ValidatedIdToken } from '../tokens/validate.js';
import type { Endpoint, HttpRequest, HttpResponse, TransportOptions } from '../transport.js';
import { hex, sha256 } from '../digest.js';
import { isTransient, oauthError, parseJson, providerError, retryAfterSeconds } from './provider-errors.js';
import type {
  PendingVerification,
  PollState,
  StartRequest,
  VerificationOutcome,
  VerifierConfig,
  WaitOptions,
} from './types.js';

const CIBA_GRANT = 'urn:openid:params:grant-type:ciba';
/** CIBA Core §7.3: "If no value is provided, clients MUST use 5 as the default value." */
const DEFAULT_INTERVAL = 5;
/** CIBA Core §11: slow_down adds at least 5 seconds, for this and every later poll. */
const SLOW_DOWN_STEP = 5;
const MAX_BACKOFF_SECONDS = 30;

export interface Verifier {
  /** Validates the identifier, builds the binding message and sends the backchannel authentication request. */
  start(request: StartRequest, options?: TransportOptions): Promise<PendingVerification>;
  /** One token request, made no earlier than `pending.nextPollAt` (it waits until then). */
  poll(pending: PendingVerification, options?: TransportOptions): Promise<PollState>;
  /** Polls until approved, denied, expired or failed. Aborting the signal rejects with `cancelled`. */
  waitForResult(pending: PendingVerification, options?: WaitOptions): Promise<VerificationOutcome>;
  /**
   * Validates an ID token from this provider for this client (signature against the provider's keys, algorithm,
   * iss, aud, exp, iat): what every approved outcome went through, for re-checking stored evidence later.
   */
  validateIdToken(idToken: string, options?: { now?: number }): Promise<ValidatedIdToken>;
  /** The identifier kinds this broker accepts for an eID, preferred first. */
  identifierKinds(eid: EidId): IdentifierKind[];
  /** The eIDs this broker offers. */
  eids(): EidId[];
}

interface ProviderMetadata {
  issuer: string;
  backchannelEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
}

export function createVerifier(config: VerifierConfig): Verifier {
  const preset = resolvePreset(config.broker);
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? defaultSleep;
  const issuer = config.issuer.replace(/\/+$/, '');
  let metadata: Promise<ProviderMetadata> | undefined;
  const inFlight = new Map<string, Promise<PollState>>();
  // When each request was last polled: spacing holds even if a host hands back a stale PendingVerification.
  const lastPollAt = new Map<string, number>();
  // Whom each challenge this verifier sent was for (the normalised identifier), in memory only: hosts store the
  // PendingVerification so a reload can resume, and any digest of a national ID in it could be brute-forced back to
  // the number from the birth date its mask shows.
  const askedFor = new Map<string, string>();

  const send = async (
    endpoint: Endpoint,
    request: Omit<HttpRequest, 'endpoint'>,
    options?: TransportOptions,
  ) => {
    try {
      return await config.transport({ endpoint, ...request }, options);
    } catch (error) {
      if (options?.signal?.aborted) throw new VerificationError('cancelled', 'Cancelled', { cause: error });
      if (error instanceof VerificationError) throw error;
      throw new VerificationError('network.error', `No response from ${endpoint}`, { cause: error });
    }
  };

  const loadMetadata = async (options?: TransportOptions): Promise<ProviderMetadata> => {
    const response = await send(
      'discovery',
      {
        method: 'GET',
        url: `${issuer}/.well-known/openid-configuration`,
        headers: { accept: 'application/json' },
      },
      options,
    );
    const fallback = {
      issuer,
      backchannelEndpoint: issuer + preset.paths.backchannelAuthentication,
      tokenEndpoint: issuer + preset.paths.token,
      jwksUri: issuer + preset.paths.jwks,
    };
    // Some brokers publish no discovery document, or one without the CIBA endpoint: the preset's paths fill in.
    if (response.status === 404) return fallback;
    const document =
      response.status === 200 ? (parseJson(response) as Record<string, unknown> | undefined) : undefined;
    if (!document) throw providerError(response, 'Discovery');
    const published = typeof document.issuer === 'string' ? document.issuer : '';
    if (published.replace(/\/+$/, '') !== issuer) {
      throw new VerificationError(
        'config.invalid',
        `The provider at ${issuer} calls itself ${published || 'nothing'}`,
      );
    }
    const url = (key: string, otherwise: string) =>
      typeof document[key] === 'string' ? (document[key] as string) : otherwise;
    return {
      issuer: published,
      backchannelEndpoint: url('backchannel_authentication_endpoint', fallback.backchannelEndpoint),
      tokenEndpoint: url('token_endpoint', fallback.tokenEndpoint),
      jwksUri: url('jwks_uri', fallback.jwksUri),
    };
  };

  const provider = (options?: TransportOptions): Promise<ProviderMetadata> => {
    if (!metadata) {
      metadata = loadMetadata(options);
      metadata.catch(() => (metadata = undefined)); // a failed discovery is retried next time
    }
    return metadata;
  };

  const keys = createJwksCache(async () => {
    const { jwksUri } = await provider();
    const response = await send('jwks', {
      method: 'GET',
      url: jwksUri,
      headers: { accept: 'application/json' },
    });
    if (response.status !== 200) throw providerError(response, 'JWKS');
    return parseJson(response) as JSONWebKeySet;
  });

  const rulesFor = (eid: EidId): BrokerEidRules => {
    if (!isEidId(eid)) throw new VerificationError('config.unknown_eid', `Unknown eID "${String(eid)}"`);
    const rules = preset.eids[eid];
    if (!rules)
      throw new VerificationError(
        'config.eid_not_offered',
        `${preset.name} does not offer ${eidProfiles[eid].name}`,
      );
    return rules;
  };

  const form = (params: Record<string, string | undefined>): string => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined) body.set(name, value);
    return body.toString();
  };

  const postForm = (endpoint: Endpoint, url: string, body: string, options?: TransportOptions) =>
    send(
      endpoint,
      {
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
      },
      options,
    );

  async function start(request: StartRequest, options?: TransportOptions): Promise<PendingVerification> {
    const rules = rulesFor(request.eid);
    const parsed = detectIdentifier(request.identifier, rules.identifierKinds, {
      defaultCountry: request.defaultCountry ?? eidProfiles[request.eid].country,
    });
    const ours = createBindingMessage(request.company, { maxLength: rules.bindingMessageMaxLength });
    const values: Record<string, string> = {
      value: parsed.value,
      bindingMessage: ours,
      company: request.company,
      callInitiator: request.callInitiator ?? 'user',
    };
    const { backchannelEndpoint } = await provider(options);
    const startedAt = now();
    const response = await postForm(
      'backchannel_authentication',
      backchannelEndpoint,
      form({
        client_id: config.clientId,
        scope: rules.scope,
        acr_values: rules.acrValues,
        ...hintParameter(rules, parsed, values),
        binding_message: rules.sendsBindingMessage ? ours : undefined,
        authorization_details: rules.authorizationDetails
          ? JSON.stringify(rules.authorizationDetails.map((detail) => fillObject(detail, values)))
          : undefined,
      }),
      options,
    );
    if (response.status !== 200) throw providerError(response, 'Backchannel authentication');
    // The interval runs from the provider's answer (it may judge the first poll from when it sent it); the expiry
    // from before the request, so the client never believes a request lives longer than it does.
    const answeredAt = now();
    const body = parseJson(response) as Record<string, unknown> | undefined;
    const authReqId = body?.auth_req_id;
    const expiresIn = Number(body?.expires_in);
    const interval = body?.interval === undefined ? DEFAULT_INTERVAL : Number(body.interval);
    if (typeof authReqId !== 'string' || !authReqId || !(expiresIn > 0) || !(interval >= 0)) {
      throw new VerificationError('provider.bad_response', 'Backchannel authentication: malformed response', {
        status: response.status,
      });
    }
    const field = rules.providerBindingMessageField;
    const fromProvider = field && typeof body?.[field] === 'string' ? (body?.[field] as string) : '';
    const usesOurs = rules.sendsBindingMessage || JSON.stringify(rules.hint).includes('{bindingMessage}');
    askedFor.set(authReqId, parsed.value);
    return {
      authReqId,
      eid: request.eid,
      issuer,
      clientId: config.clientId,
      brokerId: preset.id,
      sentTo: parsed.masked,
      bindingMessage: fromProvider || (usesOurs ? ours : ''),
      bindingMessageSource: fromProvider ? 'provider' : 'client',
      startedAt,
      expiresAt: startedAt + expiresIn * 1000,
      interval,
      nextPollAt: answeredAt + interval * 1000,
      identifierKind: parsed.kind,
      failures: 0,
    };
  }

  function poll(pending: PendingVerification, options?: TransportOptions): Promise<PollState> {
    // Never two overlapping polls for one request (CIBA Core §10.1): a second caller shares the first's poll.
    const running = inFlight.get(pending.authReqId);
    if (running) return running;
    const polling = pollOnce(pending, options)
      .then((state) => (state.status === 'pending' ? state : settle(state)))
      .finally(() => inFlight.delete(pending.authReqId));
    inFlight.set(pending.authReqId, polling);
    return polling;
  }

  async function pollOnce(pending: PendingVerification, options?: TransportOptions): Promise<PollState> {
    const earliest = Math.max(
      pending.nextPollAt,
      (lastPollAt.get(pending.authReqId) ?? 0) + pending.interval * 1000,
    );
    const wait = earliest - now();
    if (wait > 0) await sleep(wait, options?.signal);
    if (options?.signal?.aborted) throw new VerificationError('cancelled', 'Cancelled');
    if (now() >= pending.expiresAt) return settle(expired(pending));
    lastPollAt.set(pending.authReqId, now());

    let response: HttpResponse;
    try {
      const { tokenEndpoint } = await provider(options);
      response = await postForm(
        'token',
        tokenEndpoint,
        form({ grant_type: CIBA_GRANT, auth_req_id: pending.authReqId, client_id: config.clientId }),
        options,
      );
    } catch (error) {
      if (!(error instanceof VerificationError) || error.code === 'cancelled') throw error;
      if (error.code.startsWith('network.') || error.code === 'provider.unavailable')
        return retryLater(pending, error);
      return { status: 'failed', error, pending };
    }
    if (isTransient(response)) {
      return retryLater(pending, providerError(response, 'Token'), retryAfterSeconds(response, now()));
    }
    const settled = { ...pending, failures: 0 };
    if (response.status === 200) return approved(settled, response);

    const error = oauthError(response);
    switch (error?.error) {
      case 'authorization_pending':
        return {
          status: 'pending',
          pending: next(settled, settled.interval),
          providerDescription: error.error_description,
        };
      case 'slow_down': {
        const interval = settled.interval + SLOW_DOWN_STEP;
        return {
          status: 'pending',
          pending: next({ ...settled, interval }, interval),
          providerDescription: error.error_description,
        };
      }
      case 'access_denied':
        return { status: 'denied', error: providerError(response, 'Token'), pending: settled };
      case 'expired_token':
        return { status: 'expired', error: providerError(response, 'Token'), pending: settled };
      default:
        return { status: 'failed', error: providerError(response, 'Token'), pending: settled };
    }
  }

  /** A terminal outcome: forget the request's poll times and whom it was for. */
  const settle = (outcome: VerificationOutcome): VerificationOutcome => {
    lastPollAt.delete(outcome.pending.authReqId);
    askedFor.delete(outcome.pending.authReqId);
    return outcome;
  };

  const next = (pending: PendingVerification, delaySeconds: number): PendingVerification => ({
    ...pending,
    nextPollAt: now() + delaySeconds * 1000,
  });

  function retryLater(
    pending: PendingVerification,
    error: VerificationError,
    retryAfter?: number,
  ): PollState {
    const failures = pending.failures + 1;
    // Back off exponentially from the interval, but never sooner than the provider's Retry-After.
    const backoff = Math.min(Math.max(pending.interval, 1) * 2 ** (failures - 1), MAX_BACKOFF_SECONDS);
    const updated = next({ ...pending, failures }, Math.max(pending.interval, backoff, retryAfter ?? 0));
    if (updated.nextPollAt >= pending.expiresAt) {
      return {
        status: 'failed',
        error: new VerificationError('provider.unavailable', error.message, error.details),
        pending,
      };
    }
    return { status: 'pending', pending: updated, retrying: error };
  }

  function expired(pending: PendingVerification): VerificationOutcome {
    return {
      status: 'expired',
      error: new VerificationError(
        'provider.expired_token',
        'The request expired before the customer answered',
      ),
      pending,
    };
  }

  async function approved(
    pending: PendingVerification,
    response: HttpResponse,
  ): Promise<VerificationOutcome> {
    try {
      const body = parseJson(response) as Record<string, unknown> | undefined;
      const idToken = body?.id_token;
      if (typeof idToken !== 'string') {
        throw new VerificationError('provider.bad_response', 'The token response has no id_token', {
          status: response.status,
        });
      }
      const { issuer: expectedIssuer } = await provider();
      const { claims, header } = await validateToken(idToken);
      const identity = identityFromClaims(claims, rulesFor(pending.eid), pending.eid, expectedIssuer);
      // The person who approved must be the person the challenge was sent to: the whole identifier when this
      // verifier sent it; after a resume in a new page, what the mask shows (the birth date; a phone's country code
      // and last digits), as nothing more was stored.
      const approvedAs = sentToValue(pending.identifierKind, identity);
      const asked = askedFor.get(pending.authReqId);
      if (
        approvedAs &&
        (asked !== undefined
          ? approvedAs !== asked
          : maskNationalId(pending.identifierKind, approvedAs) !== pending.sentTo)
      ) {
        throw new VerificationError(
          'token.identity_mismatch',
          'The ID token names another person than the one asked',
        );
      }
      return {
        status: 'approved',
        identity,
        pending,
        evidence: {
          issuer: expectedIssuer,
          subject: identity.subject,
          audience: config.clientId,
          eid: pending.eid,
          acr: identity.acr,
          levelOfAssurance: identity.levelOfAssurance,
          authReqId: pending.authReqId,
          transactionId: identity.transactionId,
          authenticatedAt: identity.authenticatedAt,
          verifiedAt: Math.floor(now() / 1000),
          idTokenSha256: hex(await sha256(idToken)),
          kid: header.kid,
          alg: header.alg ?? '',
        },
      };
    } catch (error) {
      if (!(error instanceof VerificationError)) throw error;
      return { status: 'failed', error, pending };
    }
  }

  async function validateToken(idToken: string, options: { now?: number } = {}): Promise<ValidatedIdToken> {
    const { issuer: expectedIssuer } = await provider();
    return validateIdToken(idToken, {
      issuer: expectedIssuer,
      audience: config.clientId,
      keys,
      algorithms: preset.algorithms,
      now: options.now ?? now(),
      clockSkewSeconds: config.clockSkewSeconds,
    });
  }

  async function waitForResult(
    pending: PendingVerification,
    options: WaitOptions = {},
  ): Promise<VerificationOutcome> {
    let current = pending;
    for (;;) {
      const state = await poll(current, options);
      if (state.status !== 'pending') return state;
      options.onPending?.(state);
      current = state.pending;
    }
  }

  return {
    start,
    poll,
    waitForResult,
    validateIdToken: validateToken,
    identifierKinds: (eid) => [...rulesFor(eid).identifierKinds],
    eids: () => Object.keys(preset.eids) as EidId[],
  };
}

function resolvePreset(broker: string | BrokerPreset): BrokerPreset {
  if (typeof broker !== 'string') return broker;
  const preset = (brokers as Record<string, BrokerPreset>)[broker];
  if (!preset) throw new VerificationError('config.invalid', `Unknown broker preset "${broker}"`);
  return preset;
}

function hintParameter(rules: BrokerEidRules, parsed: ParsedIdentifier, values: Record<string, string>) {
  const refuse = () =>
    new VerificationError(
      'identifier.kind_not_accepted',
      `This broker does not accept a ${parsed.kind} for this eID`,
    );
  if (rules.hint.param === 'login_hint') {
    const template = rules.hint.templates[parsed.kind];
    if (!template) throw refuse();
    return { login_hint: fill(template, values) };
  }
  const key = rules.hint.identifierKey[parsed.kind];
  if (!key) throw refuse();
  return {
    login_hint_token: JSON.stringify({ ...fillObject(rules.hint.template, values), [key]: parsed.value }),
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function fillObject(
  template: Record<string, string>,
  values: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fill(value, values)]));
}

/** The token's value of the identifier kind the challenge went to, normalised like the request's; if it has one. */
function sentToValue(kind: IdentifierKind, identity: VerifiedIdentity): string | undefined {
  if (kind !== 'phone') return identity.nationalId;
  if (!identity.phone) return undefined;
  // a phone claim we cannot read proves nothing either way
  return tryParseIdentifier('phone', identity.phone, { defaultCountry: identity.country })?.value;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => new VerificationError('cancelled', 'Cancelled');
    if (signal?.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
