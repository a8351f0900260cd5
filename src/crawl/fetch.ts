// The one way wallwatch talks HTTP: polite (robots.txt, per-host spacing and concurrency), bounded
// (connect/total/stall timeouts, size cap, redirect cap) and guarded (no private addresses unless
// the source says so). Every failure comes out as one WallwatchError line: "fetch: <url>: <cause>".
// Redirects are followed by hand so each hop passes the address guard and robots.txt again.
import { Agent, request } from "undici";
import type { Config } from "../config.ts";
import { WallwatchError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { guardedLookup, hostLiteral, isNonPublicAddress, type LookupFunction, plainLookup, RefusedAddressError, systemLookup } from "./address-guard.ts";
import { BodyLimitError, decodeContent, formatMs, readCapped } from "./body.ts";
import { HostLimiter, sleep } from "./host-limiter.ts";
import { backoffDelay, defaultRetryTiming, isRetryableNetworkCode, isRetryableStatus, parseRetryAfter, type RetryTiming } from "./retry.ts";
import { type RobotsFetchOutcome, RobotsCache } from "./robots.ts";
import type { Fetcher, FetchRequest, FetchResult } from "./types.ts";

/** Knobs that are not user config: injected by tests (fast timings, fake DNS) or left at defaults. */
export interface FetcherOptions {
  /** DNS lookup used for every connection (default: the system resolver). */
  lookup?: LookupFunction;
  /** Which addresses the guard refuses (default: isNonPublicAddress). */
  isRefusedAddress?: (address: string) => boolean;
  /** Backoff base/max and the Retry-After cap. */
  retry?: Partial<RetryTiming>;
  /** How long a fetched robots.txt is trusted (default 24 h). */
  robotsTtlMs?: number;
  /** Highest Crawl-delay honoured; a site asking for more is crawled at this spacing (default 60 s). */
  maxCrawlDelayMs?: number;
  /** Randomness for backoff jitter (tests pin it). */
  random?: () => number;
}

/** A fetch.http_status error that also carries the status as a number (for per-source failure state). */
export class HttpStatusError extends WallwatchError {
  constructor(
    message: string,
    readonly status: number,
    /** Retry-After in ms, when the server sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super("fetch.http_status", message);
  }
}

const acceptHeaders: Record<NonNullable<FetchRequest["accept"]>, string> = {
  feed: "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  html: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
  any: "*/*",
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** One HTTP exchange's result before redirect handling. */
interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  bytes: number;
}

/** Creates the run's shared fetcher; call close() when the run ends. */
export function createFetcher(crawl: Config["crawl"], log: Logger, opts: FetcherOptions = {}): Fetcher {
  const timing: RetryTiming = { ...defaultRetryTiming, ...opts.retry };
  const refuse = opts.isRefusedAddress ?? isNonPublicAddress;
  const lookup = opts.lookup ?? systemLookup;
  const agentFor = (lookupFn: LookupFunction) =>
    // Timeouts are ours (below), not undici's: its timers are coarse and we want one message per cause.
    new Agent({ connect: { timeout: crawl.connectTimeoutMs, lookup: lookupFn as never }, headersTimeout: 0, bodyTimeout: 0 });
  const guarded = agentFor(guardedLookup(lookup, refuse));
  const open = agentFor(plainLookup(lookup));
  const limiter = new HostLimiter(crawl.concurrency, crawl.perHostConcurrency);
  const counts = { requests: 0, bytes: 0, retries: 0 };
  const maxCrawlDelayMs = opts.maxCrawlDelayMs ?? 60_000;
  let closed = false;

  const fail = (url: string, kind: WallwatchError["kind"], cause: string) => new WallwatchError(kind, `fetch: ${url}: ${cause}`);

  /** One GET, within the timeouts and the size cap; throws WallwatchError for every failure. */
  const exchangeOnce = async (url: URL, headers: Record<string, string>, allowPrivate: boolean, signal?: AbortSignal): Promise<Exchange> => {
    const ctl = new AbortController();
    let timedOut: WallwatchError | null = null;
    let gotHeaders = false;
    const timer = setTimeout(() => {
      timedOut = fail(url.href, "fetch.timeout", gotHeaders ? `body not complete within ${formatMs(crawl.totalTimeoutMs)}` : `no response within ${formatMs(crawl.totalTimeoutMs)}`);
      ctl.abort(timedOut);
    }, crawl.totalTimeoutMs);
    const onCallerAbort = () => ctl.abort(fail(url.href, "fetch.network", "aborted"));
    signal?.addEventListener("abort", onCallerAbort, { once: true });
    counts.requests++;
    try {
      const res = await request(url, { method: "GET", headers, dispatcher: allowPrivate ? open : guarded, signal: ctl.signal });
      gotHeaders = true;
      const flat: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
      const declared = Number(flat["content-length"]);
      if (res.statusCode >= 200 && res.statusCode < 300 && declared > crawl.maxBytes) {
        res.body.destroy();
        throw fail(url.href, "fetch.too_large", `Content-Length ${declared} exceeds the ${crawl.maxBytes}-byte limit`);
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        // Error and redirect bodies are not wanted; read a little so the connection can be reused.
        await res.body.dump({ limit: 64 * 1024 }).catch(() => {});
        return { status: res.statusCode, headers: flat, body: Buffer.alloc(0), bytes: 0 };
      }
      let wire = 0;
      const raw = await readCapped(res.body, crawl.maxBytes, crawl.stallTimeoutMs, (n) => {
        wire += n;
        counts.bytes += n;
      });
      const body = await decodeContent(raw, flat["content-encoding"], crawl.maxBytes);
      return { status: res.statusCode, headers: flat, body, bytes: wire };
    } catch (err) {
      if (timedOut) throw timedOut;
      if (signal?.aborted) throw fail(url.href, "fetch.network", "aborted");
      throw classify(url, err);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    }
  };

  /** Sorts a thrown value from undici/zlib/the guard into a WallwatchError. */
  const classify = (url: URL, err: unknown): WallwatchError => {
    if (err instanceof WallwatchError) return err;
    if (err instanceof BodyLimitError) {
      const kind = err.reason === "too_large" ? "fetch.too_large" : err.reason === "stalled" ? "fetch.timeout" : "fetch.network";
      return fail(url.href, kind, err.message);
    }
    let e = err as (Error & { code?: string; cause?: unknown }) | undefined;
    let socketClosed = false;
    for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
      // undici's generic socket error may wrap a more telling errno; look further first.
      if (e.code === "UND_ERR_SOCKET") socketClosed = true;
      if (e instanceof RefusedAddressError) return fail(url.href, "fetch.refused_address", `refused: ${e.hostname} resolves to non-public address ${e.address}`);
      if (e.code === "UND_ERR_CONNECT_TIMEOUT") return fail(url.href, "fetch.timeout", `could not connect within ${formatMs(crawl.connectTimeoutMs)}`);
      if (e.code && e.code !== "UND_ERR_SOCKET" && /^[A-Z_]+$/.test(e.code)) {
        const words: Record<string, string> = { ECONNREFUSED: "connection refused", ECONNRESET: "connection reset", ENOTFOUND: "host not found", EAI_AGAIN: "DNS lookup failed" };
        return Object.assign(fail(url.href, "fetch.network", `${words[e.code] ?? e.message.split("\n")[0]} (${e.code})`), { code: e.code });
      }
    }
    // A server (or a keep-alive race) closing the socket mid-exchange is transient for a GET: keep the code so it is retried.
    if (socketClosed) return Object.assign(fail(url.href, "fetch.network", "connection closed by the server (UND_ERR_SOCKET)"), { code: "UND_ERR_SOCKET" });
    const first = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return fail(url.href, "fetch.network", first || "network error");
  };

  /** exchangeOnce under the politeness limits, retried with backoff on transient failures. */
  const exchange = async (url: URL, headers: Record<string, string>, allowPrivate: boolean, delayMs: number, signal?: AbortSignal): Promise<Exchange> => {
    for (let attempt = 0; ; attempt++) {
      let wait: number | null = null;
      let error: WallwatchError;
      const release = await limiter.acquire(url.host, delayMs, signal).catch(() => {
        throw fail(url.href, "fetch.network", "aborted");
      });
      try {
        const ex = await exchangeOnce(url, headers, allowPrivate, signal);
        if (!isRetryableStatus(ex.status)) return ex;
        const after = parseRetryAfter(ex.headers["retry-after"]);
        error = new HttpStatusError(`fetch: ${url.href}: HTTP ${ex.status}${after !== null ? ` (Retry-After ${formatMs(after)})` : ""}`, ex.status, after);
        if (after !== null && after > timing.retryAfterCapMs) throw error; // asked to stay away longer than we wait: give up politely
        if (after !== null) limiter.pushBack(url.host, after);
        wait = after ?? backoffDelay(attempt, timing, opts.random);
      } catch (err) {
        if (!(err instanceof WallwatchError) || err instanceof HttpStatusError) throw err;
        error = err;
        const code = (err as { code?: string }).code;
        if (err.kind !== "fetch.network" || !code || !isRetryableNetworkCode(code)) throw err;
        wait = backoffDelay(attempt, timing, opts.random);
      } finally {
        release();
      }
      if (attempt >= crawl.retries) throw error;
      counts.retries++;
      log.debug("fetch retry", { url: url.href, attempt: attempt + 1, waitMs: wait, cause: error.message });
      await sleep(wait, signal).catch(() => {
        throw fail(url.href, "fetch.network", "aborted");
      });
    }
  };

  /** GET with redirects followed hop by hop, each hop re-checked by `beforeHop`. */
  const follow = async (
    start: URL,
    headers: Record<string, string>,
    allowPrivate: boolean,
    beforeHop: (u: URL) => Promise<number>,
    signal?: AbortSignal,
  ): Promise<Exchange & { url: URL }> => {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw fail(start.href, "fetch.network", `unsupported scheme ${url.protocol}`);
      const literal = hostLiteral(url.hostname);
      if (!allowPrivate && literal && refuse(literal)) throw fail(url.href, "fetch.refused_address", `refused: non-public address ${literal}`);
      const delayMs = await beforeHop(url);
      seen.add(url.href);
      const ex = await exchange(url, headers, allowPrivate, delayMs, signal);
      const location = ex.headers.location;
      if (!redirectStatuses.has(ex.status) || !location) return { ...ex, url };
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw fail(url.href, "fetch.network", `bad redirect Location ${JSON.stringify(location)}`);
      }
      if (seen.has(next.href)) throw fail(start.href, "fetch.redirects", `redirect loop at ${next.href}`);
      if (hop >= crawl.maxRedirects) throw fail(start.href, "fetch.redirects", `more than ${crawl.maxRedirects} redirects`);
      url = next;
    }
  };

  const baseHeaders = { "user-agent": crawl.userAgent, "accept-encoding": "gzip, deflate, br" };
  const robots = new RobotsCache(
    async (robotsUrl): Promise<RobotsFetchOutcome> => {
      try {
        const u = new URL(robotsUrl);
        // robots.txt itself is fetched on the guarded agent unless the request allowed private hosts; no robots check on it.
        const ex = await follow(u, { ...baseHeaders, accept: "text/plain, */*;q=0.5" }, robotsAllowPrivate.has(u.origin), async () => crawl.minDelayMs);
        return { status: ex.status, body: ex.body.subarray(0, 512 * 1024).toString("utf8") };
      } catch (err) {
        if (err instanceof HttpStatusError) return { status: err.status, body: "" };
        // The origin is off limits: the page request fails with this same cause, nothing to cache.
        if (err instanceof WallwatchError && err.kind === "fetch.refused_address") throw err;
        return { error: err instanceof Error ? err.message : String(err) };
      }
    },
    crawl.userAgent,
    opts.robotsTtlMs ?? 24 * 60 * 60 * 1000,
    (origin, note) => log.warn("robots.txt not usable", { origin, note }),
  );
  // Origins a request with allowPrivate touched, so their robots.txt may be fetched there too.
  const robotsAllowPrivate = new Set<string>();

  return {
    async fetch(req: FetchRequest): Promise<FetchResult> {
      let start: URL;
      try {
        start = new URL(req.url);
      } catch {
        throw new WallwatchError("fetch.network", `fetch: ${req.url}: not a valid URL`);
      }
      if (closed) throw fail(req.url, "fetch.network", "fetcher is closed");
      const allowPrivate = req.allowPrivate === true;
      const headers: Record<string, string> = { ...baseHeaders, accept: acceptHeaders[req.accept ?? "any"] };
      if (req.etag) headers["if-none-match"] = req.etag;
      if (req.lastModified) headers["if-modified-since"] = req.lastModified;
      const minDelay = req.minDelayMs ?? crawl.minDelayMs;
      const beforeHop = async (u: URL): Promise<number> => {
        if (req.ignoreRobots) return minDelay;
        if (allowPrivate) robotsAllowPrivate.add(u.origin);
        const verdict = await robots.check(u).catch((err: unknown) => {
          // A refused origin fails its robots.txt first; say so about the page asked for.
          if (!(err instanceof WallwatchError) || err.kind !== "fetch.refused_address") throw err;
          throw fail(u.href, err.kind, err.message.slice(`fetch: ${u.origin}/robots.txt: `.length));
        });
        if (!verdict.allowed) throw fail(u.href, "fetch.robots", `disallowed by ${u.origin}/robots.txt`);
        return Math.max(minDelay, Math.min(verdict.crawlDelayMs ?? 0, maxCrawlDelayMs));
      };
      const ex = await follow(start, headers, allowPrivate, beforeHop, req.signal);
      if (ex.status === 304) {
        return { requestedUrl: req.url, url: ex.url.href, status: 304, headers: ex.headers, body: Buffer.alloc(0), notModified: true, bytes: ex.bytes };
      }
      if (ex.status < 200 || ex.status >= 300) {
        throw new HttpStatusError(`fetch: ${ex.url.href}: HTTP ${ex.status}`, ex.status);
      }
      return { requestedUrl: req.url, url: ex.url.href, status: ex.status, headers: ex.headers, body: ex.body, notModified: false, bytes: ex.bytes };
    },
    stats: () => ({ ...counts }),
    async close() {
      closed = true;
      await Promise.all([guarded.destroy(), open.destroy()]);
    },
  };
}
