// Read-side numbers for `status` and maintenance: counts, sizes, failing sources.
import { statSync } from "node:fs";
import type { Db } from "./client.ts";
import type { BreakageFlag } from "./sources.ts";

export interface HealthCounts {
  articles: number;
  articlesLastDay: number;
  events: number;
  quotes: number;
  /** Articles stored but not yet classified by any version. */
  unclassified: number;
}

const one = (db: Db, sql: string, ...params: unknown[]) => (db.$client.prepare(sql).get(...params) as { n: number }).n;

export function healthCounts(db: Db, now = new Date()): HealthCounts {
  return {
    articles: one(db, "SELECT count(*) AS n FROM articles"),
    articlesLastDay: one(db, "SELECT count(*) AS n FROM articles WHERE fetched_at >= ?", new Date(now.getTime() - 86_400_000).toISOString()),
    events: one(db, "SELECT count(*) AS n FROM events"),
    quotes: one(db, "SELECT count(*) AS n FROM quotes"),
    unclassified: one(db, "SELECT count(*) AS n FROM articles WHERE classified_version IS NULL"),
  };
}

export interface SourceHealth {
  name: string;
  url: string;
  consecutiveFailures: number;
  failingSince: string | null;
  lastError: string | null;
  lastOkAt: string | null;
  nextFetchAt: string | null;
  breakage: BreakageFlag[];
}

/** Sources failing now or showing silent-breakage signals. */
export function troubledSources(db: Db): SourceHealth[] {
  const rows = db.$client
    .prepare(
      `SELECT name, url, consecutive_failures AS consecutiveFailures, failing_since AS failingSince, last_error AS lastError,
              last_ok_at AS lastOkAt, next_fetch_at AS nextFetchAt, breakage
       FROM sources WHERE consecutive_failures > 0 OR breakage != '[]' ORDER BY consecutive_failures DESC, name`,
    )
    .all() as (Omit<SourceHealth, "breakage"> & { breakage: string })[];
  return rows.map((r) => ({ ...r, breakage: JSON.parse(r.breakage) as BreakageFlag[] }));
}

export function sourceCount(db: Db): number {
  return one(db, "SELECT count(*) AS n FROM sources");
}

/** Size of the database file plus its WAL, in bytes. */
export function databaseBytes(path: string): number {
  let total = 0;
  for (const f of [path, `${path}-wal`]) {
    try {
      total += statSync(f).size;
    } catch {
      // No WAL right after a checkpoint.
    }
  }
  return total;
}

/** Deletes raw HTML older than `days` (0 = all); returns how many pages went. */
export function pruneRawPages(db: Db, days: number, now = new Date()): number {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.$client.prepare("DELETE FROM raw_pages WHERE fetched_at < ?").run(cutoff).changes;
}

/** A consistent copy of the live database (works while the scheduler writes). */
export function backupTo(db: Db, file: string): void {
  db.$client.prepare("VACUUM INTO ?").run(file);
}
