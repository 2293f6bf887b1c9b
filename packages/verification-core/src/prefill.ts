import type { Locale } from './i18n/index.js';
import type { Country, EidId } from './identity.js';
import { NATIONAL_ID_KIND, tryParseIdentifier, type IdentifierKind } from './identifiers/index.js';
import { eids } from './profiles/eids.js';

/** What the CRM record knows about the customer: phone numbers in order of preference, maybe a national ID. */
export interface KnownIdentifiers {
  phones: readonly string[];
  nationalId?: string;
}

/**
 * The value to put in the identifier field for an eID that accepts `kinds` (the broker's order of preference):
 * the first kind the record has a valid value for. A national ID is offered only when it is valid for the kind,
 * so a Danish CPR never lands in a Swedish BankID field.
 */
export function prefillIdentifier(
  kinds: readonly IdentifierKind[],
  known: KnownIdentifiers,
): { kind: IdentifierKind; value: string } | undefined {
  for (const kind of kinds) {
    if (kind === 'phone') {
      const phone = known.phones.find((candidate) => tryParseIdentifier('phone', candidate));
      if (phone) return { kind, value: phone };
    } else if (known.nationalId && tryParseIdentifier(kind, known.nationalId)) {
      return { kind, value: known.nationalId };
    }
  }
  return undefined;
}

export interface SuggestEidOptions {
  /** The identifier kinds each eID takes (the verifier's identifierKinds): eIDs that can be prefilled win. */
  kindsOf?: (eid: EidId) => readonly IdentifierKind[];
  /** The customer's language, a hint to their country when the record has no number that tells. */
  locale?: Locale;
}

const LOCALE_COUNTRY: Partial<Record<Locale, Country>> = { da: 'DK', sv: 'SE', nb: 'NO' };

/**
 * The eID to preselect: one of the customer's country (from their phone, national ID, else language), preferring
 * one the record can prefill; else any that can be prefilled; else the first offered.
 */
export function suggestEid(
  offered: readonly EidId[],
  known: KnownIdentifiers,
  options: SuggestEidOptions = {},
): EidId | undefined {
  const country = countryOf(known) ?? (options.locale && LOCALE_COUNTRY[options.locale]);
  const local = offered.filter((eid) => eids[eid].country === country);
  const prefillable = (eid: EidId) =>
    !options.kindsOf || prefillIdentifier(options.kindsOf(eid), known) !== undefined;
  return local.find(prefillable) ?? local[0] ?? offered.find(prefillable) ?? offered[0];
}

function countryOf(known: KnownIdentifiers): Country | undefined {
  const fromPhone = known.phones.map((phone) => tryParseIdentifier('phone', phone)?.country).find(Boolean);
  if (fromPhone || !known.nationalId) return fromPhone;
  const { nationalId } = known;
  return Object.values(NATIONAL_ID_KIND)
    .map((kind) => tryParseIdentifier(kind, nationalId)?.country)
    .find(Boolean);
}
