// When and how long to wait before trying a request again. Only failures that are likely to pass
// are retried (network hiccups, 5xx, 429); a 404 or a refused address will not change by asking
// again, and a timeout already cost the full budget once.

/** Tuning for retries; fetch.ts takes these from its `opts` so tests can shrink them. */
export interface RetryTiming {
  /** First backoff, doubled per attempt (before jitter). */
  backoffBaseMs: number;
  /** Longest backoff between attempts. */
  backoffMaxMs: number;
  /** Longest Retry-After honoured; a server asking for more is given up on rather than hammered early. */
  retryAfterCapMs: number;
}

export const defaultRetryTiming: RetryTiming = { backoffBaseMs: 500, backoffMaxMs: 30_000, retryAfterCapMs: 60_000 };

/** Exponential backoff with full-range jitter (0.5x–1.5x) so parallel workers do not retry in step. */
export function backoffDelay(attempt: number, timing: RetryTiming, random: () => number = Math.random): number {
  const exp = Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** attempt);
  return Math.round(exp * (0.5 + random()));
}

/** Retry-After in ms (delta-seconds or an HTTP date), null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** HTTP statuses worth asking again for: rate limiting and server-side trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/** Socket-level error codes that are usually transient (a DNS name that does not exist is not). */
export function isRetryableNetworkCode(code: string | undefined): boolean {
  return code !== "ENOTFOUND";
}
