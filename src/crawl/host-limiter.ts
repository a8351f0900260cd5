// Politeness: at most `perHost` requests in flight to one host, request starts to one host spaced
// by at least its delay, and at most `global` in flight overall. The host slot is taken (and the
// host's delay waited) before the global slot, so a request sleeping out one host's delay never
// holds a global slot that a request to another host could use.

/** Releases what `acquire` took; call exactly once. */
export type Release = () => void;

interface HostState {
  inFlight: number;
  /** When the latest request to this host started (or is booked to start), ms since epoch. */
  lastStart: number;
  /** No request to this host starts before this (set by a server's Retry-After). */
  blockedUntil: number;
  waiters: (() => void)[];
}

/** Sleeps `ms`, waking early (with the signal's reason) when aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Waits for a free slot in a counter-with-queue; resolves once counted in. */
function waitTurn(state: { inFlight: number; waiters: (() => void)[] }, cap: number, signal?: AbortSignal): Promise<void> {
  if (state.inFlight < cap) {
    state.inFlight++;
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const wake = () => {
      signal?.removeEventListener("abort", onAbort);
      state.inFlight++;
      resolve();
    };
    const onAbort = () => {
      const i = state.waiters.indexOf(wake);
      if (i >= 0) state.waiters.splice(i, 1);
      reject(signal!.reason);
    };
    if (signal?.aborted) return reject(signal.reason);
    state.waiters.push(wake);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Frees one slot and hands it to the next waiter, if any. */
function leave(state: { inFlight: number; waiters: (() => void)[] }): void {
  state.inFlight--;
  state.waiters.shift()?.();
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly all = { inFlight: 0, waiters: [] as (() => void)[] };

  constructor(
    private readonly global: number,
    private readonly perHost: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits until a request to `host` may start, `delayMs` after the previous start there. */
  async acquire(host: string, delayMs: number, signal?: AbortSignal): Promise<Release> {
    let h = this.hosts.get(host);
    if (!h) {
      h = { inFlight: 0, lastStart: Number.NEGATIVE_INFINITY, blockedUntil: 0, waiters: [] };
      this.hosts.set(host, h);
    }
    await waitTurn(h, this.perHost, signal);
    const state = h;
    try {
      // Reserve the start time before sleeping so concurrent callers queue up behind each other.
      const start = Math.max(this.now(), state.lastStart + delayMs, state.blockedUntil);
      state.lastStart = start;
      await sleep(start - this.now(), signal);
      await waitTurn(this.all, this.global, signal);
    } catch (err) {
      leave(state);
      throw err;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      leave(this.all);
      leave(state);
    };
  }

  /** Keeps every request to `host` waiting at least `ms` from now (after a 429/503 Retry-After). */
  pushBack(host: string, ms: number): void {
    const h = this.hosts.get(host);
    if (h) h.blockedUntil = Math.max(h.blockedUntil, this.now() + ms);
  }

  /** Requests in flight now, overall (for tests and the run summary). */
  inFlight(): number {
    return this.all.inFlight;
  }
}
