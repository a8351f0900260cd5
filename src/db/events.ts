// Classify storage: which articles need classifying, the entity rows, and storing one article's
// events, mentions and quotes in one transaction so re-classifying is idempotent and a crash
// never leaves half an article. Merge decisions are made by src/classify/merge.ts.
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import {
  type EventState,
  eventKey,
  exactNames,
  groupPrefix,
  mergeEvent,
  normaliseParties,
  type PartyRelations,
  partiesAgree,
  pickCandidate,
} from "../classify/merge.ts";
import type { Classification, DatePrecision, Entity, EventStatus, EventType } from "../classify/types.ts";
import type { Db } from "./client.ts";
import { articles, eventParties, events, quotes } from "./schema.ts";

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
 * Articles not yet classified with `version`, oldest publication first (undated ones first, by
 * id), `batchSize` at a time. An event merged from several reports keeps the sides and date of
 * the first one stored, so reading in publication order makes the earliest report name it,
 * whatever order a crawl stored them in. Keyset paging on (published_at, id) keeps memory flat
 * however many articles there are, and rows committed while iterating are simply skipped (they
 * now carry the version).
 */
export function* articlesToClassify(db: Db, version: string, batchSize = 200, limit = Number.POSITIVE_INFINITY): Generator<ArticleToClassify[]> {
  const unclassified = or(isNull(articles.classifiedVersion), ne(articles.classifiedVersion, version));
  // The last row yielded: undated rows come first (SQLite sorts NULL first), then dated ones.
  let last: { publishedAt: string | null; id: number } | null = null;
  let left = limit;
  while (left > 0) {
    const after: SQL | undefined =
      last === null
        ? undefined
        : last.publishedAt === null
          ? or(and(isNull(articles.publishedAt), gt(articles.id, last.id)), isNotNull(articles.publishedAt))
          : or(gt(articles.publishedAt, last.publishedAt), and(eq(articles.publishedAt, last.publishedAt), gt(articles.id, last.id)));
    const rows: ArticleToClassify[] = db
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
      .where(after ? and(after, unclassified) : unclassified)
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(Math.min(batchSize, left))
      .all();
    if (rows.length === 0) return;
    yield rows;
    const end = rows[rows.length - 1]!;
    last = { publishedAt: end.publishedAt, id: end.id };
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
  // One statement prepared for the whole registry: building thousands of upserts through drizzle
  // took about a second of every classify run.
  const upsert = db.$client.prepare<[string, string, string | null, string, string], { id: number }>(
    `INSERT INTO entities (name, kind, parent, aliases, known, first_seen_at) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, parent = excluded.parent, aliases = excluded.aliases, known = 1
     RETURNING id`,
  );
  db.$client.transaction(() => {
    for (const e of registry) ids.set(e.name, upsert.get(e.name, e.kind, e.parent ?? null, JSON.stringify(e.aliases), at)!.id);
  })();
  return ids;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// storeClassification runs once per article, so its statements are prepared once per connection:
// building them through drizzle each time cost more than the classifier itself.
function statements(db: Db) {
  const c = db.$client;
  return {
    previousEvents: c.prepare<[number], { id: number }>("SELECT DISTINCT event_id AS id FROM mentions WHERE article_id = ?"),
    deleteMentions: c.prepare<[number]>("DELETE FROM mentions WHERE article_id = ?"),
    deleteQuotes: c.prepare<[number]>("DELETE FROM quotes WHERE article_id = ?"),
    // Each candidate with its party names (a JSON array): one query, not one more per candidate.
    candidates: c.prepare<[string, string], EventRow & { partyNames: string }>(
      `SELECT e.id, e.key, e.type, e.date, e.date_precision AS datePrecision, e.effective_date AS effectiveDate, e.status, e.summary,
              e.confidence, e.source_count AS sourceCount, e.first_seen_at AS firstSeenAt, e.last_seen_at AS lastSeenAt,
              e.classifier_version AS classifierVersion,
              (SELECT json_group_array(en.name) FROM event_parties ep JOIN entities en ON en.id = ep.entity_id WHERE ep.event_id = e.id) AS partyNames
       FROM events e WHERE e.key >= ? AND e.key < ?`,
    ),
    keyHolder: c.prepare<[string], { id: number }>("SELECT id FROM events WHERE key = ?"),
    insertEvent: c.prepare(
      `INSERT INTO events (key, type, date, date_precision, effective_date, status, summary, confidence, first_seen_at, last_seen_at, classifier_version)
       VALUES (@key, @type, @date, @datePrecision, @effectiveDate, @status, @summary, @confidence, @firstSeenAt, @lastSeenAt, @version)`,
    ),
    updateEvent: c.prepare(
      `UPDATE events SET key = @key, date = @date, date_precision = @datePrecision, effective_date = @effectiveDate, status = @status,
              summary = @summary, confidence = @confidence, first_seen_at = @firstSeenAt, last_seen_at = @lastSeenAt, classifier_version = @version
       WHERE id = @id`,
    ),
    insertParty: c.prepare<[number, number]>("INSERT OR IGNORE INTO event_parties (event_id, entity_id) VALUES (?, ?)"),
    entityByName: c.prepare<[string], { id: number }>("SELECT id FROM entities WHERE name = ?"),
    insertUnknown: c.prepare<[string, string]>("INSERT OR IGNORE INTO entities (name, kind, aliases, known, first_seen_at) VALUES (?, 'unknown', '[]', 0, ?)"),
    insertMention: c.prepare<[number, number, string, number, string | null, number]>(
      "INSERT OR IGNORE INTO mentions (event_id, article_id, evidence, sentence_index, date, confidence) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    insertQuote: c.prepare<[number, number | null, string, string | null, string | null, string, number]>(
      "INSERT INTO quotes (article_id, event_id, speaker, role, affiliation, text, direct) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    // Near-duplicates (articles.duplicate_of) are syndicated copies: they count as their original.
    recount: c.prepare<[number, number]>(
      `UPDATE events SET source_count = (SELECT count(DISTINCT coalesce(a.duplicate_of, a.id))
         FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?) WHERE id = ?`,
    ),
    hasMention: c.prepare<[number], { one: number }>("SELECT 1 AS one FROM mentions WHERE event_id = ? LIMIT 1"),
    deleteParties: c.prepare<[number]>("DELETE FROM event_parties WHERE event_id = ?"),
    unlinkQuotes: c.prepare<[number]>("UPDATE quotes SET event_id = NULL WHERE event_id = ?"),
    deleteEvent: c.prepare<[number]>("DELETE FROM events WHERE id = ?"),
    markArticle: c.prepare<[string, number, number]>("UPDATE articles SET classified_version = ?, relevant = ? WHERE id = ?"),
  };
}

type Statements = ReturnType<typeof statements>;
interface Store {
  one: (ids: EntityIds, input: StoreInput) => StoreResult;
  many: (ids: EntityIds, inputs: StoreInput[]) => StoreResult[];
}
// better-sqlite3 builds four wrapped functions and defines their properties for every
// transaction() call, so the store's transactions are made once per connection too.
const prepared = new WeakMap<Db["$client"], Store>();

function store(db: Db): Store {
  let s = prepared.get(db.$client);
  if (!s) {
    const st = statements(db);
    s = {
      one: db.$client.transaction((ids: EntityIds, input: StoreInput) => storeIn(st, ids, input)),
      many: db.$client.transaction((ids: EntityIds, inputs: StoreInput[]) => {
        const results: StoreResult[] = [];
        for (const input of inputs) results.push(storeIn(st, ids, input));
        return results;
      }),
    };
    prepared.set(db.$client, s);
  }
  return s;
}

/** The id of the entity named `name`, creating it as an unknown organisation (known = false) if new. */
function entityId(st: Statements, ids: EntityIds, name: string, at: string): number {
  const cached = ids.get(name);
  if (cached !== undefined) return cached;
  st.insertUnknown.run(name, at);
  const id = st.entityByName.get(name)!.id;
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
  /** Parent/child relations between parties (default: exact names only). */
  relations?: PartyRelations;
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

/** The event's key, with `suffix` in the rare case another event already holds it (siblings' events on one day). */
function uniqueKey(st: Statements, key: string, id: number | null, suffix: string): string {
  const holder = st.keyHolder.get(key);
  if (!holder || holder.id === id) return key;
  return `${key}#${suffix}`;
}

/**
 * Replaces an article's events, mentions and quotes with `classification`, in one transaction:
 * its old mentions and quotes go first (so running it twice changes nothing), each event is
 * merged into a stored one or created, source counts are recomputed for every event it touched
 * or used to touch, events left without mentions are deleted, and the article is marked done.
 */
export function storeClassification(db: Db, ids: EntityIds, input: StoreInput): StoreResult {
  return store(db).one(ids, input);
}

/**
 * storeClassification for several articles, in order, in one transaction: a commit writes every
 * page the articles touched, so one per article cost about as much again as storing them.
 */
export function storeClassifications(db: Db, ids: EntityIds, inputs: StoreInput[]): StoreResult[] {
  return inputs.length === 0 ? [] : store(db).many(ids, inputs);
}

function storeIn(st: Statements, ids: EntityIds, input: StoreInput): StoreResult {
  const { articleId, fetchedAt, classification: cls, version } = input;
  const rel = input.relations ?? exactNames;
  const previous = st.previousEvents.all(articleId);
  st.deleteMentions.run(articleId);
  st.deleteQuotes.run(articleId);

  const result: StoreResult = { eventIds: [], newEvents: 0, mentions: 0, quotes: 0 };
  const extracted = cls.relevant ? cls.events : [];
  for (const [index, e] of extracted.entries()) {
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
    const prefix = groupPrefix(e.type, parties, rel);
    const groups = parties.map((p) => rel.group(p));
    const suffix = `${articleId}.${index}`;
    // Keys of one type and group set share the prefix ending in "||"; "|}" sorts right after it.
    const candidates = st.candidates
      .all(prefix, `${prefix.slice(0, -1)}}`)
      .map(({ partyNames, ...row }) => ({ ...row, parties: normaliseParties(JSON.parse(partyNames) as string[]) }))
      .filter((row) => partiesAgree(row.parties, parties, rel));
    const found = pickCandidate(e.date, candidates);
    let id: number;
    if (found) {
      id = found.id;
      // A stale event (older classifier version) is rebuilt from its first new report.
      const stale = found.classifierVersion !== version;
      const state = stale ? incoming : mergeEvent(stateOf(found, found.parties), incoming);
      if (stale && found.parties.join("|") !== parties.join("|")) {
        st.deleteParties.run(id);
        for (const p of parties) st.insertParty.run(id, entityId(st, ids, p, fetchedAt));
      }
      const { type: _t, parties: _p, ...fields } = state;
      st.updateEvent.run({ ...fields, id, key: uniqueKey(st, eventKey(state.type, groups, state.date), id, suffix), version });
    } else {
      const key = uniqueKey(st, eventKey(e.type, groups, e.date), null, suffix);
      const { parties: _p, ...fields } = incoming;
      id = Number(st.insertEvent.run({ ...fields, key, version }).lastInsertRowid);
      for (const p of parties) st.insertParty.run(id, entityId(st, ids, p, fetchedAt));
      result.newEvents++;
    }
    result.eventIds.push(id);
    const sentences = [{ index: e.sentenceIndex, text: e.evidence }];
    for (const i of e.alsoIn ?? []) sentences.push({ index: i, text: input.sentence?.(i) ?? e.evidence });
    for (const s of sentences) result.mentions += st.insertMention.run(id, articleId, s.text, s.index, e.date, e.confidence).changes;
  }

  // Quotes and unknown organisations of irrelevant articles (earnings calls, launches) are noise.
  for (const q of cls.relevant ? cls.quotes : []) {
    const eventId = q.eventIndex === undefined ? null : (result.eventIds[q.eventIndex] ?? null);
    st.insertQuote.run(articleId, eventId, q.speaker, q.role, q.affiliation, q.text, q.direct ? 1 : 0);
    result.quotes++;
  }
  for (const name of cls.relevant ? cls.unknownEntities : []) entityId(st, ids, name, fetchedAt);

  for (const id of new Set([...result.eventIds, ...previous.map((p) => p.id)])) {
    st.recount.run(id, id);
    if (!st.hasMention.get(id)) deleteEventRows(st, id);
  }
  st.markArticle.run(version, cls.relevant ? 1 : 0, articleId);
  return result;
}

function deleteEventRows(st: Statements, id: number): void {
  st.deleteParties.run(id);
  st.unlinkQuotes.run(id);
  st.deleteEvent.run(id);
}

const hasNoMentions = sql`NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = ${events.id})`;

function deleteOrphans(tx: Tx | Db): number {
  const orphans = tx.select({ id: events.id }).from(events).where(hasNoMentions).all().map((r) => r.id);
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
