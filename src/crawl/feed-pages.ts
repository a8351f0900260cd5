// Sources that are not feeds: XML sitemaps (plain, index, Google News) and HTML listing pages,
// both read with linkedom.
import { DOMParser, parseHTML } from "linkedom";
import { WallwatchError } from "../errors.ts";
import { parseFeedDate, plainText, resolveUrl } from "./feed-text.ts";
import type { FeedItem, ParsedFeed } from "./types.ts";

interface XmlElement {
  textContent: string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

function childText(el: XmlElement, ...names: string[]): string {
  for (const name of names) {
    const found = el.getElementsByTagName(name)[0];
    const text = found?.textContent?.trim();
    if (text) return text;
  }
  return "";
}

/** A sitemap or sitemap index; items are article URLs, or child sitemaps for an index. */
export function parseSitemap(text: string, feedUrl: string, isIndex: boolean, timeZone?: string): { feed: ParsedFeed; dropped: number } {
  const doc = new DOMParser().parseFromString(text, "text/xml") as unknown as XmlElement;
  const entries = Array.from(doc.getElementsByTagName(isIndex ? "sitemap" : "url"));
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of entries) {
    const link = resolveUrl(childText(entry, "loc"), feedUrl);
    if (!link || seen.has(link)) {
      dropped++;
      continue;
    }
    seen.add(link);
    // Google News sitemaps carry the article's title and publication date; plain ones a lastmod.
    const title = plainText(childText(entry, "news:title"));
    const published = parseFeedDate(childText(entry, "news:publication_date", "lastmod"), timeZone);
    items.push({ title, link, id: link, published });
  }
  return { feed: { format: isIndex ? "sitemapindex" : "sitemap", title: "", link: feedUrl, items }, dropped };
}

// The slice of linkedom's element API used here (the project's tsconfig has no DOM lib).
interface HtmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  querySelector(selector: string): HtmlElement | null;
  parentElement: HtmlElement | null;
}

const listedDate = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?/g;

/**
 * Index pages print each article's date beside its link ("<li><a>...</a><span>2025-03-12</span>").
 * Taken only from a small container holding exactly one date, so a list's dates are not mixed up.
 */
function dateBeside(anchor: HtmlElement, timeZone?: string): string | null {
  const container = anchor.parentElement;
  const text = container?.textContent ?? "";
  if (!text || text.length > 400) return null;
  const matches = Array.from(text.matchAll(listedDate));
  if (matches.length === 0 || new Set(matches.map((x) => x[0])).size !== 1) return null;
  const m = matches[0]!;
  return parseFeedDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}${m[4] ? ` ${m[4]}` : ""}`, timeZone);
}

export interface ListingOptions {
  /** CSS selector of article anchors (default: every a[href]). */
  linkSelector?: string;
  /** Regular expression the absolute link must match. */
  linkPattern?: string;
  /** IANA timezone for the dates printed beside links. */
  timezone?: string;
}

/** Article links of an HTML index page, deduplicated, titled by their anchor text. */
export function parseListing(html: string, pageUrl: string, opts: ListingOptions = {}): { feed: ParsedFeed; dropped: number } {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  const base = (baseHref && resolveUrl(baseHref, pageUrl)) || pageUrl;
  let anchors: HtmlElement[];
  try {
    anchors = Array.from(document.querySelectorAll(opts.linkSelector || "a[href]")) as unknown as HtmlElement[];
  } catch (err) {
    throw new WallwatchError("feed.malformed", `feed: ${pageUrl}: bad linkSelector ${JSON.stringify(opts.linkSelector)}: ${(err as Error).message}`);
  }
  let pattern: RegExp | null = null;
  try {
    pattern = opts.linkPattern ? new RegExp(opts.linkPattern) : null;
  } catch {
    throw new WallwatchError("feed.malformed", `feed: ${pageUrl}: bad linkPattern ${JSON.stringify(opts.linkPattern)}`);
  }
  const byLink = new Map<string, FeedItem>();
  let dropped = 0;
  for (const a of anchors) {
    // A selector may match a wrapper of the anchor rather than the anchor itself.
    const anchor = a.matches("a[href]") ? a : a.querySelector("a[href]");
    const link = resolveUrl(anchor?.getAttribute("href"), base);
    if (!anchor || !link) {
      dropped++;
      continue;
    }
    // Links the pattern rejects (navigation, ads) are not articles, so they are not counted as dropped.
    if (!/^https?:/.test(link) || (pattern && !pattern.test(link))) continue;
    const title = plainText(a.textContent ?? "") || plainText(anchor.getAttribute("title") ?? "");
    const known = byLink.get(link);
    // The same article is often linked twice (image, then headline); keep the longer text.
    const published = dateBeside(anchor, opts.timezone);
    if (!known) byLink.set(link, { title, link, id: link, published });
    else {
      if (title.length > known.title.length) known.title = title;
      known.published ??= published;
    }
  }
  const title = plainText(document.querySelector("title")?.textContent ?? "");
  return { feed: { format: "listing", title, link: pageUrl, items: [...byLink.values()] }, dropped };
}
