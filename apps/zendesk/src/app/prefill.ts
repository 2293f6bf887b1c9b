import type { IdentifierKind } from '@idverify/verification-core';
import type { TicketContext } from './zaf/ticket-context.js';

export type PrefillSource = 'call' | 'requester';

export interface Prefill {
  kind: IdentifierKind;
  value: string;
  source: PrefillSource;
}

/**
 * What the ticket already knows for an eID that accepts `kinds` (the core's identifierKinds, first = preferred):
 * the number of a Talk call first, then the requester's phone identity, then the national ID user field.
 */
export function prefillFor(kinds: IdentifierKind[], ticket: TicketContext): Prefill | undefined {
  for (const kind of kinds) {
    if (kind === 'phone') {
      if (ticket.callPhone) return { kind, value: ticket.callPhone, source: 'call' };
      const phone = ticket.requester.phones[0];
      if (phone) return { kind, value: phone, source: 'requester' };
    } else if (ticket.requester.nationalId) {
      return { kind, value: ticket.requester.nationalId, source: 'requester' };
    }
  }
  return undefined;
}
