// `wallwatch schedule`, `run --once`, `status` and `backup`: running wallwatch unattended.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Command, parseCommandArgs } from "../src/args.ts";
import type { Config } from "../src/config.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { backupTo, databaseBytes, healthCounts, sourceCount, troubledSources } from "../src/db/health.ts";
import { acquireLease, getLease, releaseLease } from "../src/db/leases.ts";
import { consecutiveFailures, recentRuns } from "../src/db/runs.ts";
import { describeError, WallwatchError } from "../src/errors.ts";
import { classifyJob } from "./classify.ts";
import { crawlJob } from "./crawl.ts";
import { digestJob } from "./digest.ts";
import type { Job } from "./job.ts";
import { maintenanceJob } from "./maintenance.ts";
import { nextRunTimes, runJobRecorded, SCHEDULER_LEASE, Scheduler, validateSchedules } from "./scheduler.ts";

/** The standard jobs with their configured schedules (classify also follows every crawl). */
export function defaultJobs(config: Config): Job[] {
  return [
    crawlJob(config.schedule.crawl),
    // Classify has its own tick as a safety net for articles stored by a manual crawl.
    classifyJob("15 */6 * * *"),
    digestJob(config.schedule.digest),
    maintenanceJob(config.schedule.maintenance),
  ];
}

const helpFlag = { help: { type: "boolean", short: "h" } } as const;

export const schedule: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs("schedule", argv, { ...helpFlag, "grace-seconds": { type: "string" } }, false);
  if (values.help) {
    ctx.out("usage: wallwatch schedule [--grace-seconds N]\n\nRuns crawl, classify, digest and maintenance on their schedules until SIGTERM/SIGINT.\n");
    return 0;
  }
  const config = ctx.config();
  const jobs = defaultJobs(config);
  validateSchedules(jobs);
  // Listen before anything is acquired: a service manager that stops the scheduler while it is
  // still starting (on a busy database, say) must get a clean stop that releases the lease, not a
  // process killed outright with the lease left to expire.
  const signals = stopSignals();
  try {
    ctx.log.info("scheduler starting", { db: config.db });
    const db = openDb(config.db);
    const grace = values["grace-seconds"] ? Number(values["grace-seconds"]) * 1000 : 20_000;
    const scheduler = new Scheduler(db, config, ctx.log, jobs, { graceMs: grace });
    try {
      await scheduler.start();
    } catch (err) {
      closeDb(db);
      throw err;
    }
    const signal = await signals.first;
    ctx.log.info("stopping on signal", { signal });
    await scheduler.stop();
    closeDb(db);
    return 0;
  } finally {
    signals.dispose();
  }
};

/** SIGTERM and SIGINT from now on: the first resolves `first`; a second means "now" and exits. */
function stopSignals(): { first: Promise<NodeJS.Signals>; dispose: () => void } {
  let resolveFirst: (signal: NodeJS.Signals) => void = () => {};
  const first = new Promise<NodeJS.Signals>((resolveSignal) => {
    resolveFirst = resolveSignal;
  });
  let seen = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (seen) process.exit(signal === "SIGINT" ? 130 : 143);
    seen = true;
    resolveFirst(signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return {
    first,
    dispose: () => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
    },
  };
}

export const runOnce: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs("run", argv, { ...helpFlag, once: { type: "boolean" }, "no-digest": { type: "boolean" } }, false);
  if (values.help || !values.once) {
    ctx.out(
      "usage: wallwatch run --once [--no-digest]\n\nRuns crawl, then classify, then the digest when one is due (and weekly maintenance), and exits.\n" +
        "Exit 0 when all went well, 1 when a part failed (a source, a send), 2 on bad config.\n",
    );
    return values.help ? 0 : 2;
  }
  const config = ctx.config();
  // Listen before the database is opened, as the scheduler does: a stop while opening waits on a
  // busy database ends the run cleanly instead of killing it by the signal's default action.
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const unlisten = () => {
    process.off("SIGTERM", stop);
    process.off("SIGINT", stop);
  };
  ctx.log.info("run starting", { db: config.db });
  let db: ReturnType<typeof openDb>;
  try {
    db = openDb(config.db);
  } catch (err) {
    unlisten();
    throw err;
  }
  const holder = `run-once:${process.pid}`;
  const { ok, lease } = acquireLease(db, SCHEDULER_LEASE, holder, 6 * 3_600_000);
  if (!ok) {
    unlisten();
    closeDb(db);
    throw new WallwatchError("lease.held", `run: a scheduler (${lease.holder}) is running on ${config.db}; it already does this work`);
  }
  let failed = false;
  try {
    // A signal that came while the database was opening waits in the event loop's poll phase:
    // one timer turn and one check turn let it through, so such a stop runs no step at all.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    // Maintenance is weekly: a cron-driven installation gets it from the first run after a week.
    const lastUpkeep = recentRuns(db, "maintenance", 20).find((r) => r.status === "ok");
    const upkeepDue = !lastUpkeep || Date.now() - new Date(lastUpkeep.startedAt).getTime() > 7 * 86_400_000;
    const steps = defaultJobs(config).filter(
      (j) => j.name === "crawl" || j.name === "classify" || (j.name === "digest" && !values["no-digest"]) || (j.name === "maintenance" && upkeepDue),
    );
    for (const job of steps) {
      if (abort.signal.aborted) {
        ctx.log.info("stopping on signal", { skipped: job.name });
        break;
      }
      try {
        const r = await runJobRecorded(job, { db, config, log: ctx.log.child({ job: job.name }), signal: abort.signal });
        ctx.log.info("step finished", { job: job.name, ok: r.ok, ...r.counts });
        if (!r.ok || Number(r.counts.sourcesFailed ?? 0) > 0) failed = true;
      } catch (err) {
        failed = true;
        ctx.log.error("step failed", { job: job.name, error: describeError(err) });
      }
    }
  } finally {
    unlisten();
    releaseLease(db, SCHEDULER_LEASE, holder);
    closeDb(db);
  }
  return failed ? 1 : 0;
};

export interface StatusReport {
  ok: boolean;
  /** Why attention is needed (empty when ok). */
  problems: string[];
  database: { path: string; bytes: number };
  scheduler: { running: boolean; holder: string | null; leaseExpiresAt: string | null };
  jobs: {
    job: string;
    schedule: string;
    next: string | null;
    lastRun: { status: string; startedAt: string; endedAt: string | null; error: string | null; counts: Record<string, unknown> } | null;
    consecutiveFailures: number;
  }[];
  sources: { configured: number; troubled: ReturnType<typeof troubledSources> };
  counts: ReturnType<typeof healthCounts>;
}

const STALE_CRAWL_MS = 24 * 3_600_000;

/** Builds the health report from the database. */
export async function buildStatus(config: Config, dbPath = config.db, now = new Date()): Promise<StatusReport> {
  const db = openDb(dbPath, { readonly: true });
  try {
    const jobs = defaultJobs(config);
    const next = await nextRunTimes(jobs, config.schedule.timezone);
    const threshold = config.schedule.failureThreshold;
    const problems: string[] = [];
    const jobRows = jobs.map((j) => {
      const last = recentRuns(db, j.name, 5).find((r) => r.status !== "skipped") ?? null;
      const fails = consecutiveFailures(db, j.name);
      if (fails >= threshold) problems.push(`job ${j.name} failed ${fails} times in a row${last?.error ? `: ${last.error}` : ""}`);
      return { job: j.name, schedule: j.schedule, next: next[j.name] ?? null, lastRun: last && { status: last.status, startedAt: last.startedAt, endedAt: last.endedAt, error: last.error, counts: last.counts }, consecutiveFailures: fails };
    });
    // A scheduler that silently stopped (host rebooted, timer disabled) shows as a crawl that
    // has not succeeded for a day.
    const lastCrawl = recentRuns(db, "crawl", 50).find((r) => r.status === "ok" || r.status === "partial");
    if (lastCrawl && now.getTime() - new Date(lastCrawl.startedAt).getTime() > STALE_CRAWL_MS) {
      problems.push(`no successful crawl since ${lastCrawl.startedAt}`);
    }
    const troubled = troubledSources(db);
    for (const s of troubled) {
      if (s.consecutiveFailures >= threshold) problems.push(`source ${s.name} failing since ${s.failingSince}: ${s.lastError}`);
      for (const b of s.breakage) problems.push(`source ${s.name}: ${b.detail} (since ${b.since})`);
    }
    const lease = getLease(db, SCHEDULER_LEASE);
    const leaseLive = Boolean(lease && new Date(lease.expiresAt) > now);
    return {
      ok: problems.length === 0,
      problems,
      database: { path: dbPath, bytes: databaseBytes(dbPath) },
      scheduler: { running: leaseLive, holder: leaseLive ? lease!.holder : null, leaseExpiresAt: leaseLive ? lease!.expiresAt : null },
      jobs: jobRows,
      sources: { configured: sourceCount(db), troubled },
      counts: healthCounts(db, now),
    };
  } finally {
    closeDb(db);
  }
}

function formatStatus(r: StatusReport): string {
  const lines = [
    `wallwatch status: ${r.ok ? "OK" : "NEEDS ATTENTION"}`,
    `database  ${r.database.path} (${(r.database.bytes / 1e6).toFixed(1)} MB)`,
    `scheduler ${r.scheduler.running ? `running (${r.scheduler.holder})` : "not running"}`,
    `articles  ${r.counts.articles} (${r.counts.articlesLastDay} in the last day, ${r.counts.unclassified} unclassified) · events ${r.counts.events} · quotes ${r.counts.quotes}`,
    "",
    "jobs:",
    ...r.jobs.map(
      (j) =>
        `  ${j.job.padEnd(12)} last ${j.lastRun ? `${j.lastRun.status} at ${j.lastRun.startedAt}` : "never"}` +
        `${j.consecutiveFailures ? ` · ${j.consecutiveFailures} failures in a row` : ""} · next ${j.next ?? "?"}`,
    ),
    "",
    `sources: ${r.sources.configured} known, ${r.sources.troubled.length} with problems`,
    ...r.sources.troubled.map(
      (s) =>
        `  ${s.name}: ${s.consecutiveFailures ? `failing since ${s.failingSince} (${s.consecutiveFailures}x): ${s.lastError}` : ""}` +
        s.breakage.map((b) => ` ${b.kind} since ${b.since}`).join(","),
    ),
  ];
  if (r.problems.length) lines.push("", "needs attention:", ...r.problems.map((p) => `  - ${p}`));
  return `${lines.join("\n")}\n`;
}

export const status: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs("status", argv, { ...helpFlag, json: { type: "boolean" } }, false);
  if (values.help) {
    ctx.out("usage: wallwatch status [--json]\n\nLast runs, next runs, failing sources, counts. Exit 1 when something needs attention.\n");
    return 0;
  }
  const config = ctx.config();
  if (!existsSync(config.db)) throw new WallwatchError("db.open", `status: no database at ${config.db} yet (run 'wallwatch crawl' or 'npm run demo' first)`);
  const report = await buildStatus(config);
  ctx.out(values.json ? `${JSON.stringify(report)}\n` : formatStatus(report));
  return report.ok ? 0 : 1;
};

export const backup: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommandArgs("backup", argv, { ...helpFlag, force: { type: "boolean" } });
  if (values.help || positionals.length !== 1) {
    ctx.out("usage: wallwatch backup FILE [--force]\n\nWrites a consistent copy of the database (safe while the scheduler runs).\n");
    return values.help ? 0 : 2;
  }
  const config = ctx.config();
  const target = resolve(positionals[0]!);
  if (existsSync(target) && !values.force) throw new WallwatchError("input.invalid", `backup: ${target} exists (use --force to replace it)`);
  if (resolve(config.db) === target) throw new WallwatchError("input.invalid", "backup: the copy cannot be the database itself");
  if (existsSync(target)) (await import("node:fs")).rmSync(target);
  const db = openDb(config.db, { readonly: true });
  try {
    backupTo(db, target);
  } catch (err) {
    throw new WallwatchError("db.open", `backup: cannot write ${target}: ${(err as Error).message}`);
  } finally {
    closeDb(db);
  }
  ctx.out(`backup written to ${target}\n`);
  return 0;
};
