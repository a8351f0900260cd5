// `npm run demo`: the whole pipeline offline. Serves the bundled demo corpus from a local
// server, crawls it into data/demo.db (fresh each time), classifies, and writes the digest to
// data/demo-digest.html.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { runClassify } from "../src/classify/classify-command.ts";
import { loadConfig, loadSources, packageRoot } from "../src/config.ts";
import { runCrawl } from "../src/crawl/pipeline.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { writeDigestFile } from "../src/digest/command.ts";
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
  const site = await startDemoSite(corpus);
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
  const db = openDb(config.db);
  try {
    say(`wallwatch demo: ${corpus.articles.length} articles from ${corpus.sources.length} outlets served at ${site.url}`);
    const crawl = await runCrawl(db, config, loadSources(sourcesFile), log);
    say(
      `crawl:    ${crawl.newArticles} articles stored (${crawl.rendered} rendered in Chromium, ${crawl.nearDuplicates} near-duplicates), ` +
        `${crawl.sourcesFailed} sources failed, ${crawl.articlesFailed} articles failed, ${(crawl.ms / 1000).toFixed(1)} s`,
    );
    for (const [name, err] of Object.entries(crawl.failures)) say(`          failed: ${name}: ${err}`);
    const classified = await runClassify(db, log, {});
    say(`classify: ${classified.articles} articles → ${classified.events} events, ${classified.quotes} quotes`);
    await writeDigestFile(db, config, log, digestPath);
    say(`digest:   ${relative(process.cwd(), digestPath)} (open it in a browser)`);
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
