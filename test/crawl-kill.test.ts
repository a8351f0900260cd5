import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { articleHtml, filler, rssFeed, writeCrawlConfig } from "./helpers/crawl-site.ts";
import { startServer } from "./helpers/http.ts";

const N = 24;
const cli = join(import.meta.dirname, "..", "bin", "wallwatch.js");

function runCli(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  done.then(() => (process.env.WALLWATCH_TEST_VERBOSE ? process.stderr.write(err) : undefined));
  return { child, done };
}

test("SIGKILL in the middle of a crawl loses nothing committed, and the next crawl finishes without duplicates", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-kill-"));
  const pages = Array.from({ length: N }, (_, i) => ({
    path: `/a/${i}.html`,
    title: `Article ${i}`,
    paragraphs: filler(`Article ${i} on Douyin links opening to Taobao, serial ${i * 104729}`),
  }));
  let base = "";
  // Article pages answer slowly so the kill lands mid-run.
  const server = await startServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(base, pages.map((p) => ({ link: p.path, title: p.title }))));
      return;
    }
    const page = pages.find((p) => p.path === path);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml(page)), 120);
  });
  base = server.url;
  try {
    const { configPath, config } = writeCrawlConfig(dir, [{ name: "slow", url: `${server.url}/feed.xml`, kind: "rss" }], { concurrency: 2, perHostConcurrency: 2 });
    const first = runCli(["--config", configPath, "crawl"]);
    // Wait until some articles are committed, then kill without warning.
    const deadline = Date.now() + 20_000;
    let stored = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const ro = new Database(config.db, { readonly: true, fileMustExist: true });
        stored = (ro.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
        ro.close();
      } catch {
        // Not created or migrated yet.
      }
      if (stored >= 3) break;
    }
    assert.ok(stored >= 3 && stored < N, `killed mid-run (stored ${stored})`);
    first.child.kill("SIGKILL");
    assert.equal(await first.done, null);

    const second = runCli(["--config", configPath, "crawl"]);
    assert.equal(await second.done, 0);
    const db = new Database(config.db, { readonly: true });
    const total = (db.prepare("SELECT count(*) AS n, count(DISTINCT canonical_url) AS d FROM articles").get() as { n: number; d: number });
    assert.deepEqual(total, { n: N, d: N });
    const halfWritten = (db.prepare("SELECT count(*) AS n FROM articles WHERE length(text) < 200").get() as { n: number }).n;
    assert.equal(halfWritten, 0);
    assert.equal((db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Douyin'").get() as { n: number }).n, N);
    assert.equal((db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
    db.close();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
