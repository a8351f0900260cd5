import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadSources } from "../src/config.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { runCrawl } from "../src/crawl/pipeline.ts";
import { memoryLogger } from "../src/log.ts";
import { filler, type Site, startSite, writeCrawlConfig } from "./helpers/crawl-site.ts";
import { startServer } from "./helpers/http.ts";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "wallwatch-crawl-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const story = (n: number) => ({
  path: `/a/${n}.html`,
  title: `Story ${n}: platforms open up`,
  paragraphs: filler(`Story ${n} about Taobao and WeChat Pay number ${n * 7919}`),
  published: `2025-03-1${n % 10}T08:00:00Z`,
});

function count(db: ReturnType<typeof openDb>, sql: string): number {
  return (db.$client.prepare(sql).get() as { n: number }).n;
}

test("a crawl stores every new article once; a failing source is recorded and the other still finishes", async () => {
  const site = await startSite([story(1), story(2), story(3)], {
    feedLinks: [
      { link: "/a/1.html", title: "Story 1" },
      { link: "/a/1.html?utm_source=feed&utm_medium=rss", title: "Story 1 again, tracked" },
      { link: "/a/2.html#comments", title: "Story 2" },
      { link: "/a/3.html", title: "Story 3" },
    ],
  });
  const broken = await startServer((_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss><channel><item>"));
  const sub = mkdtempSync(join(dir, "basic-"));
  const { config, sourcesPath } = writeCrawlConfig(sub, [
    { name: "good", url: `${site.url}/feed.xml`, kind: "rss" },
    { name: "broken", url: `${broken.url}/feed.xml`, kind: "rss" },
  ]);
  const log = memoryLogger();
  const db = openDb(config.db);
  try {
    const first = await runCrawl(db, config, loadSources(sourcesPath), log);
    assert.equal(first.newArticles, 3);
    assert.equal(first.sourcesOk, 1);
    assert.equal(first.sourcesFailed, 1);
    assert.match(first.failures.broken!, /feed/);
    assert.equal(count(db, "SELECT count(*) AS n FROM articles"), 3);
    assert.equal(count(db, "SELECT count(*) AS n FROM articles WHERE canonical_url LIKE '%utm_%' OR canonical_url LIKE '%#%'"), 0);
    const health = db.$client.prepare("SELECT consecutive_failures AS f, failing_since AS since, next_fetch_at AS next FROM sources WHERE name='broken'").get() as Record<string, unknown>;
    assert.equal(health.f, 1);
    assert.ok(health.since && health.next);
    const warn = log.lines.find((l) => l.msg === "source failed");
    assert.equal(warn?.source, "broken");
    const run = db.$client.prepare("SELECT status, counts FROM runs WHERE job='crawl' ORDER BY id DESC").get() as { status: string; counts: string };
    assert.equal(run.status, "partial");
    assert.equal(JSON.parse(run.counts).newArticles, 3);

    // Nothing changed: the feed answers 304 and no article is fetched again.
    const fetchedBefore = site.articleFetches().length;
    const second = await runCrawl(db, config, loadSources(sourcesPath), log);
    assert.equal(second.newArticles, 0);
    assert.equal(site.articleFetches().length, fetchedBefore);
    assert.equal(second.sourcesSkipped, 1, "the broken source is in backoff");
    assert.equal(count(db, "SELECT count(*) AS n FROM articles"), 3);
    const full = count(db, "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Taobao'");
    assert.equal(full, 3);
  } finally {
    closeDb(db);
    await site.close();
    await broken.close();
  }
});

test("the same story syndicated by two outlets is stored twice but linked as a near-duplicate", async () => {
  const text = filler("Alipay and Meituan agree to interconnect payment", 6);
  const a = await startSite([{ path: "/a/orig.html", title: "Alipay lands on Meituan", paragraphs: text }]);
  const edited = [...text];
  edited[2] = `${edited[2]} An editor added this sentence.`;
  const b = await startSite([{ path: "/a/copy.html", title: "UPDATED: Alipay lands on Meituan (wire)", paragraphs: edited }]);
  const sub = mkdtempSync(join(dir, "dup-"));
  const { config, sourcesPath } = writeCrawlConfig(sub, [
    { name: "a", url: `${a.url}/feed.xml`, kind: "rss" },
    { name: "b", url: `${b.url}/feed.xml`, kind: "rss" },
  ]);
  const db = openDb(config.db);
  try {
    await runCrawl(db, config, loadSources(sourcesPath).slice(0, 1), memoryLogger());
    const s = await runCrawl(db, config, loadSources(sourcesPath), memoryLogger(), { only: ["b"] });
    assert.equal(s.nearDuplicates, 1);
    const rows = db.$client.prepare("SELECT id, source, duplicate_of AS dup FROM articles ORDER BY id").all() as { id: number; source: string; dup: number | null }[];
    assert.deepEqual(
      rows.map((r) => [r.source, r.dup]),
      [
        ["a", null],
        ["b", rows[0]!.id],
      ],
    );
  } finally {
    closeDb(db);
    await a.close();
    await b.close();
  }
});

test("a feed on a public-looking host cannot make the crawler fetch a loopback address", async () => {
  // The feed lists a link to the test server itself by its loopback address.
  const site: Site = await startSite([story(4)], { feedLinks: (base) => [{ link: `${base}/a/4.html`, title: "internal" }] });
  const port = new URL(site.url).port;
  const sub = mkdtempSync(join(dir, "ssrf-"));
  const { config, sourcesPath } = writeCrawlConfig(sub, [{ name: "public", url: `http://news.public-looking.test:${port}/feed.xml`, kind: "rss" }]);
  const { createFetcher } = await import("../src/crawl/fetch.ts");
  const log = memoryLogger();
  const fetcher = createFetcher(config.crawl, log, {
    // Resolve the public-looking name to the test server so the feed itself can be read.
    lookup: (_host, _opts, callback) => callback(null, [{ address: "127.0.0.1", family: 4 }]),
  });
  const db = openDb(config.db);
  try {
    const s = await runCrawl(db, config, loadSources(sourcesPath), log, { fetcher });
    assert.equal(s.newArticles, 0);
    assert.equal(s.articlesFailed, 1);
    const refused = log.lines.find((l) => l.msg === "article failed");
    assert.equal(refused?.kind, "fetch.refused_address");
    assert.ok(!site.requests.some((r) => r.path.startsWith("/a/")), "no article request reached the server");
  } finally {
    await fetcher.close();
    closeDb(db);
    await site.close();
  }
});
