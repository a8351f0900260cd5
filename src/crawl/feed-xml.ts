// RSS 0.9x / 1.0 (RDF) / 2.0 and Atom 0.3 / 1.0 through rss-parser, which does the XML but leaves
// titles, links and dates raw; the normalising is ours (feed-text.ts).
import Parser from "rss-parser";
import { WallwatchError } from "../errors.ts";
import { parseFeedDate, plainText, resolveBase, resolveId, resolveUrl } from "./feed-text.ts";
import type { FeedItem, ParsedFeed } from "./types.ts";

type Raw = Record<string, unknown>;

// xml2js values: a string, or an object with "_" (text) and "$" (attributes) and child arrays.
function textOf(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  if (typeof value === "object") {
    const obj = value as Raw;
    const parts = [typeof obj._ === "string" ? obj._ : ""];
    for (const [k, v] of Object.entries(obj)) if (k !== "_" && k !== "$") parts.push(textOf(v));
    return parts.join(" ");
  }
  return String(value);
}

function attrs(value: unknown): Record<string, string> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

const keep = { keepArray: true } as const;
// "$" kept as an array gives the element's attributes (xml:base); the Atom 0.3 and renamed date
// elements are ours to parse.
const dateFields = ["issued", "modified", "created", "ww-published", "ww-updated", "dc:date", "pubDate"];
const parser = new Parser({
  defaultRSS: 2,
  customFields: {
    feed: [["$", "attrs", keep] as unknown as string],
    item: [["$", "attrs", keep] as unknown as string, ["link", "links", keep] as unknown as string, ["guid", "guidRaw", keep] as unknown as string, ...dateFields],
  },
});

/** Format name from the root element of an RSS/Atom document. */
export function xmlFeedFormat(root: string, head: string): string {
  if (root === "feed") return /version\s*=\s*["']0\.3["']|purl\.org\/atom\/ns#/.test(head) ? "atom0.3" : "atom1.0";
  if (root === "rdf:RDF") return "rss1.0";
  const version = /<rss\b[^>]*\bversion\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  return version?.startsWith("0.9") ? "rss0.9x" : "rss2.0";
}

/** "Unexpected close tag\nLine: 2\nColumn: 7..." from sax -> "XML error at line 3: unexpected close tag". */
function describeXmlError(err: Error, root: string): string {
  const first = err.message.split("\n")[0]!.trim();
  if (first === "Unable to parse XML.") return "empty body";
  // rss-parser assumes the structure it expects and trips over its absence (TypeError).
  if (first.startsWith("Feed not recognized") || err instanceof TypeError) return `not a feed: <${root}> without a channel or entries`;
  const line = /Line:\s*(\d+)/.exec(err.message)?.[1];
  const cause = first.charAt(0).toLowerCase() + first.slice(1);
  return line !== undefined ? `XML error at line ${Number(line) + 1}: ${cause}` : `XML error: ${cause}`;
}

// rss-parser turns Atom dates into ISO strings itself and rejects the whole feed on one bad date;
// renamed, those elements reach us raw and one bad date costs only that date.
function renameAtomDates(xml: string): string {
  return xml.replace(/<(\/?)(published|updated)\b/g, "<$1ww-$2");
}

// A bare "&" (query strings in links, "AT&T" in titles) is the commonest XML error in real feeds;
// browsers and feed readers accept it, so a feed is re-read once with those ampersands escaped.
const BARE_AMPERSAND = /&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g;

async function runParser(text: string, feedUrl: string, root: string): Promise<Raw> {
  try {
    return (await parser.parseString(renameAtomDates(text))) as unknown as Raw;
  } catch (err) {
    const repaired = text.replace(BARE_AMPERSAND, "&amp;");
    if (repaired !== text) {
      try {
        return (await parser.parseString(renameAtomDates(repaired))) as unknown as Raw;
      } catch {
        // Report the original error: it names the first real problem.
      }
    }
    throw new WallwatchError("feed.malformed", `feed: ${feedUrl}: ${describeXmlError(err as Error, root)}`, { cause: err });
  }
}

/** The href of an Atom <link rel="alternate"> (or first link), or an RSS <link> text. */
function itemHref(item: Raw): string | undefined {
  const links = Array.isArray(item.links) ? (item.links as unknown[]) : [];
  const withAttrs = links.map((l) => ({ a: attrs((l as Raw)?.$), text: textOf(l) }));
  const alternate = withAttrs.find((l) => l.a.href && (!l.a.rel || l.a.rel === "alternate"));
  if (alternate) return alternate.a.href;
  const plain = withAttrs.find((l) => !l.a.href && l.text.trim());
  if (plain) return plain.text;
  return typeof item.link === "string" ? item.link : withAttrs.find((l) => l.a.href)?.a.href;
}

function itemDate(item: Raw, timeZone?: string): string | null {
  for (const key of ["pubDate", "ww-published", "issued", "created", "dc:date", "ww-updated", "modified"]) {
    const value = textOf(item[key]).trim();
    if (!value) continue;
    const parsed = parseFeedDate(value, timeZone);
    if (parsed) return parsed;
  }
  return null;
}

function guidOf(item: Raw): { id: string; permalink: boolean } | null {
  const raw = Array.isArray(item.guidRaw) ? (item.guidRaw as unknown[])[0] : undefined;
  if (raw !== undefined) {
    const id = textOf(raw).trim();
    return id ? { id, permalink: attrs((raw as Raw)?.$).isPermaLink !== "false" } : null;
  }
  const id = textOf(item.id).trim();
  return id ? { id, permalink: false } : null;
}

/** Parses RSS or Atom text (already known to be one of them by its root element). */
export async function parseXmlFeed(
  text: string,
  feedUrl: string,
  format: string,
  timeZone?: string,
): Promise<{ feed: ParsedFeed; dropped: number }> {
  const raw = await runParser(text, feedUrl, format.startsWith("atom") ? "feed" : format === "rss1.0" ? "rdf:RDF" : "rss");
  const feedBase = resolveBase(feedUrl, attrs(raw.attrs)["xml:base"]);
  const items: FeedItem[] = [];
  let dropped = 0;
  for (const entry of (raw.items as Raw[]) ?? []) {
    const base = resolveBase(feedBase, attrs(entry.attrs)["xml:base"]);
    const guid = guidOf(entry);
    // RSS 1.0 names its item by rdf:about; a permalink guid is a link too.
    const link =
      resolveUrl(itemHref(entry), base) ??
      resolveUrl(attrs(entry.attrs)["rdf:about"], base) ??
      (guid?.permalink && /^(https?:|\/)/.test(guid.id) ? resolveUrl(guid.id, base) : null);
    if (!link) {
      dropped++;
      continue;
    }
    const title = plainText(textOf(entry.title));
    items.push({ title, link, id: (guid && resolveId(guid.id, base)) ?? link, published: itemDate(entry, timeZone) });
  }
  const feedLink = typeof raw.link === "string" ? resolveUrl(raw.link, feedBase) : null;
  return { feed: { format, title: plainText(textOf(raw.title)), link: feedLink ?? feedUrl, items }, dropped };
}
