// Crawl benchmark: `npm run bench:crawl -- --articles 5000`. A forked child serves generated feeds
// and 100–300 KB article pages on 127.0.0.1; this process crawls them end to end with runCrawl
// into a temp SQLite file, then crawls again with nothing changed (feeds answer 304). Prints a
// markdown table: articles/s, CPU s per article (this process, extraction workers included — the
// server's CPU is in the child and not counted), peak RSS (sampled), how busy the main thread was
// (extraction runs in workers; what is left on the main thread bounds throughput), and the re-crawl's cost.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { loadConfig, loadSources } from "../src/config.ts";
import { type CrawlSummary, runCrawl } from "../src/crawl/pipeline.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { WallwatchError } from "../src/errors.ts";
import { createLogger } from "../src/log.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "5000" },
    "per-feed": { type: "string", default: "50" },
    concurrency: { type: "string", default: "16" },
    workers: { type: "string", default: String(Math.max(1, Math.min(2, cpus().length))) },
    keep: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const perFeed = Math.min(Number(values["per-feed"]), articles);
const feeds = Math.ceil(articles / perFeed);
const concurrency = Number(values.concurrency);

interface Measured {
  summary: CrawlSummary;
  ms: number;
  cpuS: number;
  peakRssMb: number;
  /** Share of the wall time the main thread's event loop was busy (the rest is waiting on I/O and workers). */
  mainBusy: number;
}

/** Runs `fn`, sampling RSS every 100 ms and measuring wall and CPU time. */
async function measure(fn: () => Promise<CrawlSummary>): Promise<Measured> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  try {
    const summary = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    peak = Math.max(peak, process.memoryUsage.rss());
    const mainBusy = performance.eventLoopUtilization(elu0).utilization;
    return { summary, ms, cpuS: (cpu.user + cpu.system) / 1e6, peakRssMb: peak / 1024 / 1024, mainBusy };
  } finally {
    clearInterval(sampler);
  }
}

const child = fork(new URL("./helpers/news-site.ts", import.meta.url), ["--serve", String(feeds), String(perFeed)], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const siteUrl = await new Promise<string>((resolve, reject) => {
  child.once("message", (m) => resolve((m as { url: string }).url));
  child.once("exit", (code) => reject(new Error(`bench: news site exited with code ${code}`)));
});

const dir = mkdtempSync(join(tmpdir(), "wallwatch-bench-"));
try {
  const sourcesPath = join(dir, "sources.yaml");
  writeFileSync(
    sourcesPath,
    stringify({ sources: Array.from({ length: feeds }, (_, i) => ({ name: `bench-${i}`, url: `${siteUrl}/feed/${i}.xml`, kind: "rss" })) }),
  );
  const configPath = join(dir, "wallwatch.config.yaml");
  writeFileSync(
    configPath,
    stringify({
      db: join(dir, "bench.db"),
      sources: sourcesPath,
      // One local host stands in for many sites: per-host limits as high as the global one, no spacing.
      crawl: {
        concurrency,
        perHostConcurrency: concurrency,
        minDelayMs: 0,
        retries: 0,
        workers: Number(values.workers),
        maxArticlesPerSource: perFeed,
      },
    }),
  );
  const config = loadConfig({ configPath, env: {} });
  const specs = loadSources(sourcesPath);
  const log = createLogger({ level: "warn" });
  // Generated pages have plenty of text; a render would mean extraction failed, so make it loud.
  const renderer = {
    render: async (url: string) => {
      throw new WallwatchError("render.failed", `bench: ${url}: unexpected render fallback`);
    },
    close: async () => {},
  };
  const db = openDb(config.db);
  let first: Measured;
  let second: Measured;
  try {
    first = await measure(() => runCrawl(db, config, specs, log, { renderer }));
    second = await measure(() => runCrawl(db, config, specs, log, { renderer }));
  } finally {
    closeDb(db);
  }
  const s1 = first.summary;
  const s2 = second.summary;
  if (s1.newArticles !== articles) console.error(`bench: expected ${articles} new articles, stored ${s1.newArticles} (${s1.articlesFailed} failed)`);
  const row = (name: string, m: Measured, n: number) =>
    `| ${name} | ${m.summary.newArticles} | ${(m.ms / 1000).toFixed(1)} | ${n ? (n / (m.ms / 1000)).toFixed(1) : "–"} | ${n ? ((m.cpuS / n) * 1000).toFixed(2) : "–"} | ${m.cpuS.toFixed(1)} | ${m.peakRssMb.toFixed(0)} | ${(m.mainBusy * 100).toFixed(0)}% | ${(m.summary.bytes / 1024 / 1024).toFixed(1)} |`;
  console.log(`\n### Crawl benchmark: ${articles} articles in ${feeds} feeds, concurrency ${concurrency}, ${values.workers} extraction workers\n`);
  console.log("| crawl | new articles | wall s | articles/s | CPU ms/article | CPU s | peak RSS MB | main thread busy | MiB fetched |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  console.log(row("first", first, s1.newArticles));
  console.log(row("no-change re-crawl", second, 0));
  console.log(
    `\nRe-crawl: ${((second.ms / first.ms) * 100).toFixed(1)}% of the first crawl's time; ${s2.newArticles} new, ${s2.articlesFailed} failed, ${s2.sourcesOk} sources ok. Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the end (other processes share the CPUs).`,
  );
  if (s1.articlesFailed || s2.articlesFailed || s1.sourcesFailed || s2.sourcesFailed) process.exitCode = 1;
} finally {
  child.disconnect();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
