// Classify storage: which articles need classifying, the entity rows, and storing one article's
// events, mentions and quotes in one transaction so re-classifying is idempotent and a crash
// never leaves half an article. Merge decisions are made by src/classify/merge.ts.
import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { type EventState, eventKey, keyPrefix, mergeEvent, normaliseParties, pickCandidate } from "../classify/merge.ts";
import type { Classification, DatePrecision, Entity, EventStatus, EventType } from "../classify/types.ts";
import type { Db } from "./client.ts";
import { articles, entities, eventParties, events, mentions, quotes } from "./schema.ts";

/** What classification reads of a stored article. */
export interface ArticleToClassify {
  id: number;
  title: string;
  text: string;
  publishedAt: string | null;
  fetchedAt: string;
  lang: string | null;
  url: string;
}

/**
 * Articles not yet classified with `version`, in id order, `batchSize` at a time. Keyset paging
 * (id > last) keeps memory flat however many articles there are, and rows committed while
 * iterating are simply skipped (they now carry the version).
 */
export function* articlesToClassify(db: Db, version: string, batchSize = 200, limit = Number.POSITIVE_INFINITY): Generator<ArticleToClassify[]> {
  let after = 0;
  let left = limit;
  while (left > 0) {
    const rows = db
      .select({
        id: articles.id,
        title: articles.title,
        text: articles.text,
        publishedAt: articles.publishedAt,
        fetchedAt: articles.fetchedAt,
        lang: articles.lang,
        url: articles.url,
      })
      .from(articles)
      .where(and(gt(articles.id, after), or(isNull(articles.classifiedVersion), ne(articles.classifiedVersion, version))))
      .orderBy(asc(articles.id))
      .limit(Math.min(batchSize, left))
      .all();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    left -= rows.length;
  }
}

/**
 * Marks every article unclassified and every event stale, so the next pass rebuilds all events
 * from the stored articles. Stale events keep their ids: the first report of them under the new
 * version replaces their fields instead of merging into the old ones. Crash-safe: a later
 * `classify` continues where this pass stopped.
 */
export function markAllForReclassification(db: Db): number {
  return db.transaction((tx) => {
    tx.update(events).set({ classifierVersion: "" }).run();
    return tx.update(articles).set({ classifiedVersion: null }).run().changes;
  });
}

/** Canonical name -> entity id, filled as entities are written. */
export type EntityIds = Map<string, number>;

/** Writes the registry's entities (known = true, refreshed kind/parent/aliases); returns their ids by name. */
export function upsertRegistryEntities(db: Db, registry: Entity[], now = new Date()): EntityIds {
  const at = now.toISOString();
  const ids: EntityIds = new Map();
  db.transaction((tx) => {
    for (const e of registry) {
      const values = { kind: e.kind, parent: e.parent ?? null, aliases: JSON.stringify(e.aliases), known: true };
      const row = tx
        .insert(entities)
        .values({ name: e.name, firstSeenAt: at, ...values })
        .onConflictDoUpdate({ target: entities.name, set: values })
        .returning({ id: entities.id })
        .get();
      ids.set(e.name, row.id);
    }
  });
  return ids;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The id of the entity named `name`, creating it as an unknown organisation (known = false) if new. */
function entityId(tx: Tx, ids: EntityIds, name: string, at: string): number {
  const cached = ids.get(name);
  if (cached !== undefined) return cached;
  tx.insert(entities).values({ name, kind: "unknown", known: false, firstSeenAt: at }).onConflictDoNothing({ target: entities.name }).run();
  const id = tx.select({ id: entities.id }).from(entities).where(eq(entities.name, name)).get()!.id;
  ids.set(name, id);
  return id;
}

/** What storing one article's classification did. */
export interface StoreResult {
  /** Ids of the events this article now reports. */
  eventIds: number[];
  newEvents: number;
  mentions: number;
  quotes: number;
}

export interface StoreInput {
  articleId: number;
  /** The article's fetchedAt: events' first/last seen times. */
  fetchedAt: string;
  classification: Classification;
  version: string;
  /** Text of sentence `i` of the article, for restating sentences (ExtractedEvent.alsoIn). */
  sentence?: (index: number) => string | undefined;
}

type EventRow = typeof events.$inferSelect;

const stateOf = (row: EventRow, parties: string[]): EventState => ({
  type: row.type as EventType,
  parties,
  date: row.date,
  datePrecision: row.datePrecision as DatePrecision | null,
  effectiveDate: row.effectiveDate,
  status: row.status as EventStatus | null,
  summary: row.summary,
  confidence: row.confidence,
  firstSeenAt: row.firstSeenAt,
  lastSeenAt: row.lastSeenAt,
});

/** The event's key, made unique with its id in the rare case another event already holds it. */
function uniqueKey(tx: Tx, key: string, id: number | null): string {
  const holder = tx.select({ id: events.id }).from(events).where(eq(events.key, key)).get();
  if (!holder || holder.id === id) return key;
  return `${key}#${id ?? Date.now()}`;
}

/**
 * Replaces an article's events, mentions and quotes with `classification`, in one transaction:
 * its old mentions and quotes go first (so running it twice changes nothing), each event is
 * merged into a stored one or created, source counts are recomputed for every event it touched
 * or used to touch, events left without mentions are deleted, and the article is marked done.
 */
export function storeClassification(db: Db, ids: EntityIds, input: StoreInput): StoreResult {
  const { articleId, fetchedAt, classification: cls, version } = input;
  return db.transaction((tx) => {
    const previous = tx.selectDistinct({ id: mentions.eventId }).from(mentions).where(eq(mentions.articleId, articleId)).all();
    tx.delete(mentions).where(eq(mentions.articleId, articleId)).run();
    tx.delete(quotes).where(eq(quotes.articleId, articleId)).run();

    const result: StoreResult = { eventIds: [], newEvents: 0, mentions: 0, quotes: 0 };
    const extracted = cls.relevant ? cls.events : [];
    for (const e of extracted) {
      const parties = normaliseParties(e.parties);
      const incoming: EventState = {
        type: e.type,
        parties,
        date: e.date,
        datePrecision: e.datePrecision,
        effectiveDate: e.effectiveDate ?? null,
        status: e.status ?? null,
        summary: e.summary,
        confidence: e.confidence,
        firstSeenAt: fetchedAt,
        lastSeenAt: fetchedAt,
      };
      const prefix = keyPrefix(e.type, parties);
      // Keys of one type and party set share the prefix ending in "||"; "|}" sorts right after it.
      const candidates = tx
        .select()
        .from(events)
        .where(and(gte(events.key, prefix), lt(events.key, `${prefix.slice(0, -1)}}`)))
        .all();
      const found = pickCandidate(e.date, candidates);
      let id: number;
      if (found) {
        // A stale event (older classifier version) is rebuilt from its first new report.
        const state = found.classifierVersion === version ? mergeEvent(stateOf(found, parties), incoming) : incoming;
        id = found.id;
        tx.update(events)
          .set({ ...rowValues(state), key: uniqueKey(tx, eventKey(state.type, parties, state.date), id), classifierVersion: version })
          .where(eq(events.id, id))
          .run();
      } else {
        const key = uniqueKey(tx, eventKey(e.type, parties, e.date), null);
        id = tx.insert(events).values({ ...rowValues(incoming), key, classifierVersion: version }).returning({ id: events.id }).get().id;
        for (const p of parties) tx.insert(eventParties).values({ eventId: id, entityId: entityId(tx, ids, p, fetchedAt) }).onConflictDoNothing().run();
        result.newEvents++;
      }
      result.eventIds.push(id);
      const sentences = [{ index: e.sentenceIndex, text: e.evidence }];
      for (const i of e.alsoIn ?? []) sentences.push({ index: i, text: input.sentence?.(i) ?? e.evidence });
      for (const s of sentences) {
        result.mentions += tx
          .insert(mentions)
          .values({ eventId: id, articleId, evidence: s.text, sentenceIndex: s.index, date: e.date, confidence: e.confidence })
          .onConflictDoNothing()
          .run().changes;
      }
    }

    // Quotes and unknown organisations of irrelevant articles (earnings calls, launches) are noise.
    for (const q of cls.relevant ? cls.quotes : []) {
      const eventId = q.eventIndex === undefined ? null : (result.eventIds[q.eventIndex] ?? null);
      tx.insert(quotes).values({ articleId, eventId, speaker: q.speaker, role: q.role, affiliation: q.affiliation, text: q.text, direct: q.direct }).run();
      result.quotes++;
    }
    for (const name of cls.relevant ? cls.unknownEntities : []) entityId(tx, ids, name, fetchedAt);

    const touched = [...new Set([...result.eventIds, ...previous.map((p) => p.id)])];
    if (touched.length > 0) {
      recountSources(tx, touched);
      deleteOrphans(tx, touched);
    }
    tx.update(articles).set({ classifiedVersion: version, relevant: cls.relevant }).where(eq(articles.id, articleId)).run();
    return result;
  });
}

function rowValues(s: EventState) {
  return {
    type: s.type,
    date: s.date,
    datePrecision: s.datePrecision,
    effectiveDate: s.effectiveDate,
    status: s.status,
    summary: s.summary,
    confidence: s.confidence,
    firstSeenAt: s.firstSeenAt,
    lastSeenAt: s.lastSeenAt,
  };
}

// Near-duplicates (articles.duplicate_of) are syndicated copies: they count as their original.
function recountSources(tx: Tx, ids: number[]): void {
  tx.update(events)
    .set({
      sourceCount: sql`(SELECT count(DISTINCT coalesce(a.duplicate_of, a.id)) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ${events.id})`,
    })
    .where(inArray(events.id, ids))
    .run();
}

const hasNoMentions = sql`NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = ${events.id})`;

function deleteOrphans(tx: Tx | Db, ids?: number[]): number {
  const where = ids ? and(inArray(events.id, ids), hasNoMentions) : hasNoMentions;
  const orphans = tx.select({ id: events.id }).from(events).where(where).all().map((r) => r.id);
  for (let i = 0; i < orphans.length; i += 500) {
    const chunk = orphans.slice(i, i + 500);
    tx.delete(eventParties).where(inArray(eventParties.eventId, chunk)).run();
    tx.update(quotes).set({ eventId: null }).where(inArray(quotes.eventId, chunk)).run();
    tx.delete(events).where(inArray(events.id, chunk)).run();
  }
  return orphans.length;
}

/** Deletes every event no mention refers to (with its parties); returns how many. */
export function deleteOrphanEvents(db: Db): number {
  return db.transaction((tx) => deleteOrphans(tx));
}

/** Number of stored events. */
export function countEvents(db: Db): number {
  return (db.$client.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
}
