import {
  auditNote,
  checkChallengeLimit,
  isVerificationError,
  matchIdentity,
  requestIdOfAuditNote,
  VerificationError,
  type ChallengeLimitDecision,
  type EidId,
  type ErrorCode,
  type Locale,
  type PendingVerification,
  type VerificationOutcome,
  type Verifier,
} from '@idverify/verification-core';
import type { AppConfig } from './settings.js';
import type { Attempt, FinishedResult, FinishedStatus, StoredTicketState, TicketStore } from './storage.js';
import { commentText, type TicketComment, type TicketsApi } from './zaf/tickets.js';
import type { TicketContext } from './zaf/ticket-context.js';

export type Screen =
  | { name: 'loading' }
  | { name: 'form'; sending: boolean; error?: { code: ErrorCode; retryAt?: number } }
  | { name: 'waiting'; pending: PendingVerification }
  | { name: 'result'; result: FinishedResult };

export interface ControllerState {
  screen: Screen;
  limit: ChallengeLimitDecision;
}

/** The cross-tab lock (Web Locks API) that keeps two sidebars of one ticket from polling the same challenge. */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export interface ControllerDeps {
  verifier: Pick<Verifier, 'start' | 'waitForResult'>;
  tickets: TicketsApi;
  store: TicketStore;
  ticket: TicketContext;
  config: AppConfig;
  locale: Locale;
  now?: () => number;
  withLock?: LockRunner;
}

/**
 * The sidebar's flow, free of React: send → wait → result, with everything a reload must not lose kept in the
 * TicketStore, and the audit note written exactly once (guarded by the challenge's auth_req_id, which every
 * note carries, and by the cross-tab lock).
 */
export class VerificationController {
  private state: ControllerState;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly withLock: LockRunner;
  /** Challenges found in this app's notes on the ticket (any browser), by auth_req_id → note time. */
  private notedAttempts = new Map<string, number>();
  /** The first read of those notes: the form shows at once, a challenge waits for it (the limit needs it). */
  private notesRead: Promise<void> = Promise.resolve();
  private abort: AbortController | undefined;

  constructor(private readonly deps: ControllerDeps) {
    this.now = deps.now ?? Date.now;
    this.withLock = deps.withLock ?? ((_name, task) => task());
    this.state = {
      screen: { name: 'loading' },
      limit: { allowed: true, remaining: deps.config.challengeLimit },
    };
  }

  getState = (): ControllerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async init(): Promise<void> {
    this.notesRead = this.refreshNotes();
    const stored = this.deps.store.load();
    if (stored.pending) {
      this.set({ name: 'waiting', pending: stored.pending });
      void this.watch(stored.pending);
    } else if (stored.result) {
      this.set({ name: 'result', result: stored.result });
      if (stored.result.note === 'pending') await this.saveNoteAndTag(stored.result);
    } else {
      this.set({ name: 'form', sending: false });
    }
    await this.notesRead;
    this.set(this.state.screen);
  }

  async send(eid: EidId, identifier: string): Promise<void> {
    this.set({ name: 'form', sending: true });
    await this.notesRead;
    const limit = this.limit();
    if (!limit.allowed) {
      this.set({
        name: 'form',
        sending: false,
        error: { code: 'guard.limit_reached', ...(limit.retryAt ? { retryAt: limit.retryAt } : {}) },
      });
      return;
    }
    let pending: PendingVerification;
    try {
      pending = await this.deps.verifier.start({
        eid,
        identifier,
        company: this.deps.config.company,
      });
    } catch (error) {
      const code: ErrorCode = isVerificationError(error) ? error.code : 'network.error';
      if (code.startsWith('identifier.') || code.startsWith('config.')) {
        this.set({ name: 'form', sending: false, error: { code } });
        return;
      }
      // The challenge never reached the customer: nothing to note, but say what happened.
      const result: FinishedResult = {
        status: 'failed',
        eid,
        error: errorSummary(error, code),
        finishedAt: this.now(),
        note: 'skipped',
      };
      this.update((s) => ({ ...s, result }));
      this.set({ name: 'result', result });
      return;
    }
    this.update((s) => ({
      attempts: [...s.attempts, { at: pending.startedAt, authReqId: pending.authReqId }],
      pending,
    }));
    this.set({ name: 'waiting', pending });
    await this.watch(pending);
  }

  cancel(): void {
    this.abort?.abort(new VerificationError('cancelled', 'Cancelled by the agent'));
  }

  /** Back to the form for a new challenge (the flood limit still applies). */
  reset(): void {
    this.update((s) => ({ attempts: s.attempts }));
    this.set({ name: 'form', sending: false });
  }

  /** Polls one challenge to its end. Only one sidebar per ticket does this at a time (cross-tab lock). */
  private async watch(pending: PendingVerification): Promise<void> {
    await this.withLock(`idverify:${this.deps.store.key}`, async () => {
      // Another sidebar may have finished or cancelled it while we waited for the lock.
      const stored = this.deps.store.load();
      if (stored.pending?.authReqId !== pending.authReqId) {
        if (stored.result) this.set({ name: 'result', result: stored.result });
        else this.set({ name: 'form', sending: false });
        return;
      }
      const abort = new AbortController();
      this.abort = abort;
      let latest = stored.pending;
      let outcome: VerificationOutcome;
      let cancelled = false;
      try {
        outcome = await this.deps.verifier.waitForResult(latest, {
          signal: abort.signal,
          onPending: (state) => {
            latest = state.pending;
            this.update((s) => ({ ...s, pending: latest }));
          },
        });
      } catch (error) {
        cancelled = isVerificationError(error) && error.code === 'cancelled';
        const failure = isVerificationError(error)
          ? error
          : new VerificationError('network.error', String(error));
        outcome = { status: 'failed', error: failure, pending: latest };
      } finally {
        this.abort = undefined;
      }
      await this.finish(outcome, cancelled);
    });
  }

  private async finish(outcome: VerificationOutcome, cancelled: boolean): Promise<void> {
    const { config, ticket, locale } = this.deps;
    const status: FinishedStatus = cancelled ? 'cancelled' : outcome.status;
    const match =
      outcome.status === 'approved' ? matchIdentity(outcome.identity, crmRecord(ticket)) : undefined;
    const writesNote = status === 'approved' || config.noteOnFailure;
    const { pending } = outcome;
    const result: FinishedResult = {
      status,
      eid: pending.eid,
      authReqId: pending.authReqId,
      sentTo: pending.sentTo,
      bindingMessage: pending.bindingMessage,
      finishedAt: this.now(),
      note: writesNote ? 'pending' : 'skipped',
      ...(writesNote
        ? {
            noteText: auditNote(outcome, {
              locale,
              ...(ticket.agent.name ? { agent: ticket.agent.name } : {}),
              ...(match ? { match } : {}),
            }),
          }
        : {}),
    };
    if (outcome.status === 'approved') {
      const { nationalId: _unmasked, ...identity } = outcome.identity;
      result.identity = identity;
      result.match = match!;
    } else {
      result.error = errorSummary(outcome.error, outcome.error.code);
    }
    this.update((s) => ({ attempts: s.attempts, result }));
    this.set({ name: 'result', result });
    // Approved results always get a note (and the tag); the others when the admin asked for it.
    if (writesNote) await this.saveNoteAndTag(result);
  }

  /** Writes the note (once: skipped when a note with this auth_req_id is already on the ticket) and the tag. */
  private async saveNoteAndTag(result: FinishedResult): Promise<void> {
    const { tickets, ticket, config } = this.deps;
    let next: FinishedResult = { ...result };
    if (result.note === 'pending' && result.noteText && result.authReqId) {
      try {
        const comments = await tickets.comments(ticket.ticketId);
        // The read for the write-once guard also brings the limit's count of other browsers' challenges up to date.
        this.notedAttempts = notedAttempts(comments);
        if (!comments.some((c) => commentText(c).includes(result.authReqId!))) {
          await tickets.addInternalNote(ticket.ticketId, result.noteText);
        }
        next = { ...next, note: 'saved' };
        delete next.noteText;
      } catch {
        next = { ...next, note: 'failed' };
      }
    }
    if (result.status === 'approved' && config.successTag && !result.tagged) {
      try {
        await tickets.addTags(ticket.ticketId, [config.successTag]);
        next = { ...next, tagged: true };
      } catch {
        // The note is the audit record; a missing tag is not worth failing the result for.
      }
    }
    this.update((s) => (s.result?.authReqId === next.authReqId ? { ...s, result: next } : s));
    if (this.state.screen.name === 'result' && this.state.screen.result.authReqId === next.authReqId) {
      this.set({ name: 'result', result: next });
    }
    this.set(this.state.screen);
  }

  /** Earlier challenges on this ticket, from this app's notes (so they count in every browser). */
  private async refreshNotes(): Promise<void> {
    try {
      const comments = await this.deps.tickets.comments(this.deps.ticket.ticketId);
      this.notedAttempts = notedAttempts(comments);
    } catch {
      // Without the notes the limit falls back to this browser's own record.
    }
  }

  private limit(): ChallengeLimitDecision {
    const attempts = mergeAttempts(this.deps.store.load().attempts, this.notedAttempts);
    return checkChallengeLimit(attempts, {
      limit: this.deps.config.challengeLimit,
      windowMs: this.deps.config.challengeWindowMs,
      now: this.now(),
    });
  }

  private update(change: (state: StoredTicketState) => StoredTicketState): void {
    this.deps.store.save(change(this.deps.store.load()));
  }

  private set(screen: Screen): void {
    this.state = { screen, limit: this.limit() };
    for (const listener of this.listeners) listener();
  }
}

/** What the ticket knows about the customer, for matchIdentity. */
export function crmRecord(ticket: TicketContext): { name?: string; phone?: string; nationalId?: string } {
  const phone = ticket.callPhone ?? ticket.requester.phones[0];
  return {
    ...(ticket.requester.name ? { name: ticket.requester.name } : {}),
    ...(phone ? { phone } : {}),
    ...(ticket.requester.nationalId ? { nationalId: ticket.requester.nationalId } : {}),
  };
}

/**
 * This app's notes carry the challenge's auth_req_id (the core's audit text): map each to the note's time. The note
 * is written after the challenge was sent, so its time is a conservative stand-in for the send time.
 */
export function notedAttempts(comments: TicketComment[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const comment of comments) {
    if (comment.public) continue;
    const authReqId = requestIdOfAuditNote(commentText(comment));
    const at = Date.parse(comment.created_at);
    if (authReqId && Number.isFinite(at)) found.set(authReqId, at);
  }
  return found;
}

/** One time per challenge: this browser's send time where it has one, else the note's time. */
export function mergeAttempts(local: Attempt[], noted: Map<string, number>): number[] {
  const times = new Map<string, number>(noted);
  const anonymous: number[] = [];
  for (const attempt of local) {
    if (attempt.authReqId) times.set(attempt.authReqId, attempt.at);
    else anonymous.push(attempt.at);
  }
  return [...times.values(), ...anonymous];
}

function errorSummary(error: unknown, code: ErrorCode): NonNullable<FinishedResult['error']> {
  const details = isVerificationError(error) ? error.details : {};
  return {
    code,
    ...(details.providerDescription ? { providerDescription: details.providerDescription } : {}),
    ...(details.retryAt ? { retryAt: details.retryAt } : {}),
  };
}
