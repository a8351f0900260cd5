// Read-side queries over events: filtered lists, one event in detail, the pair timeline, and the
// entity look-ups that party expansion needs. Raw SQL through prepared statements because the
// filters compose dynamically and the query plans are tuned for a million events (see
// bench/query.ts); every user value is a bound parameter, never spliced into the SQL text.
import type { Db } from "./client.ts";

/** An event as the query commands list it. */
export interface EventRow {
  id: number;
  type: string;
  date: string | null;
  datePrecision: string | null;
  status: string | null;
  summary: string;
  sourceCount: number;
  confidence: number;
  /** Canonical party names, sorted. */
  parties: string[];
}

export interface EventFilter {
  /** Each inner list is one party with its aliases/subsidiaries resolved to entity ids; an event must match every list. */
  partyGroups: number[][];
  /** Any of these types (empty = all). */
  types: string[];
  /** ISO partial dates; an event matches when its date (at its precision) overlaps the range. */
  since?: string;
  until?: string;
  minSources?: number;
  /** FTS5 query over the titles and texts of the articles that mention the event. */
  text?: string;
  /** Newest first, most sources first, or oldest first (timelines; undated last). */
  sort: "date" | "sources" | "date_asc";
  limit: number;
  /** Tests pin a plan: 0 = every party/text filter drives, Infinity = every one is probed while walking dates. */
  planSize?: number;
}

export interface EntityRef {
  id: number;
  name: string;
  kind: string;
  parent: string | null;
  known: boolean;
}

export type Params = (string | number)[];

// "2023-06" must match events dated "2023-06-14" (after) and "2023" or "2023-06" (same period at a
// coarser precision); text order handles the first, the equalities the second. The plain range on
// the year comes first so the date index has a start point; the OR only filters within it.
function sinceClause(col: string, since: string, params: Params): string {
  const coarser = [since.slice(0, 4), since.slice(0, 7)].filter((p) => p.length < since.length);
  if (coarser.length === 0) {
    params.push(since);
    return `${col} >= ?`;
  }
  params.push(since.slice(0, 4), since, ...coarser);
  return `${col} >= ? AND (${col} >= ?${coarser.map(() => ` OR ${col} = ?`).join("")})`;
}

// '~' sorts after digits and '-', so "2023-06~" is above every date inside June 2023.
function untilClause(col: string, until: string, params: Params): string {
  params.push(`${until}~`);
  return `${col} <= ?`;
}

const inList = (ids: number[]) => ids.map(() => "?").join(",");

// Plans. A filter on a small set of events (a party with few rows, a rare word) "drives": its
// event ids are collected first and joined to events, then sorted. A filter matching a large share
// of events is cheaper as a probe while walking events in date order, stopping after one page.
// Below SMALL rows a party drives; with several parties, all with fewer than DRIVER_MAX rows drive
// together, since walking for two big parties that rarely meet would scan everything.
// Measured in bench/query.ts at 1M events.
const SMALL = 5_000;
const DRIVER_MAX = 60_000;
/** How far a --text match count is taken (in events) when it is one of several filters. */
const TEXT_COUNT_MAX = 300_000;

/** How many event_parties rows these entities have, counting no further than `cap`. */
export function partyRowCount(db: Db, ids: number[], cap: number): number {
  if (ids.length === 0) return 0;
  const row = db.$client
    .prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM event_parties WHERE entity_id IN (${inList(ids)}) LIMIT ?)`)
    .get(...ids, cap) as { n: number };
  return row.n;
}

/** How many articles an FTS5 query matches, counting no further than `cap`. */
function ftsMatchCount(db: Db, fts: string, cap: number): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM (${FTS_MATCHES} LIMIT ?)`).get(fts, cap) as { n: number }).n;
}

const FTS_MATCHES = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?";

/** One filter over event ids, in both shapes: as the driving set and as a per-event probe. */
interface IdFilter {
  /** Estimated rows (capped); Infinity = always probe. */
  size: number;
  /** SELECT yielding event ids (may repeat). */
  drive: string;
  /** Condition on `col` for the probe form. */
  probe: (col: string) => string;
  params: Params;
}

function partyFilter(db: Db, ids: number[], cap: number, override?: number): IdFilter {
  const list = inList(ids);
  const size = override === undefined ? partyRowCount(db, ids, cap) : override;
  return {
    size,
    drive: `SELECT event_id FROM event_parties WHERE entity_id IN (${list})`,
    // "+" keeps SQLite on the (event_id, entity_id) key prefix: one seek per event, not one per id.
    probe: (col) => `EXISTS (SELECT 1 FROM event_parties ep WHERE ep.event_id = ${col} AND +ep.entity_id IN (${list}))`,
    params: ids,
  };
}

// Articles report about ten events each: the event-count estimate of one matching article.
const EVENTS_PER_ARTICLE = 10;

function textFilter(db: Db, fts: string, cap: number, override?: number): IdFilter {
  const size = override === undefined ? ftsMatchCount(db, fts, Math.ceil(cap / EVENTS_PER_ARTICLE)) * EVENTS_PER_ARTICLE : override;
  return {
    size,
    drive: `SELECT m.event_id FROM mentions m WHERE m.article_id IN (${FTS_MATCHES})`,
    // "+" keeps SQLite on mentions_event_idx (a few rows per event) and the matches materialised
    // once, instead of one seek per matching article for every event walked.
    probe: (col) => `EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = ${col} AND +m.article_id IN (${FTS_MATCHES}))`,
    params: [fts],
  };
}

/** A party condition on `col` (an event id column) for other tables' queries; `walk` when the party is big. */
export function partyCondition(
  db: Db,
  col: string,
  ids: number[],
  params: Params,
  walkFrom: number,
  planSize?: number,
): { sql: string; walk: boolean } {
  const x = partyFilter(db, ids, walkFrom, planSize);
  params.push(...x.params);
  return x.size < walkFrom ? { sql: `${col} IN (${x.drive})`, walk: false } : { sql: x.probe(col), walk: true };
}

/** Events matching the filter, newest first (or most-reported first, or oldest first for timelines). */
export function findEvents(db: Db, f: EventFilter): EventRow[] {
  if (f.partyGroups.some((ids) => ids.length === 0)) return [];
  const several = f.partyGroups.length + (f.text ? 1 : 0) > 1;
  const cap = several ? DRIVER_MAX : SMALL;
  const idFilters = f.partyGroups.map((ids) => partyFilter(db, ids, cap, f.planSize));
  // A common word is counted further: its share of events decides whether walking pays.
  if (f.text) idFilters.push(textFilter(db, f.text, several ? TEXT_COUNT_MAX : SMALL, f.planSize));
  // With one filter, only a small one drives. With several, every one that is not huge drives
  // together (INTERSECT of their ids: sequential index reads, not a probe per event) unless the
  // walk would find a page sooner: events walked ~ limit / (product of the filters' shares).
  let drivers = idFilters.filter((x) => x.size < cap);
  if (several && drivers.length > 0 && f.planSize === undefined) {
    const total = Math.max(1, (db.$client.prepare("SELECT max(id) AS n FROM events").get() as { n: number | null }).n ?? 1);
    const share = idFilters.reduce((p, x) => p * Math.min(1, Math.max(x.size, 1) / total), 1);
    const walked = f.limit / share;
    const collected = drivers.reduce((sum, x) => sum + x.size, 0);
    if (walked < collected) drivers = [];
  }
  const where: string[] = [];
  const params: Params = [];
  let from = "events e";
  let col = "e.id";
  if (drivers.length > 0) {
    const ids = drivers.length === 1 ? `SELECT DISTINCT event_id FROM (${drivers[0]!.drive})` : drivers.map((x) => x.drive).join(" INTERSECT ");
    // CROSS JOIN fixes the loop order: SQLite would otherwise happily walk the date index.
    from = `(${ids}) d CROSS JOIN events e ON e.id = d.event_id`;
    col = "d.event_id";
    for (const x of drivers) params.push(...x.params);
  }
  for (const x of idFilters) {
    if (drivers.includes(x)) continue;
    where.push(x.probe(col));
    params.push(...x.params);
  }
  if (f.types.length > 0) {
    where.push(`e.type IN (${f.types.map(() => "?").join(",")})`);
    params.push(...f.types);
  }
  if (f.since) where.push(sinceClause("e.date", f.since, params));
  if (f.until) where.push(untilClause("e.date", f.until, params));
  if (f.minSources !== undefined) {
    where.push("e.source_count >= ?");
    params.push(f.minSources);
  }
  const cols = `e.id, e.type, e.date, e.date_precision AS datePrecision, e.status, e.summary, e.source_count AS sourceCount, e.confidence`;
  const run = (extra: string[], order: string, limit: number) => {
    const all = [...where, ...extra];
    const sql = `SELECT ${cols} FROM ${from} ${all.length ? `WHERE ${all.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ?`;
    return db.$client.prepare(sql).all(...params, limit) as Omit<EventRow, "parties">[];
  };
  if (f.sort === "date_asc") {
    // Undated events go last; two queries keep the date index usable for the ordering.
    const dated = run(["e.date IS NOT NULL"], "e.date, e.id", f.limit);
    const undated = dated.length < f.limit ? run(["e.date IS NULL"], "e.id", f.limit - dated.length) : [];
    return withParties(db, [...dated, ...undated]);
  }
  return withParties(db, run([], f.sort === "sources" ? "e.source_count DESC, e.date DESC, e.id DESC" : "e.date DESC, e.id DESC", f.limit));
}

/** Adds the sorted party names to each event row (one query for the whole page). */
function withParties<T extends { id: number }>(db: Db, rows: T[]): (T & { parties: string[] })[] {
  if (rows.length === 0) return [];
  const names = db.$client
    .prepare(
      `SELECT ep.event_id AS eventId, en.name FROM event_parties ep JOIN entities en ON en.id = ep.entity_id
       WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY en.name`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as { eventId: number; name: string }[];
  const by = new Map<number, string[]>();
  for (const n of names) by.set(n.eventId, [...(by.get(n.eventId) ?? []), n.name]);
  return rows.map((r) => ({ ...r, parties: by.get(r.id) ?? [] }));
}

export interface MentionRow {
  id: number;
  evidence: string;
  date: string | null;
  articleId: number;
  source: string;
  title: string;
  url: string;
  publishedAt: string | null;
}

export interface EventQuoteRow {
  id: number;
  speaker: string;
  role: string | null;
  affiliation: string | null;
  text: string;
  direct: boolean;
  articleId: number;
}

export interface RelatedEventRow {
  id: number;
  type: string;
  date: string | null;
  summary: string;
  sharedParties: number;
}

export interface EventDetail {
  event: EventRow;
  mentions: MentionRow[];
  quotes: EventQuoteRow[];
  related: RelatedEventRow[];
}

/** One event with its mentions (and their articles), quotes and up to `relatedLimit` related events. */
export function eventDetail(db: Db, id: number, relatedLimit = 10): EventDetail | undefined {
  const c = db.$client;
  const row = c
    .prepare(
      `SELECT id, type, date, date_precision AS datePrecision, status, summary, source_count AS sourceCount, confidence FROM events WHERE id = ?`,
    )
    .get(id) as Omit<EventRow, "parties"> | undefined;
  if (!row) return undefined;
  const [event] = withParties(db, [row]);
  const mentions = c
    .prepare(
      `SELECT m.id, m.evidence, m.date, a.id AS articleId, a.source, a.title, a.url, a.published_at AS publishedAt
       FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.published_at, m.id`,
    )
    .all(id) as MentionRow[];
  const quotes = (
    c
      .prepare(
        `SELECT id, speaker, role, affiliation, text, direct, article_id AS articleId FROM quotes WHERE event_id = ? ORDER BY id`,
      )
      .all(id) as (Omit<EventQuoteRow, "direct"> & { direct: number })[]
  ).map((q) => ({ ...q, direct: q.direct === 1 }));
  return { event: event!, mentions, quotes, related: relatedEvents(db, event!, relatedLimit) };
}

// Related = shares a party, nearest in time. The nearest events on either side of the date that
// share any party come from findEvents (so a party with 100k events costs a page, not a scan);
// those candidates are then ranked by parties shared, then distance in days.
function relatedEvents(db: Db, ev: EventRow, limit: number): RelatedEventRow[] {
  const partyIds = entityIdsByNames(db, ev.parties);
  if (partyIds.length === 0) return [];
  const found = new Map<number, EventRow>();
  const base = { partyGroups: [partyIds], types: [], limit: limit * 3 };
  const sides = ev.date
    ? [findEvents(db, { ...base, since: ev.date, sort: "date_asc" }), findEvents(db, { ...base, until: ev.date, sort: "date" })]
    : [findEvents(db, { ...base, sort: "date" })];
  for (const side of sides) for (const e of side) if (e.id !== ev.id) found.set(e.id, e);
  const mine = new Set(ev.parties);
  const day = (d: string | null) => (d ? Date.parse(`${d}-01-01`.slice(0, 10)) / 86_400_000 : Number.POSITIVE_INFINITY);
  const at = day(ev.date);
  return [...found.values()]
    .map((e) => ({ e, shared: e.parties.filter((p) => mine.has(p)).length, distance: Math.abs(day(e.date) - at) }))
    .sort((x, y) => y.shared - x.shared || x.distance - y.distance || y.e.id - x.e.id)
    .slice(0, limit)
    .map(({ e, shared }) => ({ id: e.id, type: e.type, date: e.date, summary: e.summary, sharedParties: shared }));
}

/** Events with a party from each side, oldest first: the relationship timeline. */
export function pairTimeline(db: Db, a: number[], b: number[], limit: number): EventRow[] {
  return findEvents(db, { partyGroups: [a, b], types: [], sort: "date_asc", limit });
}

/** The stored entity with this canonical name (exact first, then ignoring case). */
export function entityByName(db: Db, name: string): EntityRef | undefined {
  const c = db.$client;
  const cols = "id, name, kind, parent, known";
  const row = (c.prepare(`SELECT ${cols} FROM entities WHERE name = ?`).get(name) ??
    c.prepare(`SELECT ${cols} FROM entities WHERE name = ? COLLATE NOCASE LIMIT 1`).get(name)) as
    | (Omit<EntityRef, "known"> & { known: number })
    | undefined;
  return row ? { ...row, known: row.known === 1 } : undefined;
}

/** Entity ids of these canonical names and all their stored descendants (by the parent column). */
export function entityIdsWithDescendants(db: Db, names: string[]): number[] {
  const rows = db.$client
    .prepare(
      `WITH RECURSIVE g(name) AS (SELECT value FROM json_each(?) UNION SELECT en.name FROM entities en JOIN g ON en.parent = g.name)
       SELECT en.id FROM entities en JOIN g ON en.name = g.name ORDER BY en.id`,
    )
    .all(JSON.stringify(names)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Entity ids for exactly these canonical names. */
export function entityIdsByNames(db: Db, names: string[]): number[] {
  const rows = db.$client
    .prepare("SELECT id FROM entities WHERE name IN (SELECT value FROM json_each(?)) ORDER BY id")
    .all(JSON.stringify(names)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Every stored name and alias, for "did you mean" suggestions. */
export function entityNamesAndAliases(db: Db): { name: string; aliases: string[] }[] {
  const rows = db.$client.prepare("SELECT name, aliases FROM entities").all() as { name: string; aliases: string }[];
  return rows.map((r) => {
    let aliases: string[] = [];
    try {
      const parsed = JSON.parse(r.aliases) as unknown;
      if (Array.isArray(parsed)) aliases = parsed.filter((x): x is string => typeof x === "string");
    } catch {
      // A malformed alias list only costs suggestions, never the query.
    }
    return { name: r.name, aliases };
  });
}
