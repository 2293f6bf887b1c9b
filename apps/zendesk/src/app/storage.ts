import type { EidId, ErrorCode, MatchResult, PendingVerification, VerifiedIdentity } from '@idverify/verification-core';

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
export function localTicketStore(storage: Storage, installationId: number | string, ticketId: number): TicketStore {
  const key = `idverify:zendesk:v1:${installationId}:${ticketId}`;
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

export function memoryTicketStore(initial: StoredTicketState = { attempts: [] }): TicketStore {
  let state = structuredClone(initial);
  return { key: 'memory', load: () => structuredClone(state), save: (next) => void (state = structuredClone(next)) };
}
