import { prefillIdentifier, type IdentifierKind, type KnownIdentifiers } from '@idverify/verification-core';
import type { TicketContext } from './zaf/ticket-context.js';

export type PrefillSource = 'call' | 'requester';

export interface Prefill {
  kind: IdentifierKind;
  value: string;
  source: PrefillSource;
}

/** What the ticket knows about the customer: a Talk call's number first, then the requester's phones and national ID. */
export function knownIdentifiers(ticket: TicketContext): KnownIdentifiers {
  const phones = [ticket.callPhone, ...ticket.requester.phones].filter((phone): phone is string =>
    Boolean(phone),
  );
  return ticket.requester.nationalId ? { phones, nationalId: ticket.requester.nationalId } : { phones };
}

/** The core's prefill for an eID that accepts `kinds`, and where on the ticket the value came from. */
export function prefillFor(kinds: IdentifierKind[], ticket: TicketContext): Prefill | undefined {
  const prefill = prefillIdentifier(kinds, knownIdentifiers(ticket));
  return prefill && { ...prefill, source: prefill.value === ticket.callPhone ? 'call' : 'requester' };
}
