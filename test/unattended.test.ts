// The scheduler as a real process: SIGTERM in the middle of a crawl, a second scheduler on the
// same database, `status` exit codes and `backup` while the scheduler runs.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { stringify } from "yaml";
import { articleHtml, filler, rssFeed } from "./helpers/crawl-site.ts";
import { startServer } from "./helpers/http.ts";

const cli = join(import.meta.dirname, "..", "bin", "wallwatch.js");

function start(args: string[]): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WALLWATCH_LOG_LEVEL: "info" } });
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  child.stdout!.resume();
  // A process ended by a signal's default action has no exit code; say which signal, beside its log.
  const exit = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => {
      if (signal) err += `\n[ended by ${signal}]`;
      resolve(code);
    }),
  );
  return { child, stderr: () => err, exit };
}

/** Runs the CLI to completion without blocking this process (the test's own servers must keep answering). */
function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => {
    stdout += d;
  });
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  return new Promise((resolve) =>
    child.on("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}

function readDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if (check()) return;
    } catch {
      // The database may not exist yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test("schedule: SIGTERM mid-crawl exits 0 in bounded time with a consistent database; a second scheduler is refused; status and backup work meanwhile", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-unattended-"));
  const pages = Array.from({ length: 30 }, (_, i) => ({
    path: `/a/${i}.html`,
    title: `Story ${i}`,
    paragraphs: filler(`Story ${i} about WeChat Pay acceptance on Taobao, serial ${i * 7919}`),
  }));
  let base = "";
  // Article pages answer slowly, so the crawl is still running when the signal arrives.
  const server = await startServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(base, pages.map((p) => ({ link: p.path, title: p.title }))));
      return;
    }
    const page = pages.find((p) => p.path === req.url);
    if (!page) return void res.writeHead(404).end();
    setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml(page)), 250);
  });
  base = server.url;
  const dbPath = join(dir, "w.db");
  const configPath = join(dir, "wallwatch.config.yaml");
  writeFileSync(join(dir, "sources.yaml"), stringify({ sources: [{ name: "slow", url: `${server.url}/feed.xml`, kind: "rss" }] }));
  writeFileSync(
    configPath,
    stringify({
      db: dbPath,
      sources: join(dir, "sources.yaml"),
      crawl: { minDelayMs: 0, retries: 0, workers: 0, concurrency: 1, perHostConcurrency: 1 },
      // Second-level cron: the first crawl starts within a second.
      schedule: { crawl: "*/2 * * * * *", digest: "0 8 * * 1", maintenance: "30 3 * * 0" },
    }),
  );
  const first = start(["--config", configPath, "schedule", "--grace-seconds", "3"]);
  try {
    await until("a crawl run to start", () => readDb(dbPath, (db) => db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n >= 2);

    const second = await runCli(["--config", configPath, "schedule"]);
    assert.notEqual(second.status, 0, "a second scheduler on the same database must refuse to start");
    assert.match(second.stderr, /another scheduler .* is running/);

    const status = await runCli(["--config", configPath, "status", "--json"]);
    const report = JSON.parse(status.stdout) as { scheduler: { running: boolean }; counts: { articles: number } };
    assert.equal(report.scheduler.running, true);
    assert.ok(report.counts.articles >= 2);

    const backupPath = join(dir, "backup.db");
    const backup = await runCli(["--config", configPath, "backup", backupPath]);
    assert.equal(backup.status, 0, backup.stderr);
    assert.equal(readDb(backupPath, (db) => (db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check), "ok");

    const signalled = Date.now();
    first.child.kill("SIGTERM");
    const code = await first.exit;
    assert.equal(code, 0, first.stderr());
    assert.ok(Date.now() - signalled < 10_000, "the scheduler stops within its grace period");
    assert.match(first.stderr(), /scheduler stopped/);

    readDb(dbPath, (db) => {
      assert.equal((db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
      const dupes = db.prepare("SELECT count(*) AS n FROM (SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1)").get() as { n: number };
      assert.equal(dupes.n, 0);
      const running = db.prepare("SELECT count(*) AS n FROM runs WHERE status = 'running'").get() as { n: number };
      assert.equal(running.n, 0, "no run is left marked running after a clean stop");
      const lease = db.prepare("SELECT count(*) AS n FROM leases WHERE name = 'scheduler'").get() as { n: number };
      assert.equal(lease.n, 0, "the lease is released");
    });

    // After the stop, a new scheduler may start (the lease was released, not left to expire).
    const third = start(["--config", configPath, "schedule"]);
    await until("the next scheduler to start", () => /scheduler started/.test(third.stderr()), 10_000);
    third.child.kill("SIGTERM");
    assert.equal(await third.exit, 0);
  } finally {
    if (first.child.exitCode === null) first.child.kill("SIGKILL");
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Starts `args` on a database another writer holds, signals it with SIGTERM as soon as it logs
 * `starting`, checks the signal did not kill it outright, then frees the database; resolves to
 * its exit code and log once it ends, with the lease table read after.
 */
async function signalWhileStarting(args: string[], starting: RegExp): Promise<{ code: number | null; log: string; leases: number }> {
  const { openDb, closeDb } = await import("../src/db/client.ts");
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-startstop-"));
  const dbPath = join(dir, "w.db");
  const configPath = join(dir, "wallwatch.config.yaml");
  writeFileSync(join(dir, "sources.yaml"), stringify({ sources: [] }));
  writeFileSync(configPath, stringify({ db: dbPath, sources: join(dir, "sources.yaml"), schedule: { crawl: "0 0 1 1 *", digest: "0 8 * * 1", maintenance: "30 3 * * 0" } }));
  closeDb(openDb(dbPath));
  // Another writer holds the database, so the command waits for its lease while starting.
  const blocker = new Database(dbPath);
  blocker.exec("BEGIN IMMEDIATE");
  const proc = start(["--config", configPath, ...args]);
  try {
    await until(`${args[0]} to begin starting`, () => starting.test(proc.stderr()), 15_000);
    await new Promise((r) => setTimeout(r, 300));
    proc.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(proc.child.exitCode, null, `the signal must not kill a starting ${args[0]} outright\n${proc.stderr()}`);
    assert.equal(proc.child.signalCode, null, `the signal must not kill a starting ${args[0]} outright\n${proc.stderr()}`);
    blocker.exec("ROLLBACK");
    blocker.close();
    const code = await proc.exit;
    const leases = readDb(dbPath, (db) => (db.prepare("SELECT count(*) AS n FROM leases WHERE name = 'scheduler'").get() as { n: number }).n);
    return { code, log: proc.stderr(), leases };
  } finally {
    if (blocker.open) blocker.close();
    if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

test("schedule: SIGTERM while the scheduler is still starting on a busy database stops it cleanly and releases the lease", async () => {
  const { code, log, leases } = await signalWhileStarting(["schedule"], /scheduler starting/);
  assert.equal(code, 0, log);
  assert.match(log, /stopping on signal/);
  assert.match(log, /scheduler stopped/);
  assert.equal(leases, 0, "the lease is released");
});

test("run --once: SIGTERM while it waits on a busy database ends the run cleanly, runs no step and releases the lease", async () => {
  const { code, log, leases } = await signalWhileStarting(["run", "--once", "--no-digest"], /run starting/);
  assert.equal(code, 0, log);
  assert.match(log, /stopping on signal/);
  assert.doesNotMatch(log, /step finished/);
  assert.equal(leases, 0, "the lease is released");
});

test("status exits non-zero when a source keeps failing, and names it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-status-"));
  const server = await startServer((_req, res) => void res.writeHead(500).end("down"));
  try {
    const configPath = join(dir, "wallwatch.config.yaml");
    writeFileSync(join(dir, "sources.yaml"), stringify({ sources: [{ name: "broken", url: `${server.url}/feed.xml`, kind: "rss" }] }));
    writeFileSync(configPath, stringify({ db: join(dir, "w.db"), sources: join(dir, "sources.yaml"), crawl: { minDelayMs: 0, retries: 0, workers: 0 }, schedule: { failureThreshold: 2 } }));
    for (let i = 0; i < 2; i++) {
      const run = await runCli(["--config", configPath, "run", "--once", "--no-digest"]);
      assert.equal(run.status, 1, "run --once exits 1 when a source failed");
      // The source backs off after a failure; make it due again for the second run.
      const db = new Database(join(dir, "w.db"));
      db.prepare("UPDATE sources SET next_fetch_at = NULL").run();
      db.close();
    }
    // Weekly maintenance came with the first pass only, and every step is a row in runs.
    readDb(join(dir, "w.db"), (db) => {
      const jobs = db.prepare("SELECT job, count(*) AS n FROM runs GROUP BY job ORDER BY job").all();
      assert.deepEqual(jobs, [
        { job: "classify", n: 2 },
        { job: "crawl", n: 2 },
        { job: "maintenance", n: 1 },
      ]);
    });
    const status = await runCli(["--config", configPath, "status"]);
    assert.equal(status.status, 1, status.stdout + status.stderr);
    assert.match(status.stdout, /NEEDS ATTENTION/);
    assert.match(status.stdout, /source broken failing since/);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("status flags a scheduler that silently stopped: no successful crawl for a day", async () => {
  const { buildStatus } = await import("../jobs/commands.ts");
  const { loadConfig } = await import("../src/config.ts");
  const { openDb, closeDb } = await import("../src/db/client.ts");
  const { startRun, finishRun } = await import("../src/db/runs.ts");
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-stale-"));
  try {
    const config = loadConfig({ env: { WALLWATCH_DB: join(dir, "w.db") }, cwd: dir });
    const db = openDb(config.db);
    const at = new Date("2026-03-01T10:00:00Z");
    finishRun(db, startRun(db, "crawl", at), "ok", {}, null, at);
    closeDb(db);
    const fresh = await buildStatus(config, config.db, new Date("2026-03-01T20:00:00Z"));
    assert.equal(fresh.ok, true, fresh.problems.join("; "));
    const stale = await buildStatus(config, config.db, new Date("2026-03-03T10:00:00Z"));
    assert.equal(stale.ok, false);
    assert.deepEqual(stale.problems, ["no successful crawl since 2026-03-01T10:00:00.000Z"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
