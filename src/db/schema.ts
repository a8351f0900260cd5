// The whole state of wallwatch. Timestamps are ISO-8601 UTC text ("2025-03-12T08:00:00.000Z");
// event dates are ISO partial dates ("2025", "2025-03", "2025-03-10") so they sort as text.
// Only src/db/ knows these tables; other stages call named queries.

import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Crawl state and health of one configured source (the source's spec lives in sources.yaml). */
export const sources = sqliteTable("sources", {
  /** Source name from sources.yaml. */
  name: text("name").primaryKey(),
  /** Feed or listing URL as last configured. */
  url: text("url").notNull(),
  /** rss | atom | json | sitemap | listing */
  kind: text("kind").notNull(),
  /** Validators for conditional GET. */
  etag: text("etag"),
  lastModified: text("last_modified"),
  /** HTTP status (or 0 for a network failure) of the last discovery fetch. */
  lastStatus: integer("last_status"),
  /** One-line cause of the last failure, with its kind ("fetch.timeout: ..."). */
  lastError: text("last_error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** When the current run of failures started; null while healthy. */
  failingSince: text("failing_since"),
  /** Backoff: discovery is skipped before this time. */
  nextFetchAt: text("next_fetch_at"),
  lastFetchedAt: text("last_fetched_at"),
  lastOkAt: text("last_ok_at"),
  /** Items seen in the last successful discovery. */
  lastItemCount: integer("last_item_count"),
  /** Consecutive 200 answers that had no items at all. */
  emptyRuns: integer("empty_runs").notNull().default(0),
  /** Running mean of extracted text length, to notice text collapsing. */
  avgTextLength: real("avg_text_length"),
  /** JSON array of silent-breakage flags, e.g. [{"kind":"mojibake","since":"..."}]. */
  breakage: text("breakage").notNull().default("[]"),
  updatedAt: text("updated_at").notNull(),
});

/** One stored, extracted article. */
export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** URL the article was fetched from (after redirects). */
    url: text("url").notNull(),
    /** Canonical URL: tracking parameters and fragment dropped, rel=canonical honoured. */
    canonicalUrl: text("canonical_url").notNull(),
    /** Source name (sources.name) or "file" for articles given on the command line. */
    source: text("source").notNull(),
    title: text("title").notNull().default(""),
    byline: text("byline"),
    siteName: text("site_name"),
    lang: text("lang"),
    excerpt: text("excerpt"),
    /** Publication date-time (ISO, UTC) or date; null when none could be found. */
    publishedAt: text("published_at"),
    fetchedAt: text("fetched_at").notNull(),
    /** Main text, paragraphs separated by blank lines. */
    text: text("text").notNull(),
    /** sha256 of the normalised text: exact re-publications. */
    contentHash: text("content_hash").notNull(),
    /** 64-bit SimHash of the text as 16 hex digits: near-duplicates. */
    simhash: text("simhash"),
    /** The earlier article this one syndicates or re-publishes, if any. */
    duplicateOf: integer("duplicate_of"),
    /** True when the text came from the browser rather than static HTML. */
    rendered: integer("rendered", { mode: "boolean" }).notNull().default(false),
    /** Size of the fetched HTML in bytes. */
    bytes: integer("bytes").notNull().default(0),
    /** Classifier version that last processed this article; null = not yet classified. */
    classifiedVersion: text("classified_version"),
    /** Whether the classifier judged the article relevant. */
    relevant: integer("relevant", { mode: "boolean" }),
  },
  (t) => [
    uniqueIndex("articles_canonical_url_uq").on(t.canonicalUrl),
    index("articles_url_idx").on(t.url),
    index("articles_source_published_idx").on(t.source, t.publishedAt),
    index("articles_published_idx").on(t.publishedAt),
    index("articles_content_hash_idx").on(t.contentHash),
    index("articles_classified_idx").on(t.classifiedVersion),
  ],
);

/** Raw HTML kept for re-extraction; pruned by maintenance after the retention period. */
export const rawPages = sqliteTable("raw_pages", {
  articleId: integer("article_id").primaryKey(),
  html: text("html").notNull(),
  fetchedAt: text("fetched_at").notNull(),
});

/** Every run of every job. */
export const runs = sqliteTable(
  "runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** crawl | classify | digest | maintenance | ... */
    job: text("job").notNull(),
    startedAt: text("started_at").notNull(),
    endedAt: text("ended_at"),
    /** running | ok | partial | failed | skipped | abandoned */
    status: text("status").notNull(),
    /** JSON object of counts (articles, failures, bytes, ...). */
    counts: text("counts").notNull().default("{}"),
    error: text("error"),
  },
  (t) => [index("runs_job_started_idx").on(t.job, t.startedAt)],
);

/** Known organisations, platforms and products (from data/entities.yaml) and unknown ones seen as parties. */
export const entities = sqliteTable(
  "entities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Canonical name, e.g. "WeChat Pay". */
    name: text("name").notNull(),
    /** company | platform | product | regulator | institution | unknown */
    kind: text("kind").notNull(),
    /** Canonical name of the parent entity (WeChat Pay -> Tencent). */
    parent: text("parent"),
    /** JSON array of aliases in any language. */
    aliases: text("aliases").notNull().default("[]"),
    /** True when it comes from the registry; false for organisations first seen in text. */
    known: integer("known", { mode: "boolean" }).notNull().default(true),
    firstSeenAt: text("first_seen_at").notNull(),
  },
  (t) => [uniqueIndex("entities_name_uq").on(t.name), index("entities_parent_idx").on(t.parent)],
);

/** One real-world interconnection event, however many articles report it. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Merge key: type + sorted party names + coarse date; stable across re-classification. */
    key: text("key").notNull(),
    /** payment | link_access | traffic | content | service | data | regulation | dispute */
    type: text("type").notNull(),
    /** ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
    date: text("date"),
    /** year | month | day */
    datePrecision: text("date_precision"),
    /** When the change takes effect, if the text gives a separate date. */
    effectiveDate: text("effective_date"),
    /** announced | pilot | launched | expanded | reversed */
    status: text("status"),
    summary: text("summary").notNull(),
    confidence: real("confidence").notNull().default(0),
    /** Number of independent sources (near-duplicates count once). */
    sourceCount: integer("source_count").notNull().default(1),
    firstSeenAt: text("first_seen_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    /** Classifier version that produced it. */
    classifierVersion: text("classifier_version").notNull(),
  },
  (t) => [
    uniqueIndex("events_key_uq").on(t.key),
    index("events_type_date_idx").on(t.type, t.date),
    index("events_date_idx").on(t.date),
    index("events_first_seen_idx").on(t.firstSeenAt),
    index("events_source_count_idx").on(t.sourceCount),
  ],
);

/** The parties of an event. */
export const eventParties = sqliteTable(
  "event_parties",
  {
    eventId: integer("event_id").notNull(),
    entityId: integer("entity_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.entityId] }), index("event_parties_entity_idx").on(t.entityId, t.eventId)],
);

/** One article's report of an event: the evidence sentence. */
export const mentions = sqliteTable(
  "mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id").notNull(),
    articleId: integer("article_id").notNull(),
    /** The sentence that reports the event. */
    evidence: text("evidence").notNull(),
    /** Position of the sentence in the article (0-based). */
    sentenceIndex: integer("sentence_index").notNull(),
    /** Date as this article gives it. */
    date: text("date"),
    confidence: real("confidence").notNull().default(0),
  },
  (t) => [
    uniqueIndex("mentions_article_sentence_uq").on(t.articleId, t.eventId, t.sentenceIndex),
    index("mentions_event_idx").on(t.eventId),
  ],
);

/** Who commented, in which article, optionally about which event. */
export const quotes = sqliteTable(
  "quotes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull(),
    eventId: integer("event_id"),
    speaker: text("speaker").notNull(),
    role: text("role"),
    affiliation: text("affiliation"),
    text: text("text").notNull(),
    /** True for a quoted statement, false for reported speech. */
    direct: integer("direct", { mode: "boolean" }).notNull(),
  },
  (t) => [
    index("quotes_article_idx").on(t.articleId),
    index("quotes_event_idx").on(t.eventId),
    index("quotes_speaker_idx").on(t.speaker),
    index("quotes_affiliation_idx").on(t.affiliation),
  ],
);

/** Digest sends: each (week, recipient) goes out exactly once. */
export const digests = sqliteTable(
  "digests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** ISO week, e.g. "2025-W11". */
    week: text("week").notNull(),
    recipient: text("recipient").notNull(),
    /** sent | failed */
    status: text("status").notNull(),
    /** SMTP Message-ID of the sent message. */
    messageId: text("message_id"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    sentAt: text("sent_at"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("digests_week_recipient_uq").on(t.week, t.recipient)],
);

/** Named leases with expiry: one scheduler per database, crashed holders expire. */
export const leases = sqliteTable("leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  acquiredAt: text("acquired_at").notNull(),
  expiresAt: text("expires_at").notNull(),
});

/** Key/value facts about the database itself (e.g. the classifier version events were built with). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

