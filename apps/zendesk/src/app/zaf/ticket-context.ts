import type { ZafClient } from './types.js';

/** What the sidebar needs to know about the open ticket and the agent. */
export interface TicketContext {
  ticketId: number;
  requester: {
    name?: string;
    email?: string;
    /** Phone identities of the requester, as entered in Zendesk. */
    phones: string[];
    /** The requester's language in Zendesk (a hint to their country when there is no phone number). */
    locale?: string;
    /** From the admin-configured user field, when there is one. */
    nationalId?: string;
  };
  /** The customer's number on a Talk call (the caller on inbound calls, the callee on outbound ones). */
  callPhone?: string;
  agent: { name?: string; locale?: string };
}

interface ZafIdentity {
  type?: string;
  value?: string;
}
interface ZafUser {
  name?: string;
  email?: string;
  locale?: string;
  identities?: ZafIdentity[];
}
interface ZafVia {
  channel?: string;
  source?: { rel?: string; from?: { phone?: string }; to?: { phone?: string } };
}

export async function readTicketContext(client: ZafClient): Promise<TicketContext> {
  const data = await client.get(['ticket.id', 'ticket.requester', 'ticket.via', 'currentUser']);
  const requester = (data['ticket.requester'] ?? {}) as ZafUser;
  const via = (data['ticket.via'] ?? {}) as ZafVia;
  const agent = (data.currentUser ?? {}) as ZafUser;
  const phones = (requester.identities ?? [])
    .filter((identity) => identity.type === 'phone_number' && identity.value)
    .map((identity) => identity.value!);
  const callPhone = talkPhone(via);
  return {
    ticketId: Number(data['ticket.id']),
    requester: {
      ...(requester.name ? { name: requester.name } : {}),
      ...(requester.email ? { email: requester.email } : {}),
      ...(requester.locale ? { locale: requester.locale } : {}),
      phones,
    },
    ...(callPhone ? { callPhone } : {}),
    agent: { ...(agent.name ? { name: agent.name } : {}), ...(agent.locale ? { locale: agent.locale } : {}) },
  };
}

/** The requester's national ID from the admin-configured user field, when it holds one. */
export async function withNationalId(
  client: ZafClient,
  context: TicketContext,
  field: string,
): Promise<TicketContext> {
  const path = `ticket.requester.customField:${field}`;
  const value = (await client.get([path]))[path];
  return typeof value === 'string' && value.trim()
    ? { ...context, requester: { ...context.requester, nationalId: value.trim() } }
    : context;
}

/** Talk tickets carry the call in `via`: `source.from` is the caller, `source.to` the callee (research §7). */
export function talkPhone(via: ZafVia): string | undefined {
  const source = via.source;
  if (!source) return undefined;
  const isCall =
    via.channel === 'voice' || via.channel === 'phone' || Boolean(source.from?.phone || source.to?.phone);
  if (!isCall) return undefined;
  return source.rel === 'outbound' ? source.to?.phone : source.from?.phone;
}
