// One crawl run: discover -> frontier -> fetch -> (render) -> extract -> store, for every due
// source at once. The fetcher enforces politeness; a failing source is recorded and never stops
// the others; each article is stored in its own transaction, so a crash loses nothing committed
// and a re-run fetches only what is missing.
import type { Config, SourceSpec } from "../config.ts";
import { insertArticle, recentFingerprints } from "../db/articles.ts";
import type { Db } from "../db/client.ts";
import { finishRun, startRun } from "../db/runs.ts";
import { recordSourceFailure, recordSourceSuccess, upsertSources } from "../db/sources.ts";
import { describeError, errorKind, WallwatchError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { hasMojibake } from "./charset.ts";
import { canonicalizeUrl } from "./canonical-url.ts";
import { discoverSource } from "./discover.ts";
import type { PageResult } from "./extract-page.ts";
import { ExtractPool } from "./extract-pool.ts";
import { createFetcher } from "./fetch.ts";
import { type PlannedArticle, planArticles, sourceIsPrivate } from "./frontier.ts";
import { limiter, once } from "./limit.ts";
import { NearDuplicateIndex } from "./near-duplicates.ts";
import type { Fetcher, RenderResult } from "./types.ts";

/** What rendering needs: the crawl takes any object with this shape (BrowserOwner in render.ts). */
export interface Renderer {
  render(url: string): Promise<RenderResult>;
  close(): Promise<void>;
}

export interface CrawlOptions {
  /** Only these source names (due or not). */
  only?: string[];
  /** At most this many new articles in the whole run. */
  limit?: number;
  /** Injected for tests and benchmarks; created from config otherwise. */
  fetcher?: Fetcher;
  renderer?: Renderer | null;
  /** Called after each article or source, for the progress bar. */
  onProgress?: (p: CrawlProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface CrawlProgress {
  sourcesDone: number;
  sourcesTotal: number;
  articlesDone: number;
  articlesPlanned: number;
}

export interface CrawlSummary {
  runId: number;
  sourcesOk: number;
  sourcesFailed: number;
  sourcesSkipped: number;
  newArticles: number;
  /** Near-duplicates stored and linked to the original. */
  nearDuplicates: number;
  /** Links already stored (not fetched again). */
  skippedSeen: number;
  articlesFailed: number;
  rendered: number;
  bytes: number;
  ms: number;
  /** name -> one-line error, for sources that failed. */
  failures: Record<string, string>;
}

interface SourceTally {
  stored: number;
  textTotal: number;
  missingDates: number;
  mojibake: number;
}

/** Runs one crawl and records it in `runs`. Never throws for a source's failure. */
export async function runCrawl(db: Db, config: Config, specs: SourceSpec[], log: Logger, opts: CrawlOptions = {}): Promise<CrawlSummary> {
  const now = opts.now ?? (() => new Date());
  const started = Date.now();
  const runId = startRun(db, "crawl", now());
  const rlog = log.child({ run: runId });
  const unknown = (opts.only ?? []).filter((n) => !specs.some((s) => s.name === n));
  if (unknown.length) throw new WallwatchError("input.invalid", `crawl: unknown source ${unknown.map((n) => `'${n}'`).join(", ")}`);
  const chosen = specs.filter((s) => (opts.only?.length ? opts.only.includes(s.name) : s.enabled));
  const state = upsertSources(db, chosen, now());
  const due = chosen.filter((s) => {
    const next = state.get(s.name)?.nextFetchAt;
    return opts.only?.length || !next || new Date(next) <= now();
  });
  const summary: CrawlSummary = {
    runId,
    sourcesOk: 0,
    sourcesFailed: 0,
    sourcesSkipped: chosen.length - due.length,
    newArticles: 0,
    nearDuplicates: 0,
    skippedSeen: 0,
    articlesFailed: 0,
    rendered: 0,
    bytes: 0,
    ms: 0,
    failures: {},
  };
  for (const s of chosen) if (!due.includes(s)) rlog.info("source in backoff, skipped", { source: s.name, next: state.get(s.name)?.nextFetchAt });

  const fetcher = opts.fetcher ?? createFetcher(config.crawl, rlog);
  const pool = new ExtractPool(config.crawl.workers);
  let renderer: Renderer | null | undefined = opts.renderer;
  // The browser starts only when a page needs it, and once: two sources asking at the same moment
  // share it (each making its own left the first one running after the crawl, keeping the process alive).
  const ownRenderer = once(async (): Promise<Renderer> => {
    const { BrowserOwner } = await import("./render.ts");
    const owner: Renderer = new BrowserOwner(config.browser, rlog, { userAgent: config.crawl.userAgent });
    renderer = owner;
    return owner;
  });
  const getRenderer = async (): Promise<Renderer> => renderer || ownRenderer();
  const dups = new NearDuplicateIndex(recentFingerprints(db));
  let budget = opts.limit ?? Number.POSITIVE_INFINITY;
  const progress: CrawlProgress = { sourcesDone: 0, sourcesTotal: due.length, articlesDone: 0, articlesPlanned: 0 };
  const report = () => opts.onProgress?.({ ...progress });
  const articleSlot = limiter(config.crawl.concurrency * 2);

  const crawlSource = async (source: SourceSpec) => {
    const slog = rlog.child({ source: source.name });
    const row = state.get(source.name);
    let discovered: Awaited<ReturnType<typeof discoverSource>>;
    try {
      discovered = await discoverSource(source, { etag: row?.etag, lastModified: row?.lastModified }, fetcher, opts.signal);
    } catch (err) {
      const msg = describeError(err);
      summary.sourcesFailed++;
      summary.failures[source.name] = msg;
      recordSourceFailure(db, source.name, err instanceof WallwatchError && err.kind === "fetch.http_status" ? Number(/\b(\d{3})\b/.exec(msg)?.[1] ?? 0) : 0, msg, now());
      slog.warn("source failed", { kind: errorKind(err), error: msg });
      return;
    }
    summary.bytes += discovered.bytes;
    const limit = Math.min(config.crawl.maxArticlesPerSource, budget);
    const plan = discovered.notModified ? { todo: [], seen: 0, filtered: 0 } : planArticles(db, source, discovered.items, limit);
    budget -= plan.todo.length;
    summary.skippedSeen += plan.seen;
    progress.articlesPlanned += plan.todo.length;
    report();
    const allowPrivate = await sourceIsPrivate(source.url);
    const tally: SourceTally = { stored: 0, textTotal: 0, missingDates: 0, mojibake: 0 };
    await Promise.all(plan.todo.map((p) => articleSlot(() => crawlArticle(source, p, allowPrivate, tally, slog))));
    summary.sourcesOk++;
    const breakage = recordSourceSuccess(
      db,
      source.name,
      {
        status: discovered.status,
        etag: discovered.etag,
        lastModified: discovered.lastModified,
        itemCount: discovered.notModified ? null : discovered.items.length,
        stored: tally.stored,
        meanTextLength: tally.stored ? tally.textTotal / tally.stored : undefined,
        missingDates: tally.missingDates,
        mojibake: tally.mojibake,
      },
      now(),
    );
    for (const b of breakage) slog.warn("source looks silently broken", { signal: b.kind, since: b.since, detail: b.detail });
    slog.info(discovered.notModified ? "source not modified" : "source crawled", {
      items: discovered.items.length,
      new: tally.stored,
      seen: plan.seen,
      filtered: plan.filtered,
    });
  };

  const crawlArticle = async (source: SourceSpec, p: PlannedArticle, allowPrivate: boolean, tally: SourceTally, slog: Logger) => {
    const url = p.item.link;
    try {
      const res = await fetcher.fetch({ url, accept: "html", allowPrivate, minDelayMs: source.minDelayMs, signal: opts.signal });
      summary.bytes += res.bytes;
      const xopts = { timezone: source.timezone, feedPublished: p.item.published };
      const keepHtml = config.crawl.keepRawHtmlDays > 0;
      let page: PageResult | null = null;
      let rendered = false;
      if (!source.render) {
        page = await pool.extract({ body: res.body, contentType: res.headers["content-type"], url: res.url, opts: xopts, keepHtml });
      }
      if (source.render || !page?.article || page.article.text.length < config.crawl.renderFallbackMinChars) {
        try {
          const shown = await (await getRenderer()).render(res.url);
          const fromBrowser = await pool.extract({ body: shown.html, url: shown.url, opts: xopts, keepHtml });
          if (fromBrowser.article && (!page?.article || fromBrowser.article.text.length > page.article.text.length)) {
            page = fromBrowser;
            rendered = true;
          }
        } catch (err) {
          // The static text, if any, is still better than nothing.
          if (!page?.article) throw err;
          slog.warn("render fallback failed, kept static text", { url, error: describeError(err) });
        }
      }
      const article = page?.article;
      if (!page || !article) throw new WallwatchError("extract.empty", `extract: ${url}: no article text found`);
      const canonicalUrl = article.canonicalUrl ? safeCanonical(article.canonicalUrl, p.canonicalUrl) : p.canonicalUrl;
      const fp = { contentHash: page.contentHash!, simhash: page.simhash! };
      const duplicateOf = dups.find(article.text, fp);
      const id = insertArticle(
        db,
        {
          url: res.url,
          canonicalUrl,
          source: source.name,
          title: article.title || p.item.title,
          byline: article.byline,
          siteName: article.siteName,
          lang: article.lang ?? source.lang ?? null,
          excerpt: article.excerpt,
          publishedAt: article.published ?? p.item.published,
          fetchedAt: now().toISOString(),
          text: article.text,
          contentHash: fp.contentHash,
          simhash: fp.simhash,
          duplicateOf,
          rendered,
          bytes: res.bytes,
        },
        page.html,
      );
      if (id === null) {
        summary.skippedSeen++;
        return;
      }
      dups.add(id, fp.contentHash, fp.simhash);
      summary.newArticles++;
      if (duplicateOf !== null) summary.nearDuplicates++;
      if (rendered) summary.rendered++;
      tally.stored++;
      tally.textTotal += article.text.length;
      if (!(article.published ?? p.item.published)) tally.missingDates++;
      if (hasMojibake(article.text) || hasMojibake(article.title)) tally.mojibake++;
    } catch (err) {
      summary.articlesFailed++;
      slog.warn("article failed", { url, kind: errorKind(err), error: describeError(err) });
    } finally {
      progress.articlesDone++;
      report();
    }
  };

  let status: "ok" | "partial" | "failed" = "ok";
  let error: string | null = null;
  try {
    await Promise.all(
      due.map(async (s) => {
        await crawlSource(s);
        progress.sourcesDone++;
        report();
      }),
    );
    if (summary.sourcesFailed > 0) status = summary.sourcesOk > 0 ? "partial" : "failed";
    if (summary.sourcesFailed > 0) error = Object.entries(summary.failures).map(([n, e]) => `${n}: ${e}`).join("; ").slice(0, 2000);
  } catch (err) {
    status = "failed";
    error = describeError(err);
    throw err;
  } finally {
    await pool.close();
    if (renderer && renderer !== opts.renderer) await renderer.close();
    if (!opts.fetcher) await fetcher.close();
    summary.ms = Date.now() - started;
    const { failures: _f, runId: _r, ...counts } = summary;
    finishRun(db, runId, status, counts, error, now());
  }
  return summary;
}

// A rel=canonical that cannot be parsed falls back to the link's own canonical form.
function safeCanonical(candidate: string, fallback: string): string {
  try {
    return canonicalizeUrl(candidate);
  } catch {
    return fallback;
  }
}
