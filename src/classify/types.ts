// Values the classify stage's parts exchange. The core is pure: `classifyArticle(input)` in
// src/classify/index.ts takes text and a publication date and returns events and quotes.

export const EVENT_TYPES = ["payment", "link_access", "traffic", "content", "service", "data", "regulation", "dispute"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ["announced", "pilot", "launched", "expanded", "reversed"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type DatePrecision = "year" | "month" | "day";

export type EntityKind = "company" | "platform" | "product" | "regulator" | "institution" | "unknown";

/** One entry of data/entities.yaml. */
export interface Entity {
  /** Canonical name ("WeChat Pay"). */
  name: string;
  kind: EntityKind;
  /** Canonical name of the parent ("Tencent"). */
  parent?: string;
  /** Other names: English, pinyin, Chinese, common mistranslations. */
  aliases: string[];
  /** Names or aliases that match only with exactly this case ("QQ", "Ant", "LINE"). */
  exactCase?: string[];
}

/** A registry entity found in text. */
export interface EntityMatch {
  entity: Entity;
  /** Offsets in the text given to the matcher. */
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
}

/** What classification needs of an article. */
export interface ArticleInput {
  title?: string;
  /** Main text, paragraphs separated by blank lines. */
  text: string;
  /** Publication date "YYYY-MM-DD" (or full ISO); anchors relative dates. */
  published?: string | null;
  url?: string;
  lang?: string | null;
}

export interface ExtractedEvent {
  type: EventType;
  /** Canonical entity names (registry names, or the organisation as written when unknown), sorted. */
  parties: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the text gives no date. */
  date: string | null;
  datePrecision: DatePrecision | null;
  summary: string;
  /** The sentence that reports it. */
  evidence: string;
  confidence: number;
  status?: EventStatus;
  /** When the change takes effect, when the text gives one beside the announcement. */
  effectiveDate?: string | null;
  /** Index of the evidence sentence in the article. */
  sentenceIndex: number;
  /** Other sentences of the same article that restate it. */
  alsoIn?: number[];
}

export interface ExtractedQuote {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  text: string;
  direct: boolean;
  /** Index of the sentence the quote is in (or starts in). */
  sentenceIndex?: number;
  /** Index into the events array of the event it comments on, when one is clear. */
  eventIndex?: number;
}

export interface Classification {
  relevant: boolean;
  /** Relevance score in [0, 1]. */
  relevance: number;
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
  /** Organisations acting as parties that the registry does not know. */
  unknownEntities: string[];
}
