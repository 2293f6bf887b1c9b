/**
 * The challenge limit: an agent (or a script in a compromised agent session) must not be able to flood a
 * customer's phone. The host keeps the times of earlier challenges for a record; the core decides.
 */
export const DEFAULT_CHALLENGE_LIMIT = { limit: 3, windowMs: 10 * 60 * 1000 } as const;

export interface ChallengeLimitOptions {
  limit?: number;
  windowMs?: number;
  now?: number;
}

export interface ChallengeLimitDecision {
  allowed: boolean;
  /** Challenges still allowed in the current window (after this one is not counted). */
  remaining: number;
  /** When the next challenge is allowed, epoch ms; only when not allowed. */
  retryAt?: number;
}

export function checkChallengeLimit(
  attempts: readonly number[],
  options: ChallengeLimitOptions = {},
): ChallengeLimitDecision {
  const limit = options.limit ?? DEFAULT_CHALLENGE_LIMIT.limit;
  const windowMs = options.windowMs ?? DEFAULT_CHALLENGE_LIMIT.windowMs;
  const now = options.now ?? Date.now();
  const recent = attempts.filter((t) => t > now - windowMs && t <= now).sort((a, b) => a - b);
  if (recent.length < limit) return { allowed: true, remaining: limit - recent.length };
  // The window frees a slot when the oldest counted attempt leaves it.
  const oldestCounted = recent[recent.length - limit]!;
  return { allowed: false, remaining: 0, retryAt: oldestCounted + windowMs };
}
