import type { EidId } from '../identity.js';
import type { EidProfile } from './types.js';

export const eids: Readonly<Record<EidId, EidProfile>> = {
  mitid: { id: 'mitid', country: 'DK', name: 'MitID', bindingMessageFromProvider: false },
  'bankid-se': { id: 'bankid-se', country: 'SE', name: 'BankID', bindingMessageFromProvider: false },
  'bankid-no': { id: 'bankid-no', country: 'NO', name: 'BankID', bindingMessageFromProvider: true },
  freja: { id: 'freja', country: 'SE', name: 'Freja eID', bindingMessageFromProvider: false },
};

export function isEidId(value: unknown): value is EidId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(eids, value);
}

/** The name shown to agents: brand name, with the country where two eIDs share one ("BankID (SE)"). */
export function eidLabel(eid: EidId): string {
  const profile = eids[eid];
  return profile.name === 'BankID' ? `${profile.name} (${profile.country})` : profile.name;
}
