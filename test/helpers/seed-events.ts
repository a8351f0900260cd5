// Seeds a test database directly with sources, entities, articles, events (with parties and
// mentions), quotes and runs, for tests of the read side (digest, queries) that should not
// depend on the crawler or the classifier. Articles and events are referred to by a key of your
// choosing (default: the article's URL, the event's summary).
import { createHash } from "node:crypto";
import type { Db } from "../../src/db/client.ts";
import { articles, entities, eventParties, events, mentions, quotes, runs, sources } from "../../src/db/schema.ts";

export interface SeedSource {
  name: string;
  url?: string;
  kind?: string;
  consecutiveFailures?: number;
  lastError?: string | null;
  failingSince?: string | null;
  /** Silent-breakage flags, stored as JSON. */
  breakage?: { kind: string; since?: string; detail?: string }[];
}

export interface SeedEntity {
  name: string;
  kind?: string;
  parent?: string | null;
  aliases?: string[];
}

export interface SeedArticle {
  /** Key used by events and quotes (default: url). */
  key?: string;
  url: string;
  source: string;
  title?: string;
  siteName?: string | null;
  fetchedAt: string;
  publishedAt?: string | null;
  text?: string;
  /** Key of the article this one re-publishes. */
  duplicateOf?: string;
}

export interface SeedEvent {
  /** Key used by quotes (default: summary). */
  key?: string;
  type: string;
  /** Entity names; unknown names are created as entities of kind "unknown". */
  parties: string[];
  date?: string | null;
  datePrecision?: "year" | "month" | "day" | null;
  summary: string;
  confidence?: number;
  firstSeenAt: string;
  lastSeenAt?: string;
  /** Keys of the articles that report it. */
  mentions: string[];
}

export interface SeedQuote {
  /** Article key. */
  article: string;
  /** Event key, when the quote is about one. */
  event?: string;
  speaker: string;
  role?: string | null;
  affiliation?: string | null;
  text: string;
  direct?: boolean;
}

export interface SeedRun {
  job: string;
  startedAt: string;
  endedAt?: string | null;
  status: string;
  error?: string | null;
  counts?: Record<string, number>;
}

export interface SeedSpec {
  sources?: SeedSource[];
  entities?: SeedEntity[];
  articles?: SeedArticle[];
  events?: SeedEvent[];
  quotes?: SeedQuote[];
  runs?: SeedRun[];
}

/** Ids of what was inserted, by key. */
export interface Seeded {
  articles: Map<string, number>;
  events: Map<string, number>;
  entities: Map<string, number>;
}

const NOW = "2025-01-01T00:00:00.000Z";

function need<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seedEvents: unknown ${what} '${key}'`);
  return v;
}

/** Inserts `spec` in one transaction; can be called again on the same database with new rows. */
export function seedEvents(db: Db, spec: SeedSpec): Seeded {
  const out: Seeded = { articles: new Map(), events: new Map(), entities: new Map() };
  db.transaction((tx) => {
    for (const s of spec.sources ?? []) {
      tx.insert(sources)
        .values({
          name: s.name,
          url: s.url ?? `https://${s.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example/feed`,
          kind: s.kind ?? "rss",
          consecutiveFailures: s.consecutiveFailures ?? 0,
          lastError: s.lastError ?? null,
          failingSince: s.failingSince ?? null,
          breakage: JSON.stringify(s.breakage ?? []),
          updatedAt: NOW,
        })
        .run();
    }
    for (const e of tx.select({ id: entities.id, name: entities.name }).from(entities).all()) out.entities.set(e.name, e.id);
    const entity = (e: SeedEntity, known: boolean) => {
      const existing = out.entities.get(e.name);
      if (existing !== undefined) return existing;
      const row = tx
        .insert(entities)
        .values({ name: e.name, kind: e.kind ?? (known ? "company" : "unknown"), parent: e.parent ?? null, aliases: JSON.stringify(e.aliases ?? []), known, firstSeenAt: NOW })
        .returning({ id: entities.id })
        .get();
      out.entities.set(e.name, row.id);
      return row.id;
    };
    for (const e of spec.entities ?? []) entity(e, true);
    for (const a of spec.articles ?? []) {
      const text = a.text ?? `${a.title ?? a.url} body text.`;
      const row = tx
        .insert(articles)
        .values({
          url: a.url,
          canonicalUrl: a.url,
          source: a.source,
          title: a.title ?? "",
          siteName: a.siteName ?? null,
          publishedAt: a.publishedAt ?? null,
          fetchedAt: a.fetchedAt,
          text,
          contentHash: createHash("sha256").update(`${a.url}\n${text}`).digest("hex"),
          duplicateOf: a.duplicateOf ? need(out.articles, a.duplicateOf, "article") : null,
        })
        .returning({ id: articles.id })
        .get();
      out.articles.set(a.key ?? a.url, row.id);
    }
    for (const e of spec.events ?? []) {
      const parties = [...new Set(e.parties)].sort();
      const row = tx
        .insert(events)
        .values({
          key: `${e.type}|${parties.join("+")}|${e.date ?? ""}|${e.summary}`,
          type: e.type,
          date: e.date ?? null,
          datePrecision: e.datePrecision ?? null,
          summary: e.summary,
          confidence: e.confidence ?? 0.9,
          sourceCount: e.mentions.length,
          firstSeenAt: e.firstSeenAt,
          lastSeenAt: e.lastSeenAt ?? e.firstSeenAt,
          classifierVersion: "test",
        })
        .returning({ id: events.id })
        .get();
      out.events.set(e.key ?? e.summary, row.id);
      for (const p of parties) tx.insert(eventParties).values({ eventId: row.id, entityId: entity({ name: p }, false) }).run();
      e.mentions.forEach((m, i) => {
        tx.insert(mentions)
          .values({ eventId: row.id, articleId: need(out.articles, m, "article"), evidence: e.summary, sentenceIndex: i, date: e.date ?? null, confidence: e.confidence ?? 0.9 })
          .run();
      });
    }
    for (const q of spec.quotes ?? []) {
      tx.insert(quotes)
        .values({
          articleId: need(out.articles, q.article, "article"),
          eventId: q.event ? need(out.events, q.event, "event") : null,
          speaker: q.speaker,
          role: q.role ?? null,
          affiliation: q.affiliation ?? null,
          text: q.text,
          direct: q.direct ?? true,
        })
        .run();
    }
    for (const r of spec.runs ?? []) {
      tx.insert(runs)
        .values({ job: r.job, startedAt: r.startedAt, endedAt: r.endedAt ?? r.startedAt, status: r.status, error: r.error ?? null, counts: JSON.stringify(r.counts ?? {}) })
        .run();
    }
  });
  return out;
}
