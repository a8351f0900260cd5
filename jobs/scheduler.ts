// The scheduler: node-cron ticks, one scheduler per database (a lease with expiry), no overlap
// (a job still running when its next tick comes is skipped and recorded), a failing job never
// stops the others, and a graceful stop that aborts the current work and waits a bounded time.
import { hostname } from "node:os";
import cron, { type ScheduledTask } from "node-cron";
import type { Config } from "../src/config.ts";
import type { Db } from "../src/db/client.ts";
import { acquireLease, getLease, releaseLease } from "../src/db/leases.ts";
import { abandonStaleRuns, finishRun, recentRuns, recordSkippedRun, startRun } from "../src/db/runs.ts";
import { describeError, WallwatchError } from "../src/errors.ts";
import type { Logger } from "../src/log.ts";
import type { Job, JobContext, JobResult } from "./job.ts";

export const SCHEDULER_LEASE = "scheduler";

export interface SchedulerOptions {
  /** Lease lifetime; renewed at a third of it. */
  leaseMs?: number;
  /** How long stop() waits for running jobs before giving up on them. */
  graceMs?: number;
  holder?: string;
}

/** Runs a job once and makes sure the run is a row in `runs`: stages that record their own runs
 * (crawl, classify) are left alone, the others get a row here. Rethrows what the job throws. */
export async function runJobRecorded(job: Job, ctx: JobContext): Promise<JobResult> {
  const before = recentRuns(ctx.db, job.name, 1)[0]?.id ?? 0;
  const started = new Date();
  const recorded = () => recentRuns(ctx.db, job.name, 1).some((r) => r.id > before && r.status !== "running");
  try {
    const r = await job.run(ctx);
    if (!recorded()) finishRun(ctx.db, startRun(ctx.db, job.name, started), r.ok ? "ok" : "failed", r.counts);
    return r;
  } catch (err) {
    if (!recorded()) finishRun(ctx.db, startRun(ctx.db, job.name, started), "failed", {}, describeError(err));
    throw err;
  }
}

/** Checks every job's cron expression; one line per bad one. */
export function validateSchedules(jobs: Job[]): void {
  const bad = jobs.flatMap((j) => {
    const v = cron.validateDetailed(j.schedule);
    return v.valid ? [] : [`config: schedule.${j.name}: '${j.schedule}' is not a cron expression (${v.errors.map((e) => e.message).join("; ")})`];
  });
  if (bad.length) throw new WallwatchError("config.invalid", bad.join("\n"));
}

export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private readonly holder: string;
  private renewTimer?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly jobs: Job[],
    private readonly opts: SchedulerOptions = {},
  ) {
    this.holder = opts.holder ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  }

  private get leaseMs(): number {
    return this.opts.leaseMs ?? 60_000;
  }

  /** Takes the database's scheduler lease and starts the cron tasks. Throws lease.held if another scheduler runs. */
  async start(): Promise<void> {
    validateSchedules(this.jobs);
    const { ok, lease } = acquireLease(this.db, SCHEDULER_LEASE, this.holder, this.leaseMs);
    if (!ok) {
      throw new WallwatchError(
        "lease.held",
        `schedule: another scheduler (${lease.holder}) is running on ${this.config.db}; its lease expires at ${lease.expiresAt}`,
      );
    }
    const abandoned = abandonStaleRuns(this.db);
    if (abandoned) this.log.warn("marked runs left by a dead process as abandoned", { runs: abandoned });
    this.renewTimer = setInterval(() => this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    for (const job of this.jobs) {
      const task = cron.schedule(job.schedule, () => this.tick(job.name), { timezone: this.config.schedule.timezone, name: job.name });
      this.tasks.push(task);
    }
    this.log.info("scheduler started", {
      holder: this.holder,
      jobs: this.jobs.map((j) => `${j.name} ${j.schedule}`).join(", "),
      timezone: this.config.schedule.timezone,
    });
  }

  private renew(): void {
    try {
      const { ok, lease } = acquireLease(this.db, SCHEDULER_LEASE, this.holder, this.leaseMs);
      if (!ok) {
        this.log.error("scheduler lease taken by another process; stopping", { holder: lease.holder });
        void this.stop();
      }
    } catch (err) {
      // A busy database delays renewal; the lease outlives several tries.
      this.log.warn("could not renew scheduler lease", { error: describeError(err) });
    }
  }

  /** Runs a job now unless it is already running (then records a skipped run). */
  tick(name: string): Promise<void> {
    if (this.stopping) return Promise.resolve();
    const job = this.jobs.find((j) => j.name === name);
    if (!job) return Promise.resolve();
    if (this.running.has(name)) {
      this.log.warn("job still running, tick skipped", { job: name });
      recordSkippedRun(this.db, name, "previous run still running");
      return Promise.resolve();
    }
    const p = this.execute(job).finally(() => this.running.delete(name));
    this.running.set(name, p);
    return p;
  }

  private async execute(job: Job): Promise<void> {
    const jlog = this.log.child({ job: job.name });
    const started = Date.now();
    let ok = false;
    try {
      const r = await runJobRecorded(job, { db: this.db, config: this.config, log: jlog, signal: this.abort.signal });
      ok = r.ok;
      jlog.info("job finished", { ok: r.ok, seconds: Number(((Date.now() - started) / 1000).toFixed(1)), ...r.counts });
    } catch (err) {
      jlog.error("job failed", { error: describeError(err) });
    }
    if (ok && !this.stopping) for (const next of job.followedBy ?? []) await this.tick(next);
  }

  /** Stops ticking, aborts current work, waits up to graceMs, releases the lease. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const t of this.tasks) await t.destroy();
    clearInterval(this.renewTimer);
    this.abort.abort();
    const grace = this.opts.graceMs ?? 20_000;
    const pending = [...this.running.values()];
    if (pending.length) {
      this.log.info("waiting for running jobs to stop", { jobs: [...this.running.keys()].join(", "), graceSeconds: grace / 1000 });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        Promise.allSettled(pending).then(() => false),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(true), grace);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        this.log.warn("jobs did not stop in time; their runs are marked abandoned", { jobs: [...this.running.keys()].join(", ") });
        abandonStaleRuns(this.db);
      }
    }
    if (getLease(this.db, SCHEDULER_LEASE)?.holder === this.holder) releaseLease(this.db, SCHEDULER_LEASE, this.holder);
    this.log.info("scheduler stopped");
  }

  /** Next run time of each job (for status). */
  nextRuns(): Record<string, string | null> {
    return Object.fromEntries(this.tasks.map((t) => [t.name ?? "?", t.getNextRun()?.toISOString() ?? null]));
  }
}

/** Next time each cron expression fires, computed without starting anything long-lived. */
export async function nextRunTimes(jobs: { name: string; schedule: string }[], timezone: string): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const j of jobs) {
    if (!cron.validate(j.schedule)) {
      out[j.name] = null;
      continue;
    }
    const t = cron.createTask(j.schedule, () => {}, { timezone, unref: true });
    await t.start();
    out[j.name] = t.getNextRun()?.toISOString() ?? null;
    await t.destroy();
  }
  return out;
}
