// `npm run demo`: the whole pipeline offline. Serves the bundled demo corpus from a local
// server and replays its weeks: at the end of each week the news published so far is crawled and
// classified into data/demo.db (fresh each time), as the scheduler would have done; then the
// digest of the last week is written to data/demo-digest.html.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { runClassify } from "../src/classify/classify-command.ts";
import { loadConfig, loadSources, packageRoot } from "../src/config.ts";
import { runCrawl } from "../src/crawl/pipeline.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { writeDigestFile } from "../src/digest/command.ts";
import { formatWeek, shiftWeek, weekBounds, weekOf } from "../src/digest/week.ts";
import { describeError } from "../src/errors.ts";
import { createLogger } from "../src/log.ts";
import { feedPath, loadCorpus, startDemoSite } from "./demo-site.ts";

const dataDir = join(packageRoot, "data");
const dbPath = join(dataDir, "demo.db");
const digestPath = join(dataDir, "demo-digest.html");
const log = createLogger({ level: "warn" });
const say = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<number> {
  const corpus = loadCorpus(join(dataDir, "demo", "corpus.yaml"));
  // The replay clock: the site shows what was published by then, and every stage records it.
  let clock = new Date(0);
  const site = await startDemoSite(corpus, { visibleUntil: () => clock });
  const work = join(dataDir, ".demo");
  mkdirSync(work, { recursive: true });
  const sourcesFile = join(work, "sources.yaml");
  writeFileSync(
    sourcesFile,
    stringify({
      sources: corpus.sources.map((s) => ({
        name: s.name,
        url: `${site.url}${feedPath(s)}`,
        kind: s.kind,
        lang: s.lang,
        render: s.render,
        ...(s.timezone ? { timezone: s.timezone } : {}),
        ...(s.kind === "listing" ? { linkSelector: "a.headline" } : {}),
      })),
    }),
  );
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
  const base = loadConfig({ env: { WALLWATCH_DB: dbPath, WALLWATCH_SOURCES: sourcesFile }, cwd: packageRoot });
  // A local server needs no politeness delay; everything else is the real configuration.
  const config = { ...base, crawl: { ...base.crawl, minDelayMs: 0, perHostConcurrency: 8 } };
  const tz = config.digest.timezone;
  const dates = corpus.articles.map((a) => new Date(a.published).getTime());
  const first = weekOf(new Date(Math.min(...dates)), tz);
  const last = weekOf(new Date(Math.max(...dates)), tz);
  const sources = loadSources(sourcesFile);
  const db = openDb(config.db);
  const totals = { articles: 0, rendered: 0, nearDuplicates: 0, failedSources: new Set<string>(), events: 0, quotes: 0 };
  try {
    say(`wallwatch demo: ${corpus.articles.length} articles from ${corpus.sources.length} outlets served at ${site.url}`);
    say(`replaying ${formatWeek(first)} to ${formatWeek(last)}: a crawl and a classify at the end of each week`);
    const started = Date.now();
    for (let w = first; weekBounds(w, tz).start <= weekBounds(last, tz).start; w = shiftWeek(w, 1)) {
      clock = new Date(weekBounds(w, tz).end.getTime() - 60_000);
      // An outlet joins the replay with its first article, so no feed is ever empty (which
      // wallwatch would rightly flag as a silently broken source).
      const live = corpus.sources.filter((s) => corpus.articles.some((a) => a.source === s.id && new Date(a.published) <= clock)).map((s) => s.name);
      if (live.length === 0) continue;
      const crawl = await runCrawl(db, config, sources, log, { only: live, now: () => clock });
      totals.articles += crawl.newArticles;
      totals.rendered += crawl.rendered;
      totals.nearDuplicates += crawl.nearDuplicates;
      for (const [name, err] of Object.entries(crawl.failures)) {
        if (!totals.failedSources.has(name)) say(`          failed: ${name}: ${err}`);
        totals.failedSources.add(name);
      }
      const classified = await runClassify(db, log, { now: () => clock });
      totals.events += classified.newEvents;
      totals.quotes += classified.quotes;
    }
    say(
      `crawl:    ${totals.articles} articles stored (${totals.rendered} rendered in Chromium, ${totals.nearDuplicates} near-duplicates), ` +
        `${totals.failedSources.size} sources failed, ${((Date.now() - started) / 1000).toFixed(1)} s with classification`,
    );
    say(`classify: ${totals.events} events, ${totals.quotes} quotes`);
    const digest = await writeDigestFile(db, config, log, digestPath, { week: last, now: weekBounds(shiftWeek(last, 1), tz).start });
    say(`digest:   ${relative(process.cwd(), digestPath)} — "${digest.subject}" (open it in a browser)`);
  } finally {
    closeDb(db);
    await site.close();
    rmSync(work, { recursive: true, force: true });
  }
  const rel = relative(process.cwd(), dbPath) || dbPath;
  say("");
  say(`database: ${rel}   (plain SQLite: sqlite3 ${rel} 'SELECT * FROM v_events')`);
  say("try:");
  say(`  WALLWATCH_DB=${rel} npx wallwatch events --party Tencent`);
  say(`  WALLWATCH_DB=${rel} npx wallwatch pair Alibaba Tencent`);
  say(`  WALLWATCH_DB=${rel} npx wallwatch articles --search "interconnection"`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`demo: ${describeError(err)}\n`);
    process.exitCode = 1;
  },
);
