// Query benchmark: `npm run bench:query [-- --events N] [--runs R] [--build-only]`. Builds (once, cached under
// bench/.cache/ keyed by size) a synthetic database of N events (default 1,000,000) with 5N
// mentions, N/5 quotes and 0.3N articles indexed by FTS5, then times each query type R times
// (default 60) in process with varied parameters and prints p50/p95 per query as a markdown table.
// Parties are drawn Zipf-like, so the biggest entity takes part in a quarter of all events: the
// "every Tencent event" case is the expensive one, as it would be in real data.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { defaultRegistry } from "../src/classify/entities.ts";
import { EVENT_TYPES } from "../src/classify/types.ts";
import { closeDb, type Db, openDb } from "../src/db/client.ts";
import { eventDetail, findEvents, pairTimeline } from "../src/db/queries.ts";
import { bulkWriter } from "../src/db/query-bulk.ts";
import { findArticles, findQuotes, listEntities, queryStats } from "../src/db/query-misc.ts";
import { wordsToFts } from "../src/query/common.ts";
import { resolveParty } from "../src/query/parties.ts";

const { values } = parseArgs({
  options: { events: { type: "string", default: "1000000" }, runs: { type: "string", default: "60" }, "build-only": { type: "boolean", default: false } },
});
const N = Number(values.events);
const RUNS = Number(values.runs);
const cacheDir = join(dirname(fileURLToPath(import.meta.url)), ".cache");
const dbPath = join(cacheDir, `query-${N}.db`);

// Deterministic so every run of a size builds the same database.
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Index in [0, n) with probability ∝ 1/(i+1). */
function zipf(n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
}

const TOPIC = ["payment", "wallet", "link", "blocking", "interconnection", "mini", "program", "qr", "code", "regulator", "antitrust", "lawsuit", "logistics", "cloud", "search", "advertising", "traffic", "livestream", "video", "rights", "data", "api", "merchant", "checkout"];
const FILLER = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

function words(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rand() < 0.15 ? pick(TOPIC) : FILLER[zipf(FILLER.length)]!);
  return out.join(" ");
}

function randomDate(): { date: string; precision: string } {
  const y = 2015 + Math.floor(rand() * 11);
  const m = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const d = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
  const r = rand();
  if (r < 0.05) return { date: `${y}`, precision: "year" };
  if (r < 0.2) return { date: `${y}-${m}`, precision: "month" };
  return { date: `${y}-${m}-${d}`, precision: "day" };
}

function build(): void {
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${dbPath}.building`;
  rmSync(tmp, { force: true });
  const db = openDb(tmp);
  // A throw-away file built in one go: no WAL (one huge transaction would double every write
  // through the checkpoint), journal in memory, no fsync. A crash just means building again.
  // Leaving WAL needs a stop at DELETE first.
  db.$client.pragma("journal_mode = DELETE");
  db.$client.pragma("journal_mode = MEMORY");
  db.$client.pragma("synchronous = OFF");
  db.$client.pragma("cache_size = -200000");
  const w = bulkWriter(db);
  const registry = defaultRegistry();
  const started = Date.now();
  const entityIds: number[] = [];
  const articleCount = Math.round(N * 0.3);
  w.transaction(() => {
    // Parents before children so the order of the list does not matter to the parent column.
    for (const e of registry.all()) entityIds.push(w.entity({ name: e.name, kind: e.kind, parent: e.parent ?? null, aliases: e.aliases }));
    for (let i = 0; i < 2000; i++) entityIds.push(w.entity({ name: `Unknown Org ${i}`, kind: "unknown", known: false }));
    const sources = Array.from({ length: 60 }, (_, i) => `source${i}`);
    for (let i = 0; i < articleCount; i++) {
      const d = randomDate();
      w.article({ url: `https://bench.example/a/${i}`, source: pick(sources), title: words(8), text: words(80), publishedAt: `${d.date.padEnd(10, "-01").slice(0, 10)}T08:00:00.000Z` });
    }
  });
  console.error(`entities + ${articleCount} articles: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Shuffled so Zipf's head is spread over several groups rather than the first group in the
  // registry file (which would put half of all events in one group).
  for (let i = entityIds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entityIds[i], entityIds[j]] = [entityIds[j]!, entityIds[i]!];
  }
  const chunk = 50_000;
  for (let start = 0; start < N; start += chunk) {
    w.transaction(() => {
      for (let i = start; i < Math.min(N, start + chunk); i++) {
        const parties = new Set<number>();
        const want = rand() < 0.3 ? 3 : 2;
        while (parties.size < want) parties.add(entityIds[zipf(entityIds.length)]!);
        const d = randomDate();
        const id = w.event({
          type: pick(EVENT_TYPES),
          date: rand() < 0.02 ? null : d.date,
          datePrecision: d.precision,
          summary: words(12),
          sourceCount: 1 + Math.floor(-Math.log(1 - rand()) * 2),
          partyIds: [...parties],
        });
        for (let k = 0; k < 5; k++) w.mention({ eventId: id, articleId: 1 + Math.floor(rand() * articleCount), evidence: words(20), sentenceIndex: k });
        if (i % 5 === 0) {
          w.quote({ articleId: 1 + Math.floor(rand() * articleCount), eventId: id, speaker: `Speaker ${zipf(5000)}`, role: "analyst", affiliation: `Org ${zipf(500)}`, text: words(25), direct: rand() < 0.6 });
        }
      }
    });
    if (start % 200_000 === 0) console.error(`events ${start}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  closeDb(db);
  renameSync(tmp, dbPath);
  console.error(`built ${dbPath} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Case {
  name: string;
  target?: number;
  runs?: number;
  run: (i: number) => unknown;
}

async function main(): Promise<void> {
  if (!existsSync(dbPath)) build();
  if (values["build-only"]) return;
  const db: Db = openDb(dbPath, { readonly: true, migrate: false });
  const registry = defaultRegistry();
  const big = ["Tencent", "Alibaba", "ByteDance", "WeChat", "Taobao", "Alipay", "Douyin", "JD.com", "Meituan", "Pinduoduo", "MIIT", "SAMR"].filter((n) => registry.get(n));
  const groups = new Map<string, number[]>();
  for (const n of big) groups.set(n, (await resolveParty(db, registry, "bench", n, false)).ids);
  const party = (i: number) => groups.get(big[i % big.length]!)!;
  const year = (i: number) => String(2015 + (i % 11));
  const maxEvent = (db.$client.prepare("SELECT max(id) AS m FROM events").get() as { m: number }).m;
  const base = { partyGroups: [] as number[][], types: [] as string[], sort: "date" as const, limit: 50 };
  const cases: Case[] = [
    { name: "events (no filter)", target: 50, run: () => findEvents(db, base) },
    { name: "events --party (group)", target: 50, run: (i) => findEvents(db, { ...base, partyGroups: [party(i)] }) },
    { name: "events --party --exact", target: 50, run: (i) => findEvents(db, { ...base, partyGroups: [groups.get(big[i % big.length]!)!.slice(0, 1)] }) },
    { name: "events --party --type --since", target: 50, run: (i) => findEvents(db, { ...base, partyGroups: [party(i)], types: [EVENT_TYPES[i % 8]!], since: year(i) }) },
    { name: "events --party A --party B", target: 50, run: (i) => findEvents(db, { ...base, partyGroups: [party(i), party(i + 1)] }) },
    { name: "events --type --since --until", target: 50, run: (i) => findEvents(db, { ...base, types: [EVENT_TYPES[i % 8]!], since: `${year(i)}-03`, until: `${year(i)}-05` }) },
    { name: "events --min-sources --sort sources", target: 50, run: (i) => findEvents(db, { ...base, minSources: 2 + (i % 5), sort: "sources" }) },
    { name: "events --text (FTS)", target: 200, run: (i) => findEvents(db, { ...base, text: wordsToFts(`${TOPIC[i % TOPIC.length]} ${FILLER[200 + i]}`) }) },
    { name: "events --party --text common word", target: 200, run: (i) => findEvents(db, { ...base, partyGroups: [party(i)], text: wordsToFts(TOPIC[i % TOPIC.length]!) }) },
    { name: "pair A B (groups)", target: 50, run: (i) => pairTimeline(db, party(i), party(i + 1), 500) },
    { name: "event ID (detail)", target: 50, run: (i) => eventDetail(db, 1 + ((i * 7919) % maxEvent)) },
    { name: "quotes --speaker", target: 50, run: (i) => findQuotes(db, { speaker: `Speaker ${i * 13}`, limit: 50 }) },
    { name: "quotes --party", target: 50, run: (i) => findQuotes(db, { partyIds: party(i), limit: 50 }) },
    { name: "articles --search (FTS, bm25)", target: 200, run: (i) => findArticles(db, { search: `${TOPIC[i % TOPIC.length]} ${FILLER[50 + i]}`, limit: 50 }) },
    { name: "articles --search common word", target: 200, run: (i) => findArticles(db, { search: TOPIC[i % TOPIC.length]!, limit: 50 }) },
    { name: "articles --source --since", target: 50, run: (i) => findArticles(db, { source: `source${i % 60}`, since: year(i), limit: 50 }) },
    { name: "entities --unknown", runs: 10, run: () => listEntities(db, { unknownOnly: true, limit: 1000 }) },
    { name: "stats", runs: 3, run: () => queryStats(db, { top: 10 }) },
  ];
  const counts = db.$client
    .prepare("SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM mentions) AS m, (SELECT count(*) FROM quotes) AS q, (SELECT count(*) FROM articles) AS a")
    .get() as Record<string, number>;
  console.log(`\nquery benchmark: ${counts.e} events, ${counts.m} mentions, ${counts.q} quotes, ${counts.a} articles (FTS5); ${RUNS} runs per query\n`);
  console.log("| query | p50 ms | p95 ms | target p95 | ok |\n|---|---:|---:|---:|:-:|");
  for (const c of cases) {
    c.run(0); // warm the page cache for this query's indexes
    const times: number[] = [];
    for (let i = 0; i < (c.runs ?? RUNS); i++) {
      const t = process.hrtime.bigint();
      c.run(i + 1);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((x, y) => x - y);
    const p95 = percentile(times, 95);
    const ok = c.target === undefined ? "" : p95 < c.target ? "yes" : "NO";
    console.log(`| ${c.name} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${c.target ?? "–"} | ${ok} |`);
  }
  closeDb(db);
}

await main();
