import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkChallengeLimit } from './guard.js';

const MINUTE = 60_000;

describe('checkChallengeLimit', () => {
  it('allows 3 challenges per 10 minutes by default and says when the next one is allowed', () => {
    const now = 100 * MINUTE;
    expect(checkChallengeLimit([], { now })).toEqual({ allowed: true, remaining: 3 });
    expect(checkChallengeLimit([now - MINUTE, now - 2 * MINUTE], { now })).toEqual({
      allowed: true,
      remaining: 1,
    });
    const full = [now - 9 * MINUTE, now - 5 * MINUTE, now - MINUTE];
    expect(checkChallengeLimit(full, { now })).toEqual({
      allowed: false,
      remaining: 0,
      retryAt: now + MINUTE,
    });
    // Attempts older than the window do not count.
    expect(checkChallengeLimit([now - 11 * MINUTE, now - 10 * MINUTE, now - MINUTE], { now }).allowed).toBe(
      true,
    );
  });

  it('never allows more than `limit` challenges in any window (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 60 * MINUTE }), { maxLength: 40 }),
        (limit, requests) => {
          const windowMs = 10 * MINUTE;
          const granted: number[] = [];
          for (const at of [...requests].sort((a, b) => a - b)) {
            const decision = checkChallengeLimit(granted, { limit, windowMs, now: at });
            if (decision.allowed) granted.push(at);
            else expect(decision.retryAt).toBeGreaterThan(at);
          }
          for (const at of granted) {
            expect(granted.filter((t) => t > at - windowMs && t <= at).length).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
