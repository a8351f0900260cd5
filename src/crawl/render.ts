// The browser, for pages whose text only exists after their scripts run. One object owns it:
// one Chromium (the system's; nothing is ever downloaded), one context, pages reused between
// renders. Long-running headless browsers leak and degrade, so the browser is replaced after N
// pages or T minutes, and relaunched on the next render when it crashes or disconnects.
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import type { Config } from "../config.ts";
import { WallwatchError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { hostLiteral, isNonPublicAddress } from "./address-guard.ts";
import type { RenderResult } from "./types.ts";

export type BrowserConfig = Config["browser"];

export interface BrowserOwnerOptions {
  /** User agent for rendered pages (config.crawl.userAgent); Chromium's own when absent. */
  userAgent?: string;
  /** Pages rendered at the same time. */
  maxConcurrentPages?: number;
  /** Stop waiting for the page to settle after this long (the navigation itself has the page timeout). */
  settleMs?: number;
  /** Visible text length that counts as "the article is there" without waiting for network idle. */
  textThreshold?: number;
  /** Extra Chromium command-line switches (tests map test host names with --host-resolver-rules). */
  extraArgs?: string[];
  /** Clock for the recycle-after-minutes rule (tests move it forward). */
  now?: () => number;
}

// Requests for these resource types are answered with an error inside the browser: they never
// carry article text and are most of a news page's bytes.
const BLOCKED_TYPES = new Set(["image", "media", "font", "imageset"]);

/** True for a URL whose host is loopback, private or link-local, as far as the name itself says. */
function isPrivateHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const ip = hostLiteral(host);
  return ip !== null && isNonPublicAddress(ip);
}

const CHROMIUM_ARGS = ["--disable-dev-shm-usage", "--disable-gpu", "--mute-audio", "--no-first-run", "--disable-extensions", "--disable-background-networking"];

/** One launched browser with its context and idle pages. */
interface Generation {
  number: number;
  browser: Browser;
  context: BrowserContext;
  idle: Page[];
  inFlight: number;
  /** Pages handed out by this browser so far. */
  served: number;
  startedAt: number;
  retired: boolean;
}

export class BrowserOwner {
  private readonly config: BrowserConfig;
  private readonly log: Logger;
  private readonly opts: Required<Omit<BrowserOwnerOptions, "userAgent">> & { userAgent?: string };
  // Pages being rendered on a public host, so their subrequests to private addresses can be refused.
  private readonly publicPages = new WeakSet<Page>();
  private current: Generation | null = null;
  private launching: Promise<Generation> | null = null;
  private readonly live = new Set<Generation>();
  private launchCount = 0;
  private rendered = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private closing: Promise<void> | null = null;

  constructor(config: BrowserConfig, log: Logger, opts: BrowserOwnerOptions = {}) {
    this.config = config;
    this.log = log.child({ stage: "render" });
    this.opts = {
      maxConcurrentPages: opts.maxConcurrentPages ?? 3,
      settleMs: opts.settleMs ?? 5_000,
      textThreshold: opts.textThreshold ?? 1_500,
      extraArgs: opts.extraArgs ?? [],
      now: opts.now ?? Date.now,
      userAgent: opts.userAgent,
    };
  }

  /** Browsers launched so far (first launch and every recycle or relaunch). */
  get launches(): number {
    return this.launchCount;
  }

  /** Pages rendered successfully so far. */
  get pagesRendered(): number {
    return this.rendered;
  }

  /** Loads `url` in the browser and returns the final URL and the rendered HTML. */
  async render(url: string): Promise<RenderResult> {
    if (this.closing) throw new WallwatchError("render.failed", `render: ${url}: the browser has been closed`);
    await this.acquireSlot();
    try {
      // A browser that dies under a page gets one more try on a fresh browser.
      for (let attempt = 1; ; attempt++) {
        const gen = await this.generation(url);
        try {
          const result = await this.renderOn(gen, url);
          this.rendered++;
          return result;
        } catch (err) {
          // The page error can arrive just before the browser's "disconnected" event.
          const died = !gen.browser.isConnected() || /has been closed|disconnected|crashed/i.test(firstLine(err));
          if (died && attempt === 1 && !this.closing) {
            this.log.warn("browser died during a page, retrying on a new one", { url });
            continue;
          }
          throw asRenderError(err, url, this.config.pageTimeoutMs);
        }
      }
    } finally {
      this.releaseSlot();
    }
  }

  /** Closes the browser; safe to call more than once and while renders are running. */
  close(): Promise<void> {
    if (!this.closing) {
      this.closing = (async () => {
        const pending = this.launching;
        if (pending) await pending.catch(() => undefined);
        this.current = null;
        await Promise.all([...this.live].map((g) => this.shutdown(g)));
      })();
    }
    return this.closing;
  }

  private async renderOn(gen: Generation, url: string): Promise<RenderResult> {
    gen.inFlight++;
    gen.served++;
    let page: Page | null = null;
    let reusable = false;
    try {
      page = gen.idle.pop() ?? (await gen.context.newPage());
      const result = await this.load(page, url);
      reusable = true;
      return result;
    } finally {
      gen.inFlight--;
      if (page) await this.releasePage(gen, page, reusable);
      if (gen.retired && gen.inFlight === 0) await this.shutdown(gen);
    }
  }

  private async load(page: Page, url: string): Promise<RenderResult> {
    const timeout = this.config.pageTimeoutMs;
    const started = Date.now();
    if (isPrivateHost(url)) this.publicPages.delete(page);
    else this.publicPages.add(page);
    const response = await page.goto(url, { waitUntil: "domcontentloaded", timeout });
    const status = response?.status() ?? 0;
    if (status >= 400) throw new WallwatchError("render.failed", `render: ${url}: HTTP ${status}`);
    // Settled when the network goes quiet or enough text is on the page, whichever comes first;
    // a page that never settles is read as it is when the wait runs out.
    const settle = Math.max(500, Math.min(this.opts.settleMs, timeout - (Date.now() - started)));
    const enoughText = `((document.body && document.body.innerText) || "").length >= ${this.opts.textThreshold}`;
    await Promise.race([
      page.waitForLoadState("networkidle", { timeout: settle }),
      page.waitForFunction(enoughText, undefined, { timeout: settle, polling: 200 }),
    ]).catch(() => undefined);
    return { url: page.url(), html: await page.content() };
  }

  /** Back to the idle list, blank, when it is healthy and its browser is staying; closed otherwise. */
  private async releasePage(gen: Generation, page: Page, reusable: boolean): Promise<void> {
    if (reusable && !gen.retired && !this.closing && gen.browser.isConnected()) {
      try {
        // A blank page stops the last page's scripts and timers before the next render.
        await page.goto("about:blank", { timeout: 5_000 });
        gen.idle.push(page);
        return;
      } catch {
        // Fall through: a page that cannot even go blank is not reused.
      }
    }
    await page.close().catch(() => undefined);
  }

  /** The browser to use now: the current one, or a new one if it is worn out, gone, or not started. */
  private async generation(url: string): Promise<Generation> {
    // A render that waited for a slot while close() ran must not start a new browser.
    if (this.closing) throw new WallwatchError("render.failed", `render: ${url}: the browser has been closed`);
    const cur = this.current;
    if (cur) {
      const ageMin = (this.opts.now() - cur.startedAt) / 60_000;
      const worn = cur.served >= this.config.recycleAfterPages || ageMin >= this.config.recycleAfterMinutes;
      if (cur.browser.isConnected() && !worn) return cur;
      if (cur.browser.isConnected()) {
        this.log.info("recycling browser", { pages: cur.served, minutes: Math.round(ageMin) });
      }
      this.retire(cur);
    }
    if (!this.launching) {
      this.launching = this.launch(url).finally(() => {
        this.launching = null;
      });
    }
    return this.launching;
  }

  private async launch(url: string): Promise<Generation> {
    const path = this.config.executablePath;
    if (!existsSync(path)) {
      throw new WallwatchError("render.failed", `render: ${url}: no browser at ${path} (install chromium or set browser.executablePath)`);
    }
    let browser: Browser;
    try {
      browser = await chromium.launch({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS, ...this.opts.extraArgs], timeout: 60_000 });
    } catch (err) {
      throw new WallwatchError("render.failed", `render: ${url}: cannot start ${path}: ${firstLine(err)}`, { cause: err });
    }
    try {
      const context = await browser.newContext({ userAgent: this.opts.userAgent, serviceWorkers: "block", viewport: { width: 1280, height: 1000 } });
      context.setDefaultTimeout(this.config.pageTimeoutMs);
      await context.route("**/*", (route) => {
        const req = route.request();
        if (BLOCKED_TYPES.has(req.resourceType())) return route.abort("blockedbyclient");
        // A public page must not make the crawler's browser probe the internal network (the same
        // rule the fetcher applies to feed links). Names that resolve privately are not caught here.
        if (isPrivateHost(req.url()) && this.fromPublicPage(req)) return route.abort("blockedbyclient");
        return route.continue();
      });
      this.launchCount++;
      const gen: Generation = { number: this.launchCount, browser, context, idle: [], inFlight: 0, served: 0, startedAt: this.opts.now(), retired: false };
      browser.on("disconnected", () => {
        this.live.delete(gen);
        if (this.current === gen) {
          this.current = null;
          if (!gen.retired && !this.closing) this.log.warn("browser disconnected; a new one starts with the next page", { browser: gen.number });
        }
      });
      this.live.add(gen);
      // A close() that started while we were launching must not leave this browser running.
      if (this.closing) {
        await this.shutdown(gen);
        throw new WallwatchError("render.failed", `render: ${url}: the browser has been closed`);
      }
      this.current = gen;
      this.log.info("browser launched", { browser: gen.number, executablePath: path });
      return gen;
    } catch (err) {
      await browser.close().catch(() => undefined);
      throw err instanceof WallwatchError ? err : new WallwatchError("render.failed", `render: ${url}: ${firstLine(err)}`, { cause: err });
    }
  }

  private fromPublicPage(req: Request): boolean {
    try {
      return this.publicPages.has(req.frame().page());
    } catch {
      // No frame (a worker's request): refuse, as for a public page.
      return true;
    }
  }

  /** No new pages go to `gen`; it closes once its last page is done. */
  private retire(gen: Generation): void {
    gen.retired = true;
    if (this.current === gen) this.current = null;
    if (gen.inFlight === 0) void this.shutdown(gen);
  }

  private async shutdown(gen: Generation): Promise<void> {
    gen.retired = true;
    this.live.delete(gen);
    if (this.current === gen) this.current = null;
    await gen.browser.close().catch(() => undefined);
  }

  private acquireSlot(): Promise<void> {
    if (this.active < this.opts.maxConcurrentPages) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else this.active--;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0]!.trim();
}

function asRenderError(err: unknown, url: string, timeoutMs: number): WallwatchError {
  if (err instanceof WallwatchError) return err;
  const msg = firstLine(err);
  if (err instanceof Error && err.name === "TimeoutError") {
    return new WallwatchError("render.failed", `render: ${url}: timed out after ${timeoutMs} ms`, { cause: err });
  }
  return new WallwatchError("render.failed", `render: ${url}: ${msg}`, { cause: err });
}
