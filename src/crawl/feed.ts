// One entry point for every kind of source index: RSS, Atom, JSON Feed, sitemaps and HTML listing
// pages. The format is read from the content, since sources often serve something other than
// what their URL or content type promises.
import type { SourceSpec } from "../config.ts";
import { WallwatchError } from "../errors.ts";
import { parseJsonFeed } from "./feed-json.ts";
import { parseListing, parseSitemap } from "./feed-pages.ts";
import { parseXmlFeed, xmlFeedFormat } from "./feed-xml.ts";
import type { ParsedFeed } from "./types.ts";

export interface ParseFeedOptions {
  /** The source's declared kind; only "listing" changes anything (HTML is then expected). */
  kind?: SourceSpec["kind"];
  /** For listings: CSS selector of article anchors. */
  linkSelector?: string;
  /** For listings: regular expression article URLs must match. */
  linkPattern?: string;
  /** IANA timezone applied to naive timestamps ("2025-03-12 10:00:00"); UTC when absent. */
  timezone?: string;
}

const htmlRoots = new Set(["html", "head", "body", "div", "p", "title", "script", "meta", "table", "span", "a"]);

/** Name of the first element, after prolog, comments, doctype and processing instructions. */
export function rootElement(text: string): string | null {
  let rest = text.replace(/^\ufeff/, "");
  for (;;) {
    rest = rest.trimStart();
    const skip = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i.exec(rest);
    if (!skip) break;
    rest = rest.slice(skip[0].length);
  }
  return /^<([A-Za-z_][\w:.-]*)/.exec(rest)?.[1] ?? null;
}

/** The format a document is in, or the reason it is not a feed. */
export function detectFormat(text: string): { format: "xml" | "json" | "sitemap" | "sitemapindex" | "html"; root?: string } | { error: string } {
  const trimmed = text.replace(/^\ufeff/, "").trim();
  if (!trimmed) return { error: "empty body" };
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return { format: "json" };
  if (/^<!DOCTYPE\s+html/i.test(trimmed)) return { format: "html" };
  const root = rootElement(trimmed);
  if (!root) return { error: "not a feed: no XML root element" };
  const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
  if (root === "rss" || root === "feed" || local === "RDF") return { format: "xml", root: local === "RDF" ? "rdf:RDF" : root };
  if (local === "urlset") return { format: "sitemap" };
  if (local === "sitemapindex") return { format: "sitemapindex" };
  if (htmlRoots.has(root.toLowerCase())) return { format: "html" };
  return { error: `not a feed: unexpected root element <${root}>` };
}

/**
 * Parses a feed, sitemap or listing page into normalised items (absolute links, plain-text titles,
 * ISO UTC dates). Items without a usable link are dropped and counted in `dropped`.
 * Throws WallwatchError("feed.malformed") naming the URL and the cause.
 */
export async function parseFeed(text: string, feedUrl: string, opts: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const detected = detectFormat(text);
  if ("error" in detected) throw new WallwatchError("feed.malformed", `feed: ${feedUrl}: ${detected.error}`);
  const tz = opts.timezone;
  let result: { feed: ParsedFeed; dropped: number };
  switch (detected.format) {
    case "json":
      result = parseJsonFeed(text, feedUrl, tz);
      break;
    case "sitemap":
    case "sitemapindex":
      result = parseSitemap(text, feedUrl, detected.format === "sitemapindex", tz);
      break;
    case "html":
      if (opts.kind !== "listing") throw new WallwatchError("feed.malformed", `feed: ${feedUrl}: not a feed: looks like an HTML page`);
      result = parseListing(text, feedUrl, opts);
      break;
    case "xml":
      result = await parseXmlFeed(text, feedUrl, xmlFeedFormat(detected.root!, text.slice(0, 2048)), tz);
      break;
  }
  return { ...result.feed, dropped: result.dropped };
}
