import type {
  EidId,
  ErrorCode,
  MatchResult,
  PendingVerification,
  VerifiedIdentity,
} from '@idverify/verification-core';

/** One challenge this browser sent, so the flood limit counts it before its note exists. */
export interface Attempt {
  at: number;
  authReqId?: string;
}

export type FinishedStatus = 'approved' | 'denied' | 'expired' | 'failed' | 'cancelled';
export type NoteState = 'pending' | 'saved' | 'failed' | 'skipped';

/** A finished verification as kept for the result view: never an unmasked national ID. */
export interface FinishedResult {
  status: FinishedStatus;
  eid: EidId;
  /** Absent when the challenge never reached the provider (e.g. provider down). */
  authReqId?: string;
  sentTo?: string;
  bindingMessage?: string;
  identity?: Omit<VerifiedIdentity, 'nationalId'>;
  match?: MatchResult;
  error?: { code: ErrorCode; providerDescription?: string; retryAt?: number };
  finishedAt: number;
  /** The internal note's text, kept until it is saved so a reload can finish the job. */
  noteText?: string;
  note: NoteState;
  tagged?: boolean;
}

export interface StoredTicketState {
  attempts: Attempt[];
  pending?: PendingVerification;
  result?: FinishedResult;
}

export interface TicketStore {
  readonly key: string;
  load(): StoredTicketState;
  save(state: StoredTicketState): void;
}

/**
 * Per ticket and installation in localStorage, so a reload of the sidebar resumes a pending challenge (its
 * PendingVerification is plain JSON) and shows a finished result instead of losing it.
 */
export function localTicketStore(
  storage: Storage,
  installationId: number | string,
  ticketId: number,
): TicketStore {
  const key = `${PREFIX}${installationId}:${ticketId}`;
  return {
    key,
    load() {
      try {
        const value = JSON.parse(storage.getItem(key) ?? 'null') as StoredTicketState | null;
        return value && Array.isArray(value.attempts) ? value : { attempts: [] };
      } catch {
        return { attempts: [] };
      }
    },
    save(state) {
      try {
        storage.setItem(key, JSON.stringify(state));
      } catch {
        // Storage full or disabled: the app still works, it only cannot resume after a reload.
      }
    },
  };
}

/** How long a finished result stays on screen for a ticket (and in the browser) before the form comes back. */
export const RESULT_TTL_MS = 30 * 60_000;
const PREFIX = 'idverify:zendesk:v1:';

/** Whether a stored ticket state is only an old result: nothing pending, nothing left to write. */
export function isStale(state: StoredTicketState, now: number): boolean {
  if (state.pending || state.result?.note === 'pending') return false;
  const last = Math.max(state.result?.finishedAt ?? 0, ...state.attempts.map((a) => a.at));
  return now - last > RESULT_TTL_MS;
}

/**
 * Removes this app's stale entries (old results hold names and birth dates; they should not linger on an agent's
 * machine). The flood limit does not need them: it also counts the notes on the ticket.
 */
export function sweepStaleTickets(storage: Storage, now: number): void {
  try {
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const state = JSON.parse(storage.getItem(key) ?? 'null') as StoredTicketState | null;
      if (!state || !Array.isArray(state.attempts) || isStale(state, now)) storage.removeItem(key);
    }
  } catch {
    // Storage unavailable or unreadable: nothing to sweep.
  }
}

export function memoryTicketStore(initial: StoredTicketState = { attempts: [] }): TicketStore {
  let state = structuredClone(initial);
  return {
    key: 'memory',
    load: () => structuredClone(state),
    save: (next) => void (state = structuredClone(next)),
  };
}
