// `wallwatch classify [--all] [--limit N]`: stored articles → events, mentions, quotes, entities.
// Articles are read in id-ordered batches and each batch is stored in one transaction, so memory
// stays flat, an interruption loses nothing committed (at most the batch being classified), and
// the next run carries on.
import { setImmediate as tick } from "node:timers/promises";
import { type Command, parseCommandArgs } from "../args.ts";
import { closeDb, type Db, openDb } from "../db/client.ts";
import {
  articlesToClassify,
  deleteOrphanEvents,
  type EntityIds,
  markAllForReclassification,
  type StoreInput,
  storeClassifications,
  upsertRegistryEntities,
} from "../db/events.ts";
import { finishRun, startRun } from "../db/runs.ts";
import { describeError, WallwatchError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { defaultRegistry } from "./entities.ts";
import { classifyArticle } from "./index.ts";
import { registryRelations } from "./merge.ts";
import { splitSentences } from "./sentences.ts";
import type { ArticleInput, Classification } from "./types.ts";
import { currentClassifierVersion } from "./version.ts";

export interface ClassifyOptions {
  /** Rebuild every article's events (after a rule or model change), not only new articles. */
  all?: boolean;
  /** Classify at most this many articles. */
  limit?: number;
  /** Stops between articles; what is committed stays. */
  signal?: AbortSignal;
  /** Classifier version to stamp (default: the installed one); tests use it to simulate a change. */
  version?: string;
  /** The classifier (default: classifyArticle); tests inject fixed classifications. */
  classifier?: (input: ArticleInput) => Classification;
  /** Articles read per query. */
  batchSize?: number;
  /** Clock for rows stamped with the run's time (registry entities); events take their articles' fetch times. */
  now?: () => Date;
}

export interface ClassifyCounts {
  /** Articles classified in this run. */
  articles: number;
  /** Of those, judged relevant. */
  relevant: number;
  /** Distinct events reported by the articles of this run. */
  events: number;
  mentions: number;
  quotes: number;
  /** Events created in this run. */
  newEvents: number;
  /** Articles the classifier failed on (left unclassified; retried next run). */
  failed: number;
  /** Events deleted because no article reports them any more. */
  orphansDeleted: number;
}

const PROGRESS_EVERY = 1000;

/**
 * Classifies stored articles not yet classified with the current version (all of them with
 * `all`), recording the run in `runs` (partial when some article failed or it was stopped).
 */
export async function runClassify(db: Db, log: Logger, opts: ClassifyOptions = {}): Promise<ClassifyCounts> {
  const now = opts.now ?? (() => new Date());
  const runId = startRun(db, "classify", now());
  try {
    const counts = await classifyAll(db, log.child({ run: runId }), opts);
    const partial = counts.failed > 0 || Boolean(opts.signal?.aborted);
    finishRun(db, runId, partial ? "partial" : "ok", { ...counts }, null, now());
    return counts;
  } catch (err) {
    finishRun(db, runId, "failed", {}, describeError(err), now());
    throw err;
  }
}

async function classifyAll(db: Db, log: Logger, opts: ClassifyOptions): Promise<ClassifyCounts> {
  const version = opts.version ?? currentClassifierVersion();
  const classifier = opts.classifier ?? classifyArticle;
  const started = Date.now();
  if (opts.all) {
    const marked = markAllForReclassification(db);
    log.info("classify: rebuilding all events", { articles: marked, version });
  }
  const registry = defaultRegistry();
  const ids: EntityIds = upsertRegistryEntities(db, registry.all(), opts.now?.());
  const relations = registryRelations(registry);
  const counts: ClassifyCounts = { articles: 0, relevant: 0, events: 0, mentions: 0, quotes: 0, newEvents: 0, failed: 0, orphansDeleted: 0 };
  // Only event ids, so this grows with events reported in the run, not with article text.
  const eventsSeen = new Set<number>();
  for (const batch of articlesToClassify(db, version, opts.batchSize ?? 200, opts.limit)) {
    const classified: StoreInput[] = [];
    for (const a of batch) {
      if (opts.signal?.aborted) break;
      let cls: Classification;
      try {
        cls = classifier({ title: a.title, text: a.text, published: a.publishedAt, url: a.url, lang: a.lang });
      } catch (err) {
        counts.failed++;
        log.warn("classify: article failed", { article: a.id, url: a.url, error: describeError(err) });
        continue;
      }
      let sentences: string[] | undefined;
      classified.push({
        articleId: a.id,
        fetchedAt: a.fetchedAt,
        classification: cls,
        version,
        relations,
        sentence: (i) => {
          sentences ??= splitSentences(a.text).map((s) => s.text);
          return sentences[i];
        },
      });
    }
    // The batch is stored in one transaction, after its articles were classified, so the write
    // lock is held only while writing.
    const stored = storeClassifications(db, ids, classified);
    for (const [k, r] of stored.entries()) {
      counts.articles++;
      if (classified[k]!.classification.relevant) counts.relevant++;
      counts.mentions += r.mentions;
      counts.quotes += r.quotes;
      counts.newEvents += r.newEvents;
      for (const id of r.eventIds) eventsSeen.add(id);
      if (counts.articles % PROGRESS_EVERY === 0) log.info("classify: progress", { articles: counts.articles, events: eventsSeen.size });
    }
    if (opts.signal?.aborted) break;
    // Let timers and signals run between batches (the scheduler shares this thread).
    await tick();
  }
  counts.orphansDeleted = deleteOrphanEvents(db);
  counts.events = eventsSeen.size;
  const seconds = (Date.now() - started) / 1000;
  log.info("classify finished", { ...counts, version, seconds: Number(seconds.toFixed(1)), aborted: Boolean(opts.signal?.aborted) });
  return counts;
}

const help = `usage: wallwatch classify [--all] [--limit N]

Turns stored articles into events, mentions, quotes and entities. Only articles not yet
classified with the current classifier version are read, so it is cheap to run often.
  --all       rebuild every article's events (after a rule, registry or model change)
  --limit N   classify at most N articles
Exit 1 when the classifier failed on some article.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const classify: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs(
    "classify",
    argv,
    { all: { type: "boolean" }, limit: { type: "string" }, help: { type: "boolean", short: "h" } },
    false,
  );
  if (values.help) {
    ctx.out(`${help}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new WallwatchError("input.invalid", `classify: --limit '${values.limit}' is not a positive whole number`);
  }
  const db = openDb(ctx.config().db);
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const c = await runClassify(db, ctx.log, { all: values.all ?? false, ...(limit !== undefined ? { limit } : {}), signal: abort.signal });
    ctx.out(
      `classified ${plural(c.articles, "article")} (${c.relevant} relevant) → ${plural(c.events, "event")} (${c.newEvents} new), ` +
        `${plural(c.mentions, "mention")}, ${plural(c.quotes, "quote")}${c.orphansDeleted ? `, ${plural(c.orphansDeleted, "orphan event")} removed` : ""}` +
        `${c.failed ? `, ${c.failed} failed` : ""}${abort.signal.aborted ? " (interrupted)" : ""}\n`,
    );
    return c.failed > 0 ? 1 : 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    closeDb(db);
  }
};
