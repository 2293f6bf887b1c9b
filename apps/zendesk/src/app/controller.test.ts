import { describe, expect, it } from '@jest/globals';
import {
  VerificationError,
  type PendingVerification,
  type VerificationOutcome,
  type Verifier,
} from '@idverify/verification-core';
import { mergeAttempts, notedAttempts, VerificationController } from './controller.js';
import type { AppConfig } from './settings.js';
import { memoryTicketStore, type StoredTicketState } from './storage.js';
import type { TicketComment, TicketsApi } from './zaf/tickets.js';
import type { TicketContext } from './zaf/ticket-context.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0);
const config: AppConfig = {
  broker: 'idura',
  issuer: 'https://acme.idura.broker',
  clientId: 'acme',
  enabledEids: ['mitid'],
  company: 'Acme',
  challengeLimit: 3,
  challengeWindowMs: 600_000,
  noteOnFailure: true,
  successTag: 'identity_verified',
};
const ticket: TicketContext = {
  ticketId: 7,
  requester: { name: 'Søren Ærø-Hansen', phones: ['+4520123456'] },
  callPhone: '+4520123456',
  agent: { name: 'Alex', locale: 'en' },
};

function pending(id = 'req-1'): PendingVerification {
  return {
    authReqId: id,
    eid: 'mitid',
    issuer: config.issuer,
    clientId: 'acme',
    brokerId: 'idura',
    sentTo: '120385-••••',
    bindingMessage: 'Acme 4821',
    bindingMessageSource: 'client',
    startedAt: NOW,
    expiresAt: NOW + 120_000,
    interval: 5,
    nextPollAt: NOW + 5000,
    identifierKind: 'dk-cpr',
    failures: 0,
  };
}

function approved(p: PendingVerification): VerificationOutcome {
  return {
    status: 'approved',
    pending: p,
    identity: {
      eid: 'mitid',
      country: 'DK',
      fullName: 'Søren Ærø-Hansen',
      birthDate: '1985-03-12',
      nationalId: '1203851002',
      nationalIdMasked: '120385-••••',
      levelOfAssurance: 'substantial',
      subject: 'sub',
      issuer: config.issuer,
      authenticatedAt: NOW / 1000,
    },
    evidence: {
      issuer: config.issuer,
      subject: 'sub',
      audience: 'acme',
      eid: 'mitid',
      levelOfAssurance: 'substantial',
      authReqId: p.authReqId,
      authenticatedAt: NOW / 1000,
      verifiedAt: NOW / 1000,
      idTokenSha256: 'hash',
      alg: 'RS256',
    },
  };
}

function fakeTickets(comments: TicketComment[] = []) {
  const api = {
    comments,
    tags: [] as string[],
    notesWritten: 0,
  };
  const tickets: TicketsApi = {
    comments: async () => [...api.comments].reverse(),
    addInternalNote: async (_id, body) => {
      api.notesWritten++;
      api.comments.push({
        id: api.comments.length + 1,
        body,
        public: false,
        created_at: new Date(NOW + 1000).toISOString(),
      });
    },
    addTags: async (_id, tags) => void api.tags.push(...tags),
  };
  return { api, tickets };
}

function fakeVerifier(behaviour: {
  start?: () => Promise<PendingVerification>;
  wait?: (p: PendingVerification, signal?: AbortSignal) => Promise<VerificationOutcome>;
}) {
  let starts = 0;
  const verifier: Pick<Verifier, 'start' | 'waitForResult'> = {
    start: async () => (starts++, behaviour.start ? behaviour.start() : pending()),
    waitForResult: async (p, options) => (behaviour.wait ? behaviour.wait(p, options?.signal) : approved(p)),
  };
  return { verifier, starts: () => starts };
}

function controller(deps: {
  verifier: Pick<Verifier, 'start' | 'waitForResult'>;
  tickets: TicketsApi;
  stored?: StoredTicketState;
  noteOnFailure?: boolean;
}) {
  const store = memoryTicketStore(deps.stored);
  const c = new VerificationController({
    verifier: deps.verifier,
    tickets: deps.tickets,
    store,
    ticket,
    config: { ...config, noteOnFailure: deps.noteOnFailure ?? true },
    locale: 'en',
    now: () => NOW,
  });
  return { c, store };
}

describe('VerificationController', () => {
  it('approve: shows the identity without the unmasked national ID, writes one note and the tag', async () => {
    const { api, tickets } = fakeTickets();
    const { c, store } = controller({ verifier: fakeVerifier({}).verifier, tickets });
    await c.init();
    expect(c.getState().screen.name).toBe('form');
    await c.send('mitid', '120385-1002');
    const screen = c.getState().screen;
    expect(screen.name).toBe('result');
    if (screen.name !== 'result') return;
    expect(screen.result.status).toBe('approved');
    expect(screen.result.note).toBe('saved');
    expect(screen.result.match?.verdict).toBe('match');
    expect(JSON.stringify(store.load())).not.toContain('1203851002');
    expect(api.notesWritten).toBe(1);
    expect(api.comments[0]!.body).toContain('auth_req_id: req-1');
    expect(api.tags).toEqual(['identity_verified']);
    expect(c.getState().limit).toEqual({ allowed: true, remaining: 2 });
  });

  it('a reload after the note was written does not write it again', async () => {
    const first = fakeTickets();
    const { c, store } = controller({ verifier: fakeVerifier({}).verifier, tickets: first.tickets });
    await c.init();
    await c.send('mitid', '120385-1002');
    // Simulate a crash between writing the note and recording that it was written.
    const state = store.load();
    state.result = { ...state.result!, note: 'pending', noteText: 'Identity verified…\nauth_req_id: req-1' };
    const again = controller({ verifier: fakeVerifier({}).verifier, tickets: first.tickets, stored: state });
    await again.c.init();
    expect(again.c.getState().screen).toMatchObject({ name: 'result', result: { note: 'saved' } });
    expect(first.api.notesWritten).toBe(1);
  });

  it('a reload mid-verification resumes polling the stored challenge', async () => {
    const { api, tickets } = fakeTickets();
    const fake = fakeVerifier({});
    const stored: StoredTicketState = {
      attempts: [{ at: NOW, authReqId: 'req-9' }],
      pending: pending('req-9'),
    };
    const { c } = controller({ verifier: fake.verifier, tickets, stored });
    await c.init();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(c.getState().screen).toMatchObject({
      name: 'result',
      result: { status: 'approved', authReqId: 'req-9' },
    });
    expect(fake.starts()).toBe(0);
    expect(api.notesWritten).toBe(1);
  });

  it('cancel: stops waiting and notes the cancellation', async () => {
    const { api, tickets } = fakeTickets();
    const wait = (_p: PendingVerification, signal?: AbortSignal) =>
      new Promise<VerificationOutcome>((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason)),
      );
    const { c } = controller({ verifier: fakeVerifier({ wait }).verifier, tickets });
    await c.init();
    const sending = c.send('mitid', '120385-1002');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(c.getState().screen.name).toBe('waiting');
    c.cancel();
    await sending;
    expect(c.getState().screen).toMatchObject({
      name: 'result',
      result: { status: 'cancelled', note: 'saved' },
    });
    expect(api.notesWritten).toBe(1);
    expect(api.tags).toEqual([]);
  });

  it('denied without notes for failures: no note, but the attempt counts', async () => {
    const { api, tickets } = fakeTickets();
    const wait = async (p: PendingVerification): Promise<VerificationOutcome> => ({
      status: 'denied',
      pending: p,
      error: new VerificationError('provider.access_denied', 'denied'),
    });
    const { c } = controller({ verifier: fakeVerifier({ wait }).verifier, tickets, noteOnFailure: false });
    await c.init();
    await c.send('mitid', '120385-1002');
    expect(c.getState().screen).toMatchObject({
      name: 'result',
      result: { status: 'denied', note: 'skipped' },
    });
    expect(api.notesWritten).toBe(0);
    expect(c.getState().limit.remaining).toBe(2);
  });

  it('an invalid identifier stays on the form; a provider that is down gives a failed result without a note', async () => {
    const { api, tickets } = fakeTickets();
    const invalid = fakeVerifier({
      start: async () => Promise.reject(new VerificationError('identifier.invalid_date', 'x')),
    });
    const { c } = controller({ verifier: invalid.verifier, tickets });
    await c.init();
    await c.send('mitid', '320185-1002');
    expect(c.getState().screen).toEqual({
      name: 'form',
      sending: false,
      error: { code: 'identifier.invalid_date' },
    });
    const down = fakeVerifier({
      start: async () => Promise.reject(new VerificationError('provider.unavailable', 'x', { status: 503 })),
    });
    const other = controller({ verifier: down.verifier, tickets });
    await other.c.init();
    await other.c.send('mitid', '120385-1002');
    expect(other.c.getState().screen).toMatchObject({
      name: 'result',
      result: { status: 'failed', note: 'skipped', error: { code: 'provider.unavailable' } },
    });
    expect(api.notesWritten).toBe(0);
  });

  it('counts earlier challenges from the app’s notes on the ticket (any browser) and enforces the limit', async () => {
    const note = (id: string, label: string, minutesAgo: number): TicketComment => ({
      id: 1,
      public: false,
      body: `…\n${label}: ${id}\n…`,
      created_at: new Date(NOW - minutesAgo * 60_000).toISOString(),
    });
    const { tickets } = fakeTickets([
      note('a', 'auth_req_id', 2),
      note('b', 'auth_req_id', 3),
      note('c', 'auth_req_id', 30),
    ]);
    const fake = fakeVerifier({});
    const { c } = controller({
      verifier: fake.verifier,
      tickets,
      stored: { attempts: [{ at: NOW - 60_000, authReqId: 'x' }] },
    });
    await c.init();
    expect(c.getState().limit.allowed).toBe(false);
    await c.send('mitid', '120385-1002');
    expect(c.getState().screen).toMatchObject({ name: 'form', error: { code: 'guard.limit_reached' } });
    expect(fake.starts()).toBe(0);
  });

  it('shows the form before the notes are read; a challenge sent meanwhile waits for them and their limit', async () => {
    const notes = [1, 2, 3].map((minutesAgo): TicketComment => ({
      id: minutesAgo,
      public: false,
      body: `…\nauth_req_id: n${minutesAgo}\n…`,
      created_at: new Date(NOW - minutesAgo * 60_000).toISOString(),
    }));
    let readNotes: (comments: TicketComment[]) => void = () => {};
    const { tickets } = fakeTickets();
    tickets.comments = () => new Promise((resolve) => (readNotes = resolve));
    const fake = fakeVerifier({});
    const { c } = controller({ verifier: fake.verifier, tickets });
    const started = c.init();
    expect(c.getState().screen).toMatchObject({ name: 'form', sending: false });
    const sent = c.send('mitid', '120385-1002');
    expect(c.getState().screen).toMatchObject({ name: 'form', sending: true });
    readNotes(notes);
    await Promise.all([started, sent]);
    expect(c.getState().screen).toMatchObject({ name: 'form', error: { code: 'guard.limit_reached' } });
    expect(fake.starts()).toBe(0);
  });
});

describe('attempts', () => {
  it('reads auth_req_ids from internal notes only, and merges them with this browser’s record', () => {
    const comments: TicketComment[] = [
      { id: 1, public: false, body: 'x\nauth_req_id: abc\ny', created_at: new Date(NOW).toISOString() },
      { id: 2, public: true, body: 'auth_req_id: public', created_at: new Date(NOW).toISOString() },
    ];
    const noted = notedAttempts(comments);
    expect([...noted.keys()]).toEqual(['abc']);
    expect(mergeAttempts([{ at: NOW - 5000, authReqId: 'abc' }, { at: NOW - 1000 }], noted).sort()).toEqual(
      [NOW - 5000, NOW - 1000].sort(),
    );
  });
});
