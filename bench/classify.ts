// Classify benchmark: `npm run bench:classify -- --articles 10000`. Generates articles from
// sentence templates and the entity registry (about a third report an event, some with analyst
// quotes; a few are syndicated near-duplicates) into a temp SQLite file, then runs runClassify
// over them. Prints a markdown table: articles/s, peak RSS (sampled every 100 ms; runClassify
// yields between batches of 200, so samples land at batch boundaries) and RSS after a quarter
// of the articles vs after all of them, to show memory is flat in the number of articles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runClassify } from "../src/classify/classify-command.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import type { ArticleInput } from "../src/classify/types.ts";
import { closeDb, type Db, openDb } from "../src/db/client.ts";
import { countEvents } from "../src/db/events.ts";
import { createLogger } from "../src/log.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, keep: { type: "boolean", default: false } } });
const total = Number(values.articles);
if (!Number.isInteger(total) || total < 4) {
  process.stderr.write(`bench:classify: --articles '${values.articles}' must be a whole number ≥ 4\n`);
  process.exit(2);
}

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
let seed = 20250312;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const registry = defaultRegistry().all();
// A pool of 40 names so the same pairs recur and reports merge into shared events.
const platforms = registry
  .filter((e) => e.kind === "platform" || e.kind === "company" || e.kind === "product")
  .map((e) => e.name)
  .slice(0, 40);
const regulators = registry.filter((e) => e.kind === "regulator").map((e) => e.name);

const EVENT_SENTENCES = [
  "On Monday, {a} said shoppers can now pay with {b} at checkout.",
  "{a} has opened its mini programs to links from {b}, the company said on {day}.",
  "Last year {a} started letting users share links to {b} stores.",
  "{a} and {b} signed an advertising cooperation deal in {month} that sends users to {b}'s marketplace.",
  "{a} will license its video library to {b} from 1 July.",
  "{a} began using {b}'s logistics network for deliveries in {month}.",
  "{r} ordered {a} and {b} to stop blocking each other's links on {day}.",
  "{a} sued {b} over the blocking of its live-streaming links in {month}.",
];
const FILLER = [
  "The company reported revenue growth of {n}% in the quarter, helped by advertising.",
  "{a} shares rose {n}% in Hong Kong trading after the results.",
  "Analysts had expected slower growth in the cloud business this year.",
  "{a} launched a new smartphone with a larger screen and a faster chip.",
  "The start-up raised {n} million dollars in a funding round led by {a}.",
  "Consumer spending in China picked up during the holiday season.",
  "{a} said it would hire more engineers for its artificial intelligence unit.",
  "The market for online groceries remains crowded and unprofitable.",
];
const QUOTES = [
  '"This is a big step for interoperability," said {person}, a senior analyst at Example Research.',
  "{person}, an analyst at Example Securities, believes that more platforms will open up.",
  "According to {person}, president of Example Institute, the walls are coming down.",
];
const SURNAMES = ["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"];
const GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Hui"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

function fill(template: string): string {
  const a = pick(platforms);
  let b = pick(platforms);
  if (b === a) b = pick(platforms);
  return template
    .replaceAll("{a}", a)
    .replaceAll("{b}", b)
    .replaceAll("{r}", pick(regulators))
    .replaceAll("{day}", pick(DAYS))
    .replaceAll("{month}", pick(MONTHS))
    .replaceAll("{person}", `${pick(SURNAMES)} ${pick(GIVEN)}`)
    .replaceAll("{n}", String(1 + Math.floor(rand() * 40)));
}

function generateArticle(): { title: string; text: string } {
  const withEvent = rand() < 0.35;
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(rand() * 5);
  for (let p = 0; p < count; p++) {
    const sentences = [fill(pick(FILLER)), fill(pick(FILLER))];
    if (withEvent && p === 0) sentences.unshift(fill(pick(EVENT_SENTENCES)));
    if (withEvent && p === 1 && rand() < 0.5) sentences.push(fill(pick(QUOTES)));
    paragraphs.push(sentences.join(" "));
  }
  return { title: paragraphs[0]!.split(/[.,]/)[0]!.slice(0, 90), text: paragraphs.join("\n\n") };
}

function seedArticles(db: Db, n: number): number {
  const insert = db.$client.prepare(
    "INSERT INTO articles (url, canonical_url, source, title, text, content_hash, published_at, fetched_at, duplicate_of) VALUES (?, ?, 'bench', ?, ?, ?, ?, ?, ?)",
  );
  let bytes = 0;
  db.$client.transaction(() => {
    let previous: { id: number; title: string; text: string } | null = null;
    for (let i = 1; i <= n; i++) {
      // One article in twenty is a syndicated copy of the one before.
      const copy: boolean = previous !== null && rand() < 0.05;
      const a: { title: string; text: string } = copy ? previous! : generateArticle();
      const published = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
      const url = `https://bench.example/${i}`;
      const r = insert.run(url, url, a.title, a.text, `h${i}`, published, `${published}T08:00:00.000Z`, copy ? previous!.id : null);
      bytes += a.text.length;
      previous = { id: Number(r.lastInsertRowid), title: a.title, text: a.text };
    }
  })();
  return bytes;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

const dir = mkdtempSync(join(tmpdir(), "wallwatch-bench-classify-"));
const db = openDb(join(dir, "bench.db"));
try {
  const t0 = Date.now();
  const bytes = seedArticles(db, total);
  process.stderr.write(`bench:classify: ${total} articles (${mb(bytes)} MB of text) generated in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  // Load registry, lexicons and models before timing, as a long-running process would have.
  classifyArticle({ text: "Warm-up: Taobao accepts WeChat Pay.", published: "2025-03-12" });

  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  const quarter = Math.floor(total / 4);
  let seen = 0;
  let rssQuarter = 0;
  const classifier = (input: ArticleInput) => {
    seen++;
    if (seen === quarter) rssQuarter = process.memoryUsage.rss();
    return classifyArticle(input);
  };
  const started = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const counts = await runClassify(db, createLogger({ level: "warn" }), { classifier });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const rssEnd = process.memoryUsage.rss();
  clearInterval(sampler);
  peak = Math.max(peak, rssEnd);

  const rows: [string, string][] = [
    ["articles classified", String(counts.articles)],
    ["relevant", String(counts.relevant)],
    ["events stored / new", `${countEvents(db)} / ${counts.newEvents}`],
    ["mentions / quotes", `${counts.mentions} / ${counts.quotes}`],
    ["wall time (s)", seconds.toFixed(1)],
    ["CPU time (s)", ((cpu.user + cpu.system) / 1e6).toFixed(1)],
    ["**articles/s** (wall)", (counts.articles / seconds).toFixed(0)],
    // On a shared machine wall time includes waiting for a core; this is what one core does.
    ["articles per CPU-second", (counts.articles / ((cpu.user + cpu.system) / 1e6)).toFixed(0)],
    ["peak RSS (MB, sampled every 100 ms)", mb(peak)],
    [`RSS after ${quarter} articles (MB)`, mb(rssQuarter)],
    [`RSS after ${counts.articles} articles (MB)`, mb(rssEnd)],
  ];
  const out = [`Command: \`npm run bench:classify -- --articles ${total}\` (node ${process.version})`, "", "| measure | value |", "|---|---|"];
  for (const [k, v] of rows) out.push(`| ${k} | ${v} |`);
  process.stdout.write(`${out.join("\n")}\n`);
} finally {
  closeDb(db);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`bench:classify: database kept in ${dir}\n`);
}
