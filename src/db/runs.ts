// Every run of every job is a row in `runs`: started before work begins, finished with its
// status, counts and error. A process that dies leaves status 'running'; the next start marks
// such rows 'abandoned'.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { runs } from "./schema.ts";

export type RunStatus = "running" | "ok" | "partial" | "failed" | "skipped" | "abandoned";

export interface RunRow {
  id: number;
  job: string;
  startedAt: string;
  endedAt: string | null;
  status: RunStatus;
  counts: Record<string, number | string>;
  error: string | null;
}

const toRow = (r: typeof runs.$inferSelect): RunRow => ({ ...r, status: r.status as RunStatus, counts: JSON.parse(r.counts) });

/** Records the start of a run; returns its id. */
export function startRun(db: Db, job: string, now = new Date()): number {
  const row = db.insert(runs).values({ job, startedAt: now.toISOString(), status: "running" }).returning({ id: runs.id }).get();
  return row.id;
}

/** Records the end of a run. */
export function finishRun(
  db: Db,
  id: number,
  status: Exclude<RunStatus, "running">,
  counts: Record<string, number | string> = {},
  error: string | null = null,
  now = new Date(),
): void {
  db.update(runs).set({ endedAt: now.toISOString(), status, counts: JSON.stringify(counts), error }).where(eq(runs.id, id)).run();
}

/** Records a run that did not happen (e.g. skipped because the previous one still runs). */
export function recordSkippedRun(db: Db, job: string, reason: string, now = new Date()): void {
  const at = now.toISOString();
  db.insert(runs).values({ job, startedAt: at, endedAt: at, status: "skipped", error: reason }).run();
}

/** Marks runs left 'running' by a dead process as abandoned. */
export function abandonStaleRuns(db: Db, job?: string, now = new Date()): number {
  const where = job ? and(eq(runs.status, "running"), eq(runs.job, job)) : eq(runs.status, "running");
  return db.update(runs).set({ status: "abandoned", endedAt: now.toISOString(), error: "process ended before the run finished" }).where(where).run().changes;
}

/** The most recent runs of a job, newest first. */
export function recentRuns(db: Db, job: string, limit = 10): RunRow[] {
  return db.select().from(runs).where(eq(runs.job, job)).orderBy(desc(runs.startedAt), desc(runs.id)).limit(limit).all().map(toRow);
}

/** How many of the latest finished runs of a job failed in a row. */
export function consecutiveFailures(db: Db, job: string): number {
  let n = 0;
  for (const r of recentRuns(db, job, 50)) {
    if (r.status === "skipped" || r.status === "running") continue;
    if (r.status !== "failed" && r.status !== "abandoned") break;
    n++;
  }
  return n;
}
