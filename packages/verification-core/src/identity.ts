/** The eIDs the product supports. */
export type EidId = 'mitid' | 'bankid-se' | 'bankid-no' | 'freja';
export type Country = 'DK' | 'SE' | 'NO';
export type LevelOfAssurance = 'low' | 'substantial' | 'high';

/** One verified person, whatever broker and eID produced it. Dates are ISO `YYYY-MM-DD`. */
export interface VerifiedIdentity {
  eid: EidId;
  country: Country;
  fullName: string;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
  /** Normalised national identity number (CPR 10 digits, personnummer 12, fødselsnummer 11). Show only masked. */
  nationalId?: string;
  /** Masked display form of nationalId, e.g. `010190-••••`. */
  nationalIdMasked?: string;
  phone?: string;
  levelOfAssurance: LevelOfAssurance;
  /** The token's `acr`, or the broker's equivalent claim. */
  acr?: string;
  /** `sub` of the ID token: the broker's stable pseudonym for this person. */
  subject: string;
  issuer: string;
  /** The broker's transaction reference when it sends one (e.g. MitID transaction id). */
  transactionId?: string;
  /** Epoch seconds of the authentication (auth_time / iat). */
  authenticatedAt: number;
}
