// What a scheduled job is: a name, a cron schedule, and a run that calls into src/.
import type { Config } from "../src/config.ts";
import type { Db } from "../src/db/client.ts";
import type { Logger } from "../src/log.ts";

export interface JobContext {
  db: Db;
  config: Config;
  log: Logger;
  /** Aborted when the scheduler is asked to stop: finish or abandon the current item. */
  signal: AbortSignal;
}

/** Counts a run reports; ok=false means the job failed as a whole. */
export interface JobResult {
  ok: boolean;
  counts: Record<string, number | string>;
}

export interface Job {
  name: string;
  /** Cron expression (5 fields, or 6 with seconds). */
  schedule: string;
  run(ctx: JobContext): Promise<JobResult>;
  /** Jobs to run right after this one succeeds (classify after crawl). */
  followedBy?: string[];
}
