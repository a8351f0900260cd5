// Fast bulk writes of already-classified rows, for seeding test databases and the query benchmark.
// Prepared statements reused across rows; the caller wraps the whole load in one transaction.
import type { Db } from "./client.ts";

/** An entity as stored (aliases as a list; stored as JSON). */
export interface BulkEntity {
  name: string;
  kind: string;
  parent?: string | null;
  aliases?: string[];
  known?: boolean;
}

export interface BulkArticle {
  url: string;
  source: string;
  title: string;
  text: string;
  publishedAt?: string | null;
}

export interface BulkEvent {
  type: string;
  date: string | null;
  datePrecision: string | null;
  summary: string;
  sourceCount?: number;
  confidence?: number;
  /** Entity ids of the parties. */
  partyIds: number[];
}

export interface BulkMention {
  eventId: number;
  articleId: number;
  evidence: string;
  sentenceIndex?: number;
  date?: string | null;
}

export interface BulkQuote {
  articleId: number;
  eventId?: number | null;
  speaker: string;
  role?: string | null;
  affiliation?: string | null;
  text: string;
  direct: boolean;
}

export interface BulkWriter {
  entity(e: BulkEntity): number;
  article(a: BulkArticle): number;
  event(e: BulkEvent): number;
  mention(m: BulkMention): number;
  quote(q: BulkQuote): number;
  /** Runs `fn` in one transaction (much faster than one per row). */
  transaction(fn: () => void): void;
}

const NOW = "2025-01-01T00:00:00.000Z";

export function bulkWriter(db: Db): BulkWriter {
  const c = db.$client;
  const ent = c.prepare("INSERT INTO entities (name, kind, parent, aliases, known, first_seen_at) VALUES (?, ?, ?, ?, ?, ?)");
  const art = c.prepare(
    "INSERT INTO articles (url, canonical_url, source, title, published_at, fetched_at, text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const ev = c.prepare(
    "INSERT INTO events (key, type, date, date_precision, summary, confidence, source_count, first_seen_at, last_seen_at, classifier_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bulk')",
  );
  const party = c.prepare("INSERT OR IGNORE INTO event_parties (event_id, entity_id) VALUES (?, ?)");
  const men = c.prepare("INSERT INTO mentions (event_id, article_id, evidence, sentence_index, date) VALUES (?, ?, ?, ?, ?)");
  const quo = c.prepare("INSERT INTO quotes (article_id, event_id, speaker, role, affiliation, text, direct) VALUES (?, ?, ?, ?, ?, ?, ?)");
  let seq = 0;
  return {
    entity: (e) =>
      Number(ent.run(e.name, e.kind, e.parent ?? null, JSON.stringify(e.aliases ?? []), e.known === false ? 0 : 1, NOW).lastInsertRowid),
    article: (a) => Number(art.run(a.url, a.url, a.source, a.title, a.publishedAt ?? null, NOW, a.text, `h${++seq}`).lastInsertRowid),
    event: (e) => {
      const id = Number(
        ev.run(`bulk:${++seq}`, e.type, e.date, e.datePrecision, e.summary, e.confidence ?? 0.9, e.sourceCount ?? 1, NOW, NOW).lastInsertRowid,
      );
      for (const p of e.partyIds) party.run(id, p);
      return id;
    },
    mention: (m) => Number(men.run(m.eventId, m.articleId, m.evidence, m.sentenceIndex ?? 0, m.date ?? null).lastInsertRowid),
    quote: (q) =>
      Number(quo.run(q.articleId, q.eventId ?? null, q.speaker, q.role ?? null, q.affiliation ?? null, q.text, q.direct ? 1 : 0).lastInsertRowid),
    transaction: (fn) => c.transaction(fn)(),
  };
}
