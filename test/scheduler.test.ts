import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Job } from "../jobs/job.ts";
import { SCHEDULER_LEASE, Scheduler, validateSchedules } from "../jobs/scheduler.ts";
import { loadConfig } from "../src/config.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { acquireLease, getLease } from "../src/db/leases.ts";
import { recentRuns } from "../src/db/runs.ts";
import { memoryLogger } from "../src/log.ts";

const config = loadConfig({ env: {}, cwd: tmpdir() });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tempDb() {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-sched-"));
  const path = join(dir, "s.db");
  return { db: openDb(path), path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test("a job still running at its next tick is skipped and recorded", async () => {
  const t = tempDb();
  let starts = 0;
  const slow: Job = {
    name: "slow",
    schedule: "* * * * * *",
    async run() {
      starts++;
      await sleep(2300);
      return { ok: true, counts: { n: 1 } };
    },
  };
  const s = new Scheduler(t.db, config, memoryLogger(), [slow], { leaseMs: 5000 });
  try {
    await s.start();
    await sleep(3200);
  } finally {
    await s.stop();
  }
  const runs = recentRuns(t.db, "slow", 20);
  assert.ok(runs.some((r) => r.status === "skipped" && r.error === "previous run still running"), JSON.stringify(runs));
  assert.ok(starts >= 1 && starts <= 2);
  closeDb(t.db);
  t.cleanup();
});

test("a failing job is recorded, never stops the scheduler, and the other jobs keep running", async () => {
  const t = tempDb();
  let good = 0;
  const jobs: Job[] = [
    {
      name: "boom",
      schedule: "* * * * * *",
      async run() {
        throw new Error("disk on fire");
      },
    },
    {
      name: "fine",
      schedule: "* * * * * *",
      async run() {
        good++;
        return { ok: true, counts: {} };
      },
    },
  ];
  const log = memoryLogger();
  const s = new Scheduler(t.db, config, log, jobs, { leaseMs: 5000 });
  await s.start();
  await sleep(2600);
  await s.stop();
  const boom = recentRuns(t.db, "boom", 10);
  assert.ok(boom.length >= 2, "the failing job ran on later ticks too");
  assert.ok(boom.every((r) => r.status === "failed" && /disk on fire/.test(r.error ?? "")));
  assert.ok(good >= 2);
  assert.ok(log.lines.some((l) => l.msg === "job failed" && l.job === "boom"));
  closeDb(t.db);
  t.cleanup();
});

test("a job's follow-up runs after it succeeds (classify after crawl)", async () => {
  const t = tempDb();
  const order: string[] = [];
  const jobs: Job[] = [
    { name: "first", schedule: "0 0 1 1 *", followedBy: ["second"], run: async () => {
        order.push("first");
        return { ok: true, counts: {} };
      },
    },
    { name: "second", schedule: "0 0 1 1 *", run: async () => {
        order.push("second");
        return { ok: true, counts: {} };
      },
    },
  ];
  const s = new Scheduler(t.db, config, memoryLogger(), jobs, { leaseMs: 5000 });
  await s.start();
  await s.tick("first");
  await s.stop();
  assert.deepEqual(order, ["first", "second"]);
  closeDb(t.db);
  t.cleanup();
});

test("a second scheduler on the same database is refused; a stale lease is taken over", async () => {
  const t = tempDb();
  const job: Job = { name: "noop", schedule: "0 0 1 1 *", run: async () => ({ ok: true, counts: {} }) };
  const first = new Scheduler(t.db, config, memoryLogger(), [job], { leaseMs: 5000, holder: "first" });
  await first.start();
  const other = openDb(t.path);
  const second = new Scheduler(other, config, memoryLogger(), [job], { leaseMs: 5000, holder: "second" });
  await assert.rejects(second.start(), /another scheduler \(first\) is running/);
  await first.stop();
  assert.equal(getLease(other, SCHEDULER_LEASE), undefined, "a clean stop releases the lease");

  // A crashed holder: its lease expired a while ago.
  acquireLease(other, SCHEDULER_LEASE, "crashed", 1000, new Date(Date.now() - 60_000));
  const third = new Scheduler(other, config, memoryLogger(), [job], { leaseMs: 5000, holder: "third" });
  await third.start();
  assert.equal(getLease(other, SCHEDULER_LEASE)?.holder, "third");
  await third.stop();
  closeDb(other);
  closeDb(t.db);
  t.cleanup();
});

test("a bad cron expression is one clear error naming the job", () => {
  assert.throws(
    () => validateSchedules([{ name: "crawl", schedule: "61 * * * *", run: async () => ({ ok: true, counts: {} }) }]),
    /config: schedule\.crawl: '61 \* \* \* \*' is not a cron expression/,
  );
});

test("stop aborts the running job and waits for it within the grace period", async () => {
  const t = tempDb();
  let sawAbort = false;
  const job: Job = {
    name: "long",
    schedule: "0 0 1 1 *",
    run: ({ signal }) =>
      new Promise((resolve) => {
        signal.addEventListener("abort", () => {
          sawAbort = true;
          resolve({ ok: true, counts: { abandonedCleanly: 1 } });
        });
      }),
  };
  const s = new Scheduler(t.db, config, memoryLogger(), [job], { leaseMs: 5000, graceMs: 3000 });
  await s.start();
  void s.tick("long");
  await sleep(50);
  const started = Date.now();
  await s.stop();
  assert.ok(sawAbort);
  assert.ok(Date.now() - started < 3000);
  assert.equal(recentRuns(t.db, "long", 1)[0]?.status, "ok");
  closeDb(t.db);
  t.cleanup();
});
