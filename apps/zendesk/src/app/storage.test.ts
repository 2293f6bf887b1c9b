import { describe, expect, it } from '@jest/globals';
import {
  isStale,
  localTicketStore,
  RESULT_TTL_MS,
  sweepStaleTickets,
  type FinishedResult,
} from './storage.js';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const NOW = Date.UTC(2026, 10, 24, 12);
const result = (finishedAt: number, note: FinishedResult['note'] = 'saved'): FinishedResult => ({
  status: 'denied',
  eid: 'mitid',
  finishedAt,
  note,
});

describe('ticket storage', () => {
  it('keeps one state per installation and ticket, and survives garbage', () => {
    const storage = new MemoryStorage();
    const a = localTicketStore(storage, 1, 10);
    a.save({ attempts: [{ at: NOW }] });
    expect(localTicketStore(storage, 1, 10).load()).toEqual({ attempts: [{ at: NOW }] });
    expect(localTicketStore(storage, 2, 10).load()).toEqual({ attempts: [] });
    storage.setItem(a.key, '{not json');
    expect(a.load()).toEqual({ attempts: [] });
  });

  it('sweeps old results but never a pending challenge or an unwritten note', () => {
    const storage = new MemoryStorage();
    const old = NOW - RESULT_TTL_MS - 1;
    localTicketStore(storage, 1, 1).save({ attempts: [{ at: old }], result: result(old) });
    localTicketStore(storage, 1, 2).save({ attempts: [{ at: old }], result: result(old, 'pending') });
    localTicketStore(storage, 1, 3).save({ attempts: [{ at: NOW }], result: result(NOW) });
    storage.setItem('someone-else', 'keep');
    sweepStaleTickets(storage, NOW);
    expect(storage.getItem('idverify:zendesk:v1:1:1')).toBeNull();
    expect(storage.getItem('idverify:zendesk:v1:1:2')).not.toBeNull();
    expect(storage.getItem('idverify:zendesk:v1:1:3')).not.toBeNull();
    expect(storage.getItem('someone-else')).toBe('keep');
    expect(isStale({ attempts: [], pending: undefined, result: result(old) }, NOW)).toBe(true);
  });
});
