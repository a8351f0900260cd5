// What the weekly digest reads (events, parties, mentions, quotes, crawl health over a week) and
// the `digests` table that makes each (week, recipient) go out exactly once.
// Week bounds arrive as ISO UTC strings from Date.toISOString(); stored timestamps use the same
// form, so text comparison is time comparison and the first_seen index is used.
import { and, asc, count, eq, exists, gt, gte, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { articles, digests, entities, eventParties, events, mentions, quotes, runs, sources } from "./schema.ts";

/** An event as the digest needs it. */
export interface DigestEventRow {
  id: number;
  type: string;
  date: string | null;
  datePrecision: string | null;
  summary: string;
  confidence: number;
  firstSeenAt: string;
}

const eventColumns = {
  id: events.id,
  type: events.type,
  date: events.date,
  datePrecision: events.datePrecision,
  summary: events.summary,
  confidence: events.confidence,
  firstSeenAt: events.firstSeenAt,
};

/** Events first seen in [start, end). */
export function eventsFirstSeenIn(db: Db, start: string, end: string): DigestEventRow[] {
  return db
    .select(eventColumns)
    .from(events)
    .where(and(gte(events.firstSeenAt, start), lt(events.firstSeenAt, end)))
    .orderBy(asc(events.id))
    .all();
}

/** Events first seen before `start` that an article fetched in [start, end) reports again. */
export function eventsReportedAgainIn(db: Db, start: string, end: string): DigestEventRow[] {
  const fresh = db
    .select({ one: sql`1` })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(and(eq(mentions.eventId, events.id), gte(articles.fetchedAt, start), lt(articles.fetchedAt, end)));
  return db
    .select(eventColumns)
    .from(events)
    .where(and(lt(events.firstSeenAt, start), exists(fresh)))
    .orderBy(asc(events.id))
    .all();
}

/** One party of an event, with the entity's parent for grouping. */
export interface EventPartyRow {
  eventId: number;
  name: string;
  parent: string | null;
}

/** Parties of the given events. */
export function partiesOfEvents(db: Db, eventIds: number[]): EventPartyRow[] {
  const out: EventPartyRow[] = [];
  for (const chunk of chunks(eventIds)) {
    out.push(
      ...db
        .select({ eventId: eventParties.eventId, name: entities.name, parent: entities.parent })
        .from(eventParties)
        .innerJoin(entities, eq(entities.id, eventParties.entityId))
        .where(inArray(eventParties.eventId, chunk))
        .orderBy(asc(entities.name))
        .all(),
    );
  }
  return out;
}

/** Every entity's parent (name -> parent), to roll parties up to their group. */
export function entityParents(db: Db): Map<string, string | null> {
  const rows = db.select({ name: entities.name, parent: entities.parent }).from(entities).all();
  return new Map(rows.map((r) => [r.name, r.parent]));
}

/** An article that mentions an event. */
export interface MentionArticleRow {
  eventId: number;
  articleId: number;
  url: string;
  title: string;
  source: string;
  siteName: string | null;
  /** Set when the article re-publishes an earlier one (not an independent source). */
  duplicateOf: number | null;
  publishedAt: string | null;
  fetchedAt: string;
  /** The sentence of this article that reports the event. */
  evidence: string;
}

/** Articles mentioning the given events (one row per event and article), oldest first. */
export function mentionArticlesOfEvents(db: Db, eventIds: number[]): MentionArticleRow[] {
  const out: MentionArticleRow[] = [];
  for (const chunk of chunks(eventIds)) {
    out.push(
      ...db
        .selectDistinct({
          eventId: mentions.eventId,
          articleId: articles.id,
          url: articles.url,
          title: articles.title,
          source: articles.source,
          siteName: articles.siteName,
          duplicateOf: articles.duplicateOf,
          publishedAt: articles.publishedAt,
          fetchedAt: articles.fetchedAt,
          evidence: mentions.evidence,
        })
        .from(mentions)
        .innerJoin(articles, eq(articles.id, mentions.articleId))
        .where(inArray(mentions.eventId, chunk))
        .orderBy(asc(articles.fetchedAt), asc(articles.id))
        .all(),
    );
  }
  return out;
}

/** A quote with the article it came from. */
export interface DigestQuoteRow {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  text: string;
  direct: boolean;
  eventId: number | null;
  url: string;
  title: string;
  source: string;
  siteName: string | null;
}

/** Quotes from articles fetched in [start, end), skipping re-published copies. */
export function quotesFromArticlesFetchedIn(db: Db, start: string, end: string): DigestQuoteRow[] {
  return db
    .select({
      speaker: quotes.speaker,
      role: quotes.role,
      affiliation: quotes.affiliation,
      text: quotes.text,
      direct: quotes.direct,
      eventId: quotes.eventId,
      url: articles.url,
      title: articles.title,
      source: articles.source,
      siteName: articles.siteName,
    })
    .from(quotes)
    .innerJoin(articles, eq(articles.id, quotes.articleId))
    .where(and(gte(articles.fetchedAt, start), lt(articles.fetchedAt, end), isNull(articles.duplicateOf)))
    .orderBy(asc(articles.fetchedAt), asc(quotes.id))
    .all();
}

/** Type and first-seen time of events first seen in [start, end), for the weekly chart. */
export function eventTypesFirstSeenIn(db: Db, start: string, end: string): { type: string; firstSeenAt: string }[] {
  return db
    .select({ type: events.type, firstSeenAt: events.firstSeenAt })
    .from(events)
    .where(and(gte(events.firstSeenAt, start), lt(events.firstSeenAt, end)))
    .all();
}

/** Number of articles fetched in [start, end). */
export function countArticlesFetchedIn(db: Db, start: string, end: string): number {
  return db.select({ n: count() }).from(articles).where(and(gte(articles.fetchedAt, start), lt(articles.fetchedAt, end))).get()?.n ?? 0;
}

/** A source that is failing or silently broken right now. */
export interface FailingSourceRow {
  name: string;
  consecutiveFailures: number;
  lastError: string | null;
  failingSince: string | null;
  /** JSON array of breakage flags. */
  breakage: string;
}

/** Sources with failures in a row or silent-breakage flags. */
export function failingSources(db: Db): FailingSourceRow[] {
  return db
    .select({
      name: sources.name,
      consecutiveFailures: sources.consecutiveFailures,
      lastError: sources.lastError,
      failingSince: sources.failingSince,
      breakage: sources.breakage,
    })
    .from(sources)
    .where(or(gt(sources.consecutiveFailures, 0), and(ne(sources.breakage, "[]"), ne(sources.breakage, ""))))
    .orderBy(asc(sources.name))
    .all();
}

/** Runs of `job` started in [start, end), counted by status. */
export function runStatusCountsIn(db: Db, job: string, start: string, end: string): Record<string, number> {
  const rows = db
    .select({ status: runs.status, n: count() })
    .from(runs)
    .where(and(eq(runs.job, job), gte(runs.startedAt, start), lt(runs.startedAt, end)))
    .groupBy(runs.status)
    .all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Every job name that has ever run. */
export function jobNames(db: Db): string[] {
  return db.selectDistinct({ job: runs.job }).from(runs).orderBy(asc(runs.job)).all().map((r) => r.job);
}

export type DigestSendRow = typeof digests.$inferSelect;

/** The send record of one (week, recipient), if any. */
export function getDigestSend(db: Db, week: string, recipient: string): DigestSendRow | undefined {
  return db.select().from(digests).where(and(eq(digests.week, week), eq(digests.recipient, recipient))).get();
}

/** Records a successful send (one more attempt, message id kept, error cleared). */
export function recordDigestSent(db: Db, week: string, recipient: string, messageId: string, now = new Date()): void {
  const at = now.toISOString();
  db.insert(digests)
    .values({ week, recipient, status: "sent", messageId, attempts: 1, sentAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [digests.week, digests.recipient],
      set: { status: "sent", messageId, error: null, attempts: sql`${digests.attempts} + 1`, sentAt: at, updatedAt: at },
    })
    .run();
}

/** Records a failed send; the next run tries again. A previous success is never overwritten. */
export function recordDigestFailed(db: Db, week: string, recipient: string, error: string, now = new Date()): void {
  const at = now.toISOString();
  db.insert(digests)
    .values({ week, recipient, status: "failed", error, attempts: 1, updatedAt: at })
    .onConflictDoUpdate({
      target: [digests.week, digests.recipient],
      set: {
        // A --force resend that fails keeps the earlier 'sent' status: the reader has the digest.
        status: sql`CASE WHEN ${digests.status} = 'sent' THEN 'sent' ELSE 'failed' END`,
        error,
        attempts: sql`${digests.attempts} + 1`,
        updatedAt: at,
      },
    })
    .run();
}

function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
