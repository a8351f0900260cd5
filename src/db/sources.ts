// Per-source crawl state and health: validators for conditional GET, failures with backoff,
// and silent-breakage flags (empty feeds, collapsing text, missing dates, mojibake).
import { eq, inArray } from "drizzle-orm";
import type { Db } from "./client.ts";
import { sources } from "./schema.ts";

export type SourceRow = typeof sources.$inferSelect;

/** A silent-breakage signal and since when it has been seen. */
export interface BreakageFlag {
  kind: "empty_feed" | "short_text" | "missing_dates" | "mojibake";
  since: string;
  detail: string;
}

/** Ensures a row exists for each configured source (url/kind kept current); returns all rows by name. */
export function upsertSources(db: Db, specs: { name: string; url: string; kind: string }[], now = new Date()): Map<string, SourceRow> {
  const at = now.toISOString();
  db.transaction((tx) => {
    for (const s of specs) {
      tx.insert(sources)
        .values({ name: s.name, url: s.url, kind: s.kind, updatedAt: at })
        .onConflictDoUpdate({ target: sources.name, set: { url: s.url, kind: s.kind } })
        .run();
    }
  });
  const rows = specs.length ? db.select().from(sources).where(inArray(sources.name, specs.map((s) => s.name))).all() : [];
  return new Map(rows.map((r) => [r.name, r]));
}

export function getSource(db: Db, name: string): SourceRow | undefined {
  return db.select().from(sources).where(eq(sources.name, name)).get();
}

export function allSources(db: Db): SourceRow[] {
  return db.select().from(sources).all();
}

/** Backoff after `failures` consecutive failures: 15 min doubling, capped at one day. */
export function backoffMs(failures: number): number {
  return Math.min(15 * 60_000 * 2 ** Math.max(0, failures - 1), 24 * 3_600_000);
}

/** Records a failed discovery: counts it, keeps since-when, and schedules the next try. */
export function recordSourceFailure(db: Db, name: string, status: number, error: string, now = new Date()): void {
  const row = getSource(db, name);
  const failures = (row?.consecutiveFailures ?? 0) + 1;
  db.update(sources)
    .set({
      lastStatus: status,
      lastError: error,
      consecutiveFailures: failures,
      failingSince: row?.failingSince ?? now.toISOString(),
      nextFetchAt: new Date(now.getTime() + backoffMs(failures)).toISOString(),
      lastFetchedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    })
    .where(eq(sources.name, name))
    .run();
}

export interface SourceSuccess {
  status: number;
  etag?: string | null;
  lastModified?: string | null;
  /** Items in the feed (null on a 304, which says nothing about items). */
  itemCount: number | null;
  /** Mean extracted text length of the articles stored this run, if any. */
  meanTextLength?: number;
  /** Articles stored this run, and how many had no date / looked like mojibake. */
  stored?: number;
  missingDates?: number;
  mojibake?: number;
}

// How many 200-with-no-items runs before the feed is flagged as silently broken.
const EMPTY_RUNS_FLAG = 3;

/** Records a successful discovery and updates the silent-breakage flags. */
export function recordSourceSuccess(db: Db, name: string, r: SourceSuccess, now = new Date()): BreakageFlag[] {
  const row = getSource(db, name);
  const at = now.toISOString();
  const flags = new Map<string, BreakageFlag>((JSON.parse(row?.breakage ?? "[]") as BreakageFlag[]).map((f) => [f.kind, f]));
  const set = (kind: BreakageFlag["kind"], on: boolean, detail: string) => {
    if (on) flags.set(kind, { kind, since: flags.get(kind)?.since ?? at, detail });
    else flags.delete(kind);
  };
  const emptyRuns = r.itemCount === 0 ? (row?.emptyRuns ?? 0) + 1 : r.itemCount === null ? (row?.emptyRuns ?? 0) : 0;
  set("empty_feed", emptyRuns >= EMPTY_RUNS_FLAG, `feed answered with no items ${emptyRuns} runs in a row`);
  let avg = row?.avgTextLength ?? null;
  if (r.stored && r.meanTextLength !== undefined) {
    // Text that collapses to under a third of the source's usual length means extraction broke.
    if (avg !== null && avg > 600) set("short_text", r.meanTextLength < avg / 3, `mean text ${Math.round(r.meanTextLength)} chars, usually ${Math.round(avg)}`);
    avg = avg === null ? r.meanTextLength : avg * 0.8 + r.meanTextLength * 0.2;
  }
  if (r.stored) {
    set("missing_dates", (r.missingDates ?? 0) / r.stored > 0.5, `${r.missingDates} of ${r.stored} articles had no publication date`);
    set("mojibake", (r.mojibake ?? 0) > 0, `${r.mojibake} of ${r.stored} articles had garbled characters`);
  }
  const breakage = [...flags.values()];
  db.update(sources)
    .set({
      lastStatus: r.status,
      lastError: null,
      consecutiveFailures: 0,
      failingSince: null,
      nextFetchAt: null,
      lastFetchedAt: at,
      lastOkAt: at,
      ...(r.etag !== undefined ? { etag: r.etag } : {}),
      ...(r.lastModified !== undefined ? { lastModified: r.lastModified } : {}),
      ...(r.itemCount !== null ? { lastItemCount: r.itemCount } : {}),
      emptyRuns,
      avgTextLength: avg,
      breakage: JSON.stringify(breakage),
      updatedAt: at,
    })
    .where(eq(sources.name, name))
    .run();
  return breakage;
}
