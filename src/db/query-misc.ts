// Read-side queries besides events: quotes, articles (FTS5, bm25-ranked), entities, stats, and
// arbitrary read-only SQL for `wallwatch sql`.
import type { Db } from "./client.ts";
import { partyCondition } from "./queries.ts";

type Params = (string | number)[];

export interface QuoteRow {
  id: number;
  publishedAt: string | null;
  speaker: string;
  role: string | null;
  affiliation: string | null;
  direct: boolean;
  text: string;
  eventId: number | null;
  eventType: string | null;
  articleId: number;
  articleTitle: string;
  articleUrl: string;
}

export interface QuoteFilter {
  /** The speaker's full name as stored, or else any part of it in any case. */
  speaker?: string;
  /** Substring of the affiliation, any case. */
  affiliation?: string;
  /** Entity ids: quotes about an event with one of these parties. */
  partyIds?: number[];
  /** Article published on or after this ISO date. */
  since?: string;
  limit: number;
  /** Tests pin a plan: 0 = collect the party's quotes, Infinity = walk articles newest first. */
  planSize?: number;
}

// One quote per five events: below this many party rows, collecting the party's quotes through
// quotes_event_idx beats walking articles newest first (bench/query.ts).
const QUOTES_WALK_FROM = 20_000;

const likeArg = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function findQuotes(db: Db, f: QuoteFilter): QuoteRow[] {
  const where: string[] = [];
  const params: Params = [];
  let from = "quotes q JOIN articles a ON a.id = q.article_id";
  if (f.partyIds) {
    if (f.partyIds.length === 0) return [];
    const party = partyCondition(db, "q.event_id", f.partyIds, params, QUOTES_WALK_FROM, f.planSize);
    where.push(party.sql);
    // A big party's quotes are everywhere: walk articles newest first and stop after a page,
    // instead of collecting and sorting all of them (CROSS JOIN fixes that loop order).
    if (party.walk) from = "articles a CROSS JOIN quotes q ON q.article_id = a.id";
  }
  if (f.speaker) {
    // A full name seeks the speaker index directly; otherwise any name containing the text (the
    // subquery reads only the narrow index, then the outer query seeks by each name found).
    const exact = db.$client.prepare("SELECT 1 FROM quotes WHERE speaker = ? LIMIT 1").get(f.speaker.trim());
    if (exact) {
      where.push("q.speaker = ?");
      params.push(f.speaker.trim());
    } else {
      where.push("q.speaker IN (SELECT DISTINCT speaker FROM quotes WHERE speaker LIKE ? ESCAPE '\\')");
      params.push(likeArg(f.speaker));
    }
  }
  if (f.affiliation) {
    where.push("q.affiliation IN (SELECT DISTINCT affiliation FROM quotes WHERE affiliation LIKE ? ESCAPE '\\')");
    params.push(likeArg(f.affiliation));
  }
  if (f.since) {
    where.push("a.published_at >= ?");
    params.push(f.since);
  }
  const sql = `SELECT q.id, a.published_at AS publishedAt, q.speaker, q.role, q.affiliation, q.direct, q.text, q.event_id AS eventId,
      e.type AS eventType, a.id AS articleId, a.title AS articleTitle, a.url AS articleUrl
    FROM ${from} LEFT JOIN events e ON e.id = q.event_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY a.published_at DESC, q.id DESC LIMIT ?`;
  const rows = db.$client.prepare(sql).all(...params, f.limit) as (Omit<QuoteRow, "direct"> & { direct: number })[];
  return rows.map((r) => ({ ...r, direct: r.direct === 1 }));
}

export interface ArticleRow {
  id: number;
  publishedAt: string | null;
  source: string;
  title: string;
  url: string;
  /** Matching passage with the hits in [brackets]; only for a search. */
  snippet?: string;
  /** bm25 score (lower is better); only for a search. */
  rank?: number;
}

export interface ArticleFilter {
  source?: string;
  since?: string;
  /** FTS5 query over title and text. */
  search?: string;
  limit: number;
}

/** Articles, best match first for a search (bm25, title weighted over text), else newest first. */
export function findArticles(db: Db, f: ArticleFilter): ArticleRow[] {
  const where: string[] = [];
  const params: Params = [];
  if (f.source) {
    where.push("a.source = ?");
    params.push(f.source);
  }
  if (f.since) {
    where.push("a.published_at >= ?");
    params.push(f.since);
  }
  const cols = "a.id, a.published_at AS publishedAt, a.source, a.title, a.url";
  if (f.search) return searchArticles(db, f.search, where, params, f.limit, cols);
  const sql = `SELECT ${cols} FROM articles a ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY a.published_at DESC, a.id DESC LIMIT ?`;
  return db.$client.prepare(sql).all(...params, f.limit) as ArticleRow[];
}

/**
 * Ranking scores every match, so a word found in 100k articles would cost that many bm25 calls;
 * the ranking considers the newest RANKED_MATCHES matches (rowid order = order stored), which bounds
 * the cost. Snippets are then made for the one page shown.
 */
const RANKED_MATCHES = 20_000;

function searchArticles(db: Db, search: string, where: string[], params: Params, limit: number, cols: string): ArticleRow[] {
  const c = db.$client;
  const join = where.length ? "JOIN articles a ON a.id = articles_fts.rowid" : "";
  const top = c
    .prepare(
      `SELECT id, rank FROM (
         SELECT articles_fts.rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts ${join}
         WHERE articles_fts MATCH ? ${where.map((w) => `AND ${w}`).join(" ")} ORDER BY articles_fts.rowid DESC LIMIT ?)
       ORDER BY rank, id DESC LIMIT ?`,
    )
    .all(search, ...params, RANKED_MATCHES, limit) as { id: number; rank: number }[];
  if (top.length === 0) return [];
  const rows = c
    .prepare(
      `SELECT ${cols}, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(search, JSON.stringify(top.map((t) => t.id))) as ArticleRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.flatMap((t) => {
    const row = byId.get(t.id);
    return row ? [{ ...row, rank: t.rank }] : [];
  });
}

export interface EntityListRow {
  id: number;
  name: string;
  kind: string;
  parent: string | null;
  known: boolean;
  aliases: string[];
  eventCount: number;
}

/** Stored entities with how many events name them, most events first; `unknownOnly` = organisations first seen in text. */
export function listEntities(db: Db, opts: { unknownOnly: boolean; limit: number }): EntityListRow[] {
  const rows = db.$client
    .prepare(
      `SELECT en.id, en.name, en.kind, en.parent, en.known, en.aliases,
         (SELECT count(*) FROM event_parties ep WHERE ep.entity_id = en.id) AS eventCount
       FROM entities en ${opts.unknownOnly ? "WHERE en.known = 0" : ""} ORDER BY eventCount DESC, en.name LIMIT ?`,
    )
    .all(opts.limit) as (Omit<EntityListRow, "known" | "aliases"> & { known: number; aliases: string })[];
  return rows.map((r) => {
    let aliases: string[] = [];
    try {
      aliases = JSON.parse(r.aliases) as string[];
    } catch {
      // Shown without aliases rather than failing the listing.
    }
    return { ...r, known: r.known === 1, aliases };
  });
}

export interface Stats {
  /** Events per month (year-precision dates count under their year) and type. */
  perMonth: { month: string; type: string; events: number }[];
  topParties: { name: string; events: number }[];
  topSpeakers: { speaker: string; affiliation: string | null; quotes: number; events: number }[];
}

export function queryStats(db: Db, opts: { since?: string; top: number }): Stats {
  const c = db.$client;
  const since = opts.since ?? "";
  const perMonth = c
    .prepare(
      // The (type, date) index holds both columns in group order: a scan of it, no table reads.
      `SELECT substr(date, 1, 7) AS month, type, count(*) AS events FROM events INDEXED BY events_type_date_idx
       WHERE date IS NOT NULL AND date >= ? GROUP BY type, month ORDER BY month, type`,
    )
    .all(since) as Stats["perMonth"];
  const topParties = c
    .prepare(
      `SELECT en.name, t.events FROM (SELECT entity_id, count(*) AS events FROM event_parties GROUP BY entity_id ORDER BY events DESC LIMIT ?) t
       JOIN entities en ON en.id = t.entity_id ORDER BY t.events DESC, en.name`,
    )
    .all(opts.top) as Stats["topParties"];
  const topSpeakers = c
    .prepare(
      `SELECT speaker, max(affiliation) AS affiliation, count(*) AS quotes, count(DISTINCT event_id) AS events
       FROM quotes GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT ?`,
    )
    .all(opts.top) as Stats["topSpeakers"];
  return { perMonth, topParties, topSpeakers };
}

export interface SqlResult {
  columns: string[];
  rows: unknown[][];
}

/**
 * Runs one statement that must only read. The connection should be opened read-only as well; the
 * checks here give a clear message first, and catch ATTACH/DETACH, which SQLite counts as read-only.
 * Throws Error: "refused: …" for a statement that could write, else SQLite's own message.
 */
export function runReadOnlySql(db: Db, text: string): SqlResult {
  const c = db.$client;
  const lead = text
    .replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "")
    .split(/[\s(;]/)[0]!
    .toUpperCase();
  c.pragma("query_only = ON");
  // Compiling first lets a typo get SQLite's own message rather than a refusal.
  const stmt = c.prepare(text);
  // EXPLAIN only describes its statement (SQLite reports EXPLAIN DELETE as writing, but it never runs it).
  if (!["SELECT", "WITH", "VALUES", "EXPLAIN"].includes(lead) || (!stmt.readonly && lead !== "EXPLAIN")) {
    throw new Error(`refused: this ${lead} statement writes, and the database is opened read-only (allowed: SELECT, WITH, VALUES, EXPLAIN)`);
  }
  if (!stmt.reader) return { columns: [], rows: [] };
  const columns = stmt.columns().map((col) => col.name);
  const rows = stmt.raw(true).all() as unknown[][];
  return { columns, rows };
}
