import {
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type ProtectedHeaderParameters,
} from 'jose';
import { VerificationError, type ErrorCode } from '../errors.js';

/** Asymmetric algorithms only: never `none`, never HS* (a public key must not become an HMAC secret). */
export const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256'] as const;

export interface IdTokenValidationOptions {
  issuer: string;
  /** The client_id. */
  audience: string;
  keys: JWTVerifyGetKey;
  algorithms?: readonly string[];
  /** Epoch ms; default Date.now(). */
  now?: number;
  clockSkewSeconds?: number;
}

export interface ValidatedIdToken {
  claims: JWTPayload & Record<string, unknown>;
  header: ProtectedHeaderParameters;
}

/** Verifies signature, algorithm, iss, aud, exp, iat, nbf of an ID token. Every failure is a typed error. */
export async function validateIdToken(
  idToken: string,
  options: IdTokenValidationOptions,
): Promise<ValidatedIdToken> {
  const algorithms = (options.algorithms ?? DEFAULT_ALGORITHMS).filter((alg) => !/^(none|HS\d+)$/i.test(alg));
  const clockSkew = options.clockSkewSeconds ?? 60;
  const now = options.now ?? Date.now();
  try {
    const { payload, protectedHeader } = await jwtVerify(idToken, options.keys, {
      issuer: issuerVariants(options.issuer),
      audience: options.audience,
      algorithms,
      clockTolerance: clockSkew,
      currentDate: new Date(now),
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
    });
    // jose checks iat only for maxTokenAge; an ID token issued in the future is as suspicious as an expired one.
    if (typeof payload.iat !== 'number' || payload.iat > now / 1000 + clockSkew) {
      throw new VerificationError('token.not_yet_valid', 'The ID token was issued in the future', {
        claim: 'iat',
      });
    }
    return { claims: payload as ValidatedIdToken['claims'], header: protectedHeader };
  } catch (error) {
    throw toVerificationError(error);
  }
}

// OpenID Discovery requires an exact issuer match; tolerate only the trailing slash that configs often differ by.
function issuerVariants(issuer: string): string[] {
  const bare = issuer.replace(/\/+$/, '');
  return [bare, `${bare}/`];
}

function toVerificationError(error: unknown): VerificationError {
  if (error instanceof VerificationError) return error;
  const fail = (code: ErrorCode, message: string, claim?: string) =>
    new VerificationError(code, message, claim ? { claim, cause: error } : { cause: error });
  if (error instanceof errors.JWTExpired) return fail('token.expired', 'The ID token has expired', 'exp');
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return fail('token.wrong_issuer', 'The ID token was issued by another issuer', 'iss');
      case 'aud':
        return fail('token.wrong_audience', 'The ID token was issued to another client', 'aud');
      case 'nbf':
      case 'iat':
        return fail('token.not_yet_valid', 'The ID token is not valid yet', error.claim);
      default:
        return error.reason === 'missing'
          ? fail('token.missing_claim', `The ID token has no "${error.claim}" claim`, error.claim)
          : fail('token.malformed', `The ID token's "${error.claim}" claim is invalid`, error.claim);
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return fail('token.alg_not_allowed', 'The ID token is signed with an algorithm that is not allowed');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return fail('token.unknown_key', "The ID token's signing key is not in the provider's key set");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return fail('token.invalid_signature', "The ID token's signature is invalid");
  }
  if (error instanceof errors.JOSEError)
    return fail('token.malformed', `The ID token is malformed (${error.code})`);
  return fail('token.malformed', 'The ID token could not be read');
}
