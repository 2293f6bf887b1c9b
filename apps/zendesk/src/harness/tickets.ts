// The harness's in-memory Zendesk: a few users and tickets (fictional people that dev-idp knows), and the parts of
// the Tickets API the app uses. Shapes follow Zendesk's REST API (tickets, comments, users, via).

export interface HarnessUser {
  id: number;
  name: string;
  email?: string;
  phone?: string;
  locale: string;
  role: 'end-user' | 'agent';
  /** User fields by key (the app's optional `national_id_field` setting points at one). */
  user_fields: Record<string, string | null>;
}

export interface HarnessComment {
  id: number;
  author_id: number;
  body: string;
  plain_body: string;
  public: boolean;
  created_at: string;
}

export interface HarnessTicket {
  id: number;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'solved';
  requester_id: number;
  tags: string[];
  via: {
    channel: string;
    source: { rel: string | null; from: Record<string, string>; to: Record<string, string> };
  };
  created_at: string;
  updated_at: string;
  comments: HarnessComment[];
}

export const AGENT_ID = 9001;

function at(minutesAgo: number): string {
  return new Date(Date.now() - minutesAgo * 60_000).toISOString();
}

function talk(from: string, fromFormatted: string): HarnessTicket['via'] {
  return {
    channel: 'voice',
    source: {
      rel: 'inbound',
      from: { phone: from, formatted_phone: fromFormatted, name: '' },
      to: { phone: '+4570707070', formatted_phone: '+45 70 70 70 70', name: 'Acme Support' },
    },
  };
}

const EMAIL_VIA: HarnessTicket['via'] = { channel: 'email', source: { rel: null, from: {}, to: {} } };

/** Fresh fixtures (each harness gets its own copy). */
export function createFixtures(): { users: HarnessUser[]; tickets: HarnessTicket[] } {
  const users: HarnessUser[] = [
    {
      id: AGENT_ID,
      name: 'Alex Agent',
      email: 'alex.agent@acme.example',
      locale: 'en-US',
      role: 'agent',
      user_fields: {},
    },
    {
      id: 501,
      name: 'Søren Ærø-Hansen',
      email: 'soren@example.dk',
      phone: '+4520123456',
      locale: 'da',
      role: 'end-user',
      user_fields: { national_id: '120385-1002' },
    },
    {
      id: 502,
      name: 'Åsa Öberg',
      email: 'asa.oberg@example.se',
      locale: 'sv',
      role: 'end-user',
      user_fields: { national_id: null },
    },
    {
      id: 503,
      name: 'Bjørn Æsøy',
      email: 'bjorn@example.no',
      phone: '+4791234567',
      locale: 'nb',
      role: 'end-user',
      user_fields: { national_id: '17047910013' },
    },
    {
      id: 504,
      name: 'Elin Sjöström',
      email: 'elin@example.se',
      phone: '+46704567890',
      locale: 'sv',
      role: 'end-user',
      user_fields: { national_id: null },
    },
    {
      // A record that does not fit the person who will approve (CPR of Frederik Løkke): shows a mismatch.
      id: 505,
      name: 'Karen Løkke',
      email: 'karen@example.dk',
      phone: '+4528456712',
      locale: 'da',
      role: 'end-user',
      user_fields: { national_id: '150601-4006' },
    },
  ];
  const comment = (id: number, author: number, body: string, minutesAgo: number): HarnessComment => ({
    id,
    author_id: author,
    body,
    plain_body: body,
    public: true,
    created_at: at(minutesAgo),
  });
  const ticket = (
    t: Omit<HarnessTicket, 'status' | 'tags' | 'created_at' | 'updated_at'>,
  ): HarnessTicket => ({
    status: 'open',
    tags: [],
    created_at: t.comments[0]!.created_at,
    updated_at: t.comments[0]!.created_at,
    ...t,
  });
  const tickets: HarnessTicket[] = [
    ticket({
      id: 101,
      subject: 'Call from +45 20 12 34 56: change of address',
      requester_id: 501,
      via: talk('+4520123456', '+45 20 12 34 56'),
      comments: [
        comment(
          1001,
          501,
          'Inbound call. The caller wants to change the delivery address on his account.',
          4,
        ),
      ],
    }),
    ticket({
      id: 102,
      subject: 'Byte av bankkonto för utbetalning',
      requester_id: 502,
      via: EMAIL_VIA,
      comments: [
        comment(1002, 502, 'Hej! Jag vill byta bankkonto för mina utbetalningar. Ring mig gärna. /Åsa', 35),
      ],
    }),
    ticket({
      id: 103,
      subject: 'Call from +47 91 23 45 67: lost card',
      requester_id: 503,
      via: talk('+4791234567', '+47 91 23 45 67'),
      comments: [
        comment(
          1003,
          503,
          'Inbound call. The caller lost his card and wants a new one sent to a new address.',
          2,
        ),
      ],
    }),
    ticket({
      id: 104,
      subject: 'Ny telefon – logga in igen?',
      requester_id: 504,
      via: EMAIL_VIA,
      comments: [comment(1004, 504, 'Jag har fått en ny telefon och kommer inte åt mitt konto.', 60)],
    }),
    ticket({
      id: 105,
      subject: 'Call from +45 28 45 67 12: cancel subscription',
      requester_id: 505,
      via: talk('+4528456712', '+45 28 45 67 12'),
      comments: [
        comment(
          1005,
          505,
          'Inbound call. The caller wants to cancel the subscription in Karen Løkke’s name.',
          1,
        ),
      ],
    }),
  ];
  return { users, tickets };
}

/** The Tickets API surface of the harness (what Zendesk's REST API does for the app's calls). */
export class TicketDesk {
  private readonly users: Map<number, HarnessUser>;
  private readonly tickets: Map<number, HarnessTicket>;
  private nextCommentId = 5000;

  constructor(fixtures = createFixtures()) {
    this.users = new Map(fixtures.users.map((u) => [u.id, u]));
    this.tickets = new Map(fixtures.tickets.map((t) => [t.id, t]));
  }

  list(): HarnessTicket[] {
    return [...this.tickets.values()];
  }

  ticket(id: number): HarnessTicket | undefined {
    return this.tickets.get(id);
  }

  user(id: number): HarnessUser | undefined {
    return this.users.get(id);
  }

  /** Comments oldest first, as Zendesk returns them unless sort_order=desc. */
  comments(id: number, order: 'asc' | 'desc' = 'asc'): HarnessComment[] {
    const comments = [...(this.tickets.get(id)?.comments ?? [])];
    return order === 'desc' ? comments.reverse() : comments;
  }

  internalNotes(id: number): HarnessComment[] {
    return this.comments(id).filter((c) => !c.public);
  }

  /** PUT /api/v2/tickets/:id.json: a comment (public or internal note), tags, status. */
  update(
    id: number,
    change: {
      comment?: { body?: string; public?: boolean };
      tags?: string[];
      additional_tags?: string[];
      status?: HarnessTicket['status'];
    },
  ): HarnessTicket | undefined {
    const ticket = this.tickets.get(id);
    if (!ticket) return undefined;
    if (change.comment?.body) {
      const body = String(change.comment.body);
      ticket.comments.push({
        id: this.nextCommentId++,
        author_id: AGENT_ID,
        body,
        plain_body: body,
        public: change.comment.public !== false,
        created_at: new Date().toISOString(),
      });
    }
    if (Array.isArray(change.tags)) ticket.tags = [...new Set(change.tags.map(String))];
    if (Array.isArray(change.additional_tags)) this.addTags(id, change.additional_tags.map(String));
    if (change.status) ticket.status = change.status;
    ticket.updated_at = new Date().toISOString();
    return ticket;
  }

  /** PUT /api/v2/tickets/:id/tags.json adds tags (POST would replace them). */
  addTags(id: number, tags: string[]): string[] | undefined {
    const ticket = this.tickets.get(id);
    if (!ticket) return undefined;
    ticket.tags = [
      ...new Set([
        ...ticket.tags,
        ...tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean),
      ]),
    ];
    return ticket.tags;
  }

  /** The REST representation (no comments inline). */
  toJson(ticket: HarnessTicket): Omit<HarnessTicket, 'comments'> & { description: string } {
    const { comments, ...rest } = ticket;
    return { ...rest, description: comments[0]?.body ?? '' };
  }
}
