// robots.txt: fetched once per origin, cached for a TTL, and shared by every request to that
// origin (concurrent callers wait on the same fetch). Status handling follows RFC 9309 for 2xx and
// 4xx (4xx = no rules = allow all). For 5xx, timeouts and network errors RFC 9309 says to assume
// complete disallow; we allow instead, as feed readers and news crawlers commonly do, because a
// news site's robots.txt failing is almost always a transient server error on a site that allows
// its feeds, and the feed request that follows is itself one polite, rate-limited GET. The reason
// is logged so an operator can see it.
import { createRequire } from "node:module";

/** The part of robots-parser's Robot we use. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare `export default`, which
// NodeNext cannot call; require() gives the function itself, typed here by hand.
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, robotstxt: string) => Robot;

/**
 * What the robots fetch produced; `fetchText` in the cache's constructor returns it. It throws only
 * when the page fetch should fail too (the origin is refused outright); then `check` rejects with it.
 */
export type RobotsFetchOutcome = { status: number; body: string } | { error: string };

/** A cached decision source for one origin. */
interface RobotsEntry {
  robot: Robot | null;
  /** Why there are no rules, when there are none ("404", "server error 503", ...). */
  note: string | null;
  expires: number;
}

/** The verdict for one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our agent, in ms, or null. */
  crawlDelayMs: number | null;
}

/** The product token robots.txt groups match against: "wallwatch" from "wallwatch/0.1 (+...)". */
export function robotsToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0] || "*";
}

export class RobotsCache {
  private readonly entries = new Map<string, Promise<RobotsEntry>>();
  private fetches = 0;

  constructor(
    private readonly fetchText: (robotsUrl: string) => Promise<RobotsFetchOutcome>,
    private readonly userAgent: string,
    private readonly ttlMs: number,
    private readonly onNote: (origin: string, note: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether our agent may fetch `url`, and the origin's crawl delay; fetches robots.txt at most once per TTL. */
  async check(url: URL): Promise<RobotsVerdict> {
    const entry = await this.entry(url.origin);
    if (!entry.robot) return { allowed: true, crawlDelayMs: null };
    const token = robotsToken(this.userAgent);
    // undefined means "not this robots.txt's origin", which cannot happen here: allow.
    const allowed = entry.robot.isAllowed(url.href, token) !== false;
    const delay = entry.robot.getCrawlDelay(token);
    return { allowed, crawlDelayMs: typeof delay === "number" && delay > 0 ? delay * 1000 : null };
  }

  /** How many robots.txt fetches were made (for tests: proves caching). */
  fetchCount(): number {
    return this.fetches;
  }

  private async entry(origin: string): Promise<RobotsEntry> {
    const cached = this.entries.get(origin);
    if (!cached) return this.load(origin);
    const e = await cached;
    if (e.expires > this.now()) return e;
    // Expired: the first caller to notice reloads; the others share that reload.
    const current = this.entries.get(origin)!;
    return current === cached ? this.load(origin) : current;
  }

  private load(origin: string): Promise<RobotsEntry> {
    const robotsUrl = `${origin}/robots.txt`;
    this.fetches++;
    const p = this.fetchText(robotsUrl).then((out): RobotsEntry => {
      const expires = this.now() + this.ttlMs;
      if ("error" in out) return this.noted(origin, `unreachable (${out.error}); allowing`, expires);
      if (out.status >= 200 && out.status < 300) return { robot: robotsParser(robotsUrl, out.body), note: null, expires };
      if (out.status >= 400 && out.status < 500) return { robot: null, note: `${out.status}: no rules`, expires };
      return this.noted(origin, `HTTP ${out.status}; allowing`, expires);
    });
    // A thrown fetch (the origin itself is refused) is the caller's error, not a robots verdict: not cached.
    p.catch(() => {
      if (this.entries.get(origin) === p) this.entries.delete(origin);
    });
    this.entries.set(origin, p);
    return p;
  }

  private noted(origin: string, note: string, expires: number): RobotsEntry {
    this.onNote(origin, note);
    return { robot: null, note, expires };
  }
}
