// When was this article first published? Sources are tried from the most to the least reliable:
// the feed, JSON-LD, meta tags, <time datetime>, the dateline shown near the headline, the URL.
// Modified/updated dates are never used: a story updated today was not published today.
import { isValidTimezone } from "../timezone.ts";
import { parseDateValue, scanDates } from "./date-parse.ts";
import { classAndId, type DomDocument, type DomElement, textOf } from "./dom.ts";

export interface PublishedOptions {
  /** The feed item's date; preferred when present. */
  feedPublished?: string | null;
  /** IANA timezone for naive timestamps; default from `lang` and the host. */
  timezone?: string;
  /** The page's language, when known ("zh" selects Asia/Shanghai as the default timezone). */
  lang?: string | null;
}

/** The timezone naive timestamps on this page are read in. */
export function defaultTimezone(url: string, lang: string | null | undefined, timezone?: string): string {
  if (timezone && isValidTimezone(timezone)) return timezone;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    host = "";
  }
  if (lang?.toLowerCase().startsWith("zh") || host.endsWith(".cn")) return "Asia/Shanghai";
  return "UTC";
}

const ARTICLE_TYPES = /^(newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|techarticle|scholarlyarticle|liveblogposting|socialmediaposting|report)$/i;

// Meta names/properties/itemprops that carry the first publication date, most specific first.
const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published",
  "published_time", "datepublished", "article.published", "parsely-pub-date", "sailthru.date",
  "publish-date", "publish_date", "publishdate", "publishtime", "publish_time", "pubdate", "pub_date", "pubtime",
  "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
  "citation_publication_date", "citation_date", "og:release_date", "release_date", "originalpublicationdate",
  "article_date_original", "cxenseparse:recs:publishtime", "created", "createdate", "date", "ptime",
];

// Visible dates right after these words are updates, not publication.
const UPDATED_BEFORE = /(updated|modified|last edited|edited|更新|修改|修订|编辑于)[^\d]{0,12}$/i;
// Elements whose class/id suggests a dateline or article-info block.
const DATE_HINT = /(^|[\s_-])(date|time|pubtime|pubdate|pub-?date|publish\w*|posted|post-?meta|entry-?meta|article-?meta|meta|info|article-?info|byline|dateline|source|timestamp)([\s_-]|$)/;
// Regions whose dates belong to other stories or to the site, not to this article.
const FOREIGN_REGION = /related|recommend|sidebar|aside|comment|footer|\bnav|menu|most-?read|popular|trending|hot-?list/;

function underForeignRegion(el: DomElement): boolean {
  for (let cur: DomElement | null = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName?.toLowerCase();
    if (tag === "aside" || tag === "nav" || tag === "footer") return true;
    if (FOREIGN_REGION.test(classAndId(cur))) return true;
  }
  return false;
}

/** JSON-LD blocks, parsed tolerantly (CMSs leave CDATA wrappers, comments and trailing commas). */
function jsonLdObjects(doc: DomDocument): unknown[] {
  const out: unknown[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i]!.textContent ?? "")
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
      .replace(/,\s*([}\]])/g, "$1");
    try {
      out.push(JSON.parse(raw));
    } catch {
      // A broken block is skipped; the meta tags usually say the same thing.
    }
  }
  return out;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** `datePublished` of article-typed JSON-LD objects first, then of any object. */
function fromJsonLd(doc: DomDocument): { article: string[]; other: string[] } {
  const article: string[] = [];
  const other: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const date = o.datePublished ?? o.dateCreated;
    const value = Array.isArray(date) ? date[0] : date;
    if (typeof value === "string" || typeof value === "number") {
      (typesOf(o).some((t) => ARTICLE_TYPES.test(t)) ? article : other).push(String(value));
    }
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"]) {
      if (key in o) visit(o[key], depth + 1);
    }
  };
  for (const obj of jsonLdObjects(doc)) visit(obj, 0);
  return { article, other };
}

function fromMeta(doc: DomDocument): string[] {
  const byKey = new Map<string, string>();
  const metas = doc.querySelectorAll("meta[content]");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = m.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !byKey.has(key)) byKey.set(key, content);
    }
  }
  return PUBLISHED_META.map((k) => byKey.get(k)).filter((v): v is string => v !== undefined);
}

/** <time datetime> and itemprop=datePublished elements, the explicitly marked ones first. */
function fromTimeElements(doc: DomDocument): string[] {
  const marked: string[] = [];
  const plain: string[] = [];
  const els = doc.querySelectorAll("time, [itemprop], [datetime], abbr.published[title], [data-published], [data-publish-time], [data-pubdate]");
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const itemprop = (el.getAttribute("itemprop") ?? "").toLowerCase();
    const hints = `${classAndId(el)} ${itemprop}`;
    if (/modif|updat/.test(hints)) continue;
    // Microformats (hAtom <abbr class="published" title>) and CMS data attributes count as marked.
    const attrDate = el.getAttribute("data-published") ?? el.getAttribute("data-publish-time") ?? el.getAttribute("data-pubdate");
    if (attrDate) {
      marked.push(attrDate);
      continue;
    }
    if (el.tagName.toLowerCase() === "abbr" && el.getAttribute("title")) {
      marked.push(el.getAttribute("title")!);
      continue;
    }
    const value = el.getAttribute("datetime") ?? (itemprop === "datepublished" ? (el.getAttribute("content") ?? textOf(el)) : null);
    if (!value) continue;
    if (itemprop === "datepublished" || /publish|pubdate|posted/.test(hints) || el.hasAttribute("pubdate")) marked.push(value);
    else if (el.tagName.toLowerCase() === "time" && !underForeignRegion(el)) plain.push(value);
  }
  return [...marked, ...plain];
}

/** The first dated string in `text` that is not introduced as an update. */
function firstPublishedInText(text: string, timeZone: string): string | null {
  for (const m of scanDates(text, timeZone)) {
    if (!UPDATED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return m.value;
  }
  return null;
}

/** The dateline near the headline: hinted info blocks, then the text following the <h1>. */
function fromVisibleText(doc: DomDocument, timeZone: string): string | null {
  const hinted = doc.querySelectorAll("body span, body div, body p, body em, body small, body li, body header");
  let checked = 0;
  for (let i = 0; i < hinted.length && checked < 60; i++) {
    const el = hinted[i]!;
    if (!DATE_HINT.test(classAndId(el))) continue;
    const text = textOf(el);
    if (!text || text.length > 300 || underForeignRegion(el)) continue;
    checked++;
    const found = firstPublishedInText(text, timeZone);
    if (found) return found;
  }
  const h1 = doc.querySelector("body h1");
  if (!h1) return null;
  const headline = textOf(h1);
  // Climb from the headline until its container holds some text after it, but not a whole page.
  for (let box = h1.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth++) {
    const text = textOf(box);
    const at = text.indexOf(headline);
    const after = text.slice(at >= 0 ? at + headline.length : 0, (at >= 0 ? at + headline.length : 0) + 400);
    const found = firstPublishedInText(after, timeZone);
    if (found) return found;
    if (text.length > 5000) break;
  }
  return null;
}

/** A date in the URL path: /2025/03/12/, /2025-03/12/, /2025/0312/, /20250312/, 2025-03-12. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /(?<!\d)(\d{4})[/-](\d{2})[/-](\d{2})(?!\d)/,
    /\/(\d{4})\/(\d{2})(\d{2})\//,
    /\/(\d{4})(\d{2})\/(\d{2})\//,
    /(?<![\d])(\d{4})(\d{2})(\d{2})(?![\d])/,
  ];
  for (const re of patterns) {
    const m = path.match(re);
    if (!m) continue;
    const value = parseDateValue(`${m[1]}-${m[2]}-${m[3]}`, "UTC");
    if (value) return value;
  }
  return null;
}

/** First publication date as ISO UTC, or "YYYY-MM-DD" when only a day is known; null when none. */
export function findPublished(doc: DomDocument, url: string, opts: PublishedOptions = {}): string | null {
  const tz = defaultTimezone(url, opts.lang ?? doc.documentElement?.getAttribute("lang"), opts.timezone);
  const first = (values: string[]) => {
    for (const v of values) {
      const parsed = parseDateValue(v, tz);
      if (parsed) return parsed;
    }
    return null;
  };
  if (opts.feedPublished) {
    const feed = parseDateValue(opts.feedPublished, "UTC");
    if (feed) return feed;
  }
  const ld = fromJsonLd(doc);
  return (
    first(ld.article) ??
    first(fromMeta(doc)) ??
    first(ld.other) ??
    first(fromTimeElements(doc)) ??
    fromVisibleText(doc, tz) ??
    dateFromUrl(url)
  );
}
