// Values the crawl stage's parts exchange. Each part (fetch, charset, feed, extract, render)
// is in its own file and exports the function named beside its type.

/** A response as fetched: raw bytes, decoded by `decodeBody` (charset.ts). */
export interface FetchResult {
  /** URL requested. */
  requestedUrl: string;
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Decompressed body (empty on 304). */
  body: Buffer;
  /** True on 304 Not Modified (conditional GET hit). */
  notModified: boolean;
  /** Bytes received on the wire. */
  bytes: number;
}

export interface FetchRequest {
  url: string;
  /** Validators for conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Accept header hint. */
  accept?: "feed" | "html" | "any";
  /** Loopback/private/link-local targets are allowed (the source itself lives on such a host). */
  allowPrivate?: boolean;
  /** Per-source minimum delay between requests to the host, ms. */
  minDelayMs?: number;
  /** Skip robots.txt (only for `source check` of a file-like URL the user typed? never for crawl). */
  ignoreRobots?: boolean;
  signal?: AbortSignal;
}

/** fetch.ts: `createFetcher(config.crawl, log)` returns this; one per run, shared by all sources. */
export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchResult>;
  /** Bytes and requests so far (for the run summary). */
  stats(): { requests: number; bytes: number; retries: number };
  close(): Promise<void>;
}

/** charset.ts: `decodeBody(body, contentType, kind)`. */
export interface DecodedBody {
  text: string;
  /** Charset used, lower-case iconv-lite name ("utf-8", "gb18030", ...). */
  charset: string;
  /** Where it came from. */
  charsetSource: "bom" | "header" | "xml-prolog" | "meta" | "sniffed" | "default";
}

/** One item of a feed, sitemap or listing, normalised. */
export interface FeedItem {
  /** Plain text (entities decoded, markup stripped). */
  title: string;
  /** Absolute URL. */
  link: string;
  /** Stable id (guid/id, resolved if relative), else the link. */
  id: string;
  /** ISO 8601 (UTC, with Z) or null. */
  published: string | null;
}

/** feed.ts: `parseFeed(text, feedUrl, opts)`. */
export interface ParsedFeed {
  /** rss0.9x | rss1.0 | rss2.0 | atom0.3 | atom1.0 | json | sitemap | sitemapindex | listing */
  format: string;
  title: string;
  /** Site link, absolute. */
  link: string;
  items: FeedItem[];
  /** Entries left out because they had no usable link (or failed validation). */
  dropped?: number;
}

/** extract.ts: `extractArticle(html, url, opts)` — pure, no I/O. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Lower-case language code ("en", "zh"). */
  lang: string | null;
  /** Published date-time as ISO 8601 UTC, or a date "YYYY-MM-DD" when the page gives no time; null when none. */
  published: string | null;
  /** Main text, paragraphs separated by blank lines. */
  text: string;
  excerpt: string | null;
  /** <link rel=canonical> resolved, if present. */
  canonicalUrl: string | null;
}

export interface ExtractOptions {
  /** IANA timezone for naive timestamps (source config; default by language/host). */
  timezone?: string;
  /** The feed item's date, preferred when present. */
  feedPublished?: string | null;
}

/** render.ts: one object owns the browser (`new BrowserOwner(config.browser, log)`). */
export interface RenderResult {
  url: string;
  html: string;
}
