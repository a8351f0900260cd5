// Discovery: one conditional GET of a source's feed, sitemap or listing page, parsed into items.
// A 304 costs no parsing.
import type { SourceSpec } from "../config.ts";
import { decodeBody } from "./charset.ts";
import { parseFeed } from "./feed.ts";
import type { FeedItem, Fetcher } from "./types.ts";

export interface Discovery {
  status: number;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  /** Empty on a 304. */
  items: FeedItem[];
  format: string | null;
  bytes: number;
}

/** Fetches and parses one source. Throws WallwatchError (fetch.* / feed.*) on failure. */
export async function discoverSource(
  source: SourceSpec,
  validators: { etag?: string | null; lastModified?: string | null },
  fetcher: Fetcher,
  signal?: AbortSignal,
): Promise<Discovery> {
  const res = await fetcher.fetch({
    url: source.url,
    etag: validators.etag,
    lastModified: validators.lastModified,
    accept: source.kind === "listing" ? "html" : "feed",
    // The configured source URL is the user's own choice; only links found in it are guarded.
    allowPrivate: true,
    minDelayMs: source.minDelayMs,
    signal,
  });
  const etag = res.headers.etag ?? validators.etag ?? null;
  const lastModified = res.headers["last-modified"] ?? validators.lastModified ?? null;
  if (res.notModified) return { status: res.status, notModified: true, etag, lastModified, items: [], format: null, bytes: res.bytes };
  const kind = source.kind === "json" ? "json" : source.kind === "listing" ? "html" : "xml";
  const { text } = decodeBody(res.body, res.headers["content-type"], kind);
  const feed = await parseFeed(text, res.url, {
    kind: source.kind,
    linkSelector: source.linkSelector,
    linkPattern: source.linkPattern,
    timezone: source.timezone,
  });
  return { status: res.status, notModified: false, etag, lastModified, items: feed.items, format: feed.format, bytes: res.bytes };
}
