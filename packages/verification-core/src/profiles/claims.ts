import { VerificationError } from '../errors.js';
import type { EidId, VerifiedIdentity } from '../identity.js';
import { NATIONAL_ID_KIND, tryParseIdentifier, type IdentifierKind } from '../identifiers/index.js';
import { prune } from '../prune.js';
import { eids } from './eids.js';
import type { BrokerEidRules } from './types.js';

/** Maps a validated ID token's claims to one VerifiedIdentity, using the broker's claim names for this eID. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  rules: BrokerEidRules,
  eid: EidId,
  issuer: string,
): VerifiedIdentity {
  const first = (paths: string[] | undefined): string | undefined => {
    for (const path of paths ?? []) {
      const value = claimAt(claims, path);
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (typeof value === 'number') return String(value);
    }
    return undefined;
  };
  const { country } = eids[eid];
  const givenName = first(rules.claims.givenName);
  const familyName = first(rules.claims.familyName);
  const fullName = first(rules.claims.fullName) ?? [givenName, familyName].filter(Boolean).join(' ');
  if (!fullName)
    throw new VerificationError('token.missing_claim', 'The ID token names no person', { claim: 'name' });

  const acr = typeof claims.acr === 'string' ? claims.acr : undefined;
  if (rules.requiredAcr) {
    if (!acr) throw new VerificationError('token.missing_claim', 'The ID token has no acr', { claim: 'acr' });
    if (acr !== rules.requiredAcr) {
      throw new VerificationError(
        'token.acr_mismatch',
        `The ID token's acr is ${acr}, not ${rules.requiredAcr}`,
        { claim: 'acr' },
      );
    }
  }
  const levelClaim = first(rules.claims.level);
  const levelOfAssurance = (levelClaim && rules.levels?.[levelClaim]) || rules.defaultLevel;

  const national = nationalId(first(rules.claims.nationalId), NATIONAL_ID_KIND[country]);
  const authTime = typeof claims.auth_time === 'number' ? claims.auth_time : (claims.iat as number);
  return prune({
    eid,
    country,
    fullName,
    givenName,
    familyName,
    birthDate: isoDate(first(rules.claims.birthDate)) ?? national?.birthDate,
    nationalId: national?.value,
    nationalIdMasked: national?.masked,
    phone: first(rules.claims.phone),
    levelOfAssurance,
    acr,
    subject: String(claims.sub),
    issuer,
    transactionId: first(rules.claims.transactionId),
    authenticatedAt: authTime,
  });
}

/** A claim by name, or by dot path: `mitid.uuid` may be a flat claim name (Signaturgruppen) or nested. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function nationalId(raw: string | undefined, kind: IdentifierKind) {
  if (!raw) return undefined;
  // A provider's number we cannot parse is still evidence; never show it unmasked.
  return (
    tryParseIdentifier(kind, raw) ?? {
      value: raw,
      masked: `${raw.slice(0, 6)}${'•'.repeat(Math.max(0, raw.length - 6))}`,
      birthDate: undefined,
    }
  );
}

function isoDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
