// Article extraction: Readability on a linkedom document (no jsdom: it is several times slower
// and this runs for every page), then our own cleanup of what Readability keeps, and the
// metadata Readability does not give reliably (published date, language, canonical URL).
// Pure and synchronous: it runs in worker threads (extract-pool.ts).
import { Readability } from "@mozilla/readability";
import { WallwatchError } from "../errors.ts";
import { isBoilerplateLine, removeRelatedBlocks, stripBoilerplateElements } from "./boilerplate.ts";
import { canonicalFromDocument } from "./canonical-url.ts";
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, parseDocument, TEXT_NODE, textOf } from "./dom.ts";
import { findPublished } from "./published-date.ts";
import type { ExtractedArticle, ExtractOptions } from "./types.ts";

// Below this much text (after cleanup) a page has no article: an app shell, an index, an error page.
const MIN_TEXT_CHARS = 60;
// A result whose text is mostly link text is an index of other pages, not an article.
const MAX_LINK_DENSITY = 0.5;

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe", "object"]);

// Spaces between two CJK characters come from line breaks in the source, not from the writer.
const CJK_GAP = /([\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])\s+(?=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])/g;

function cleanLine(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(CJK_GAP, "$1");
}

/** The text of each block (paragraph, heading, list item, table row) under `root`, in order. */
export function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let cur = "";
  const flush = () => {
    const line = cleanLine(cur);
    if (line) out.push(line);
    cur = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      cur += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "br") return flush();
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else if (tag === "td" || tag === "th") cur += " ";
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

// Markup that never holds article text, cut from the HTML string before parsing: parsing and
// Readability's passes both cost time per node. JSON-LD scripts stay (dates, byline, title).
const NOT_CONTENT_MARKUP =
  /<script\b(?![^>]*\bld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>/gi;

/** The page without scripts, styles, comments, inline SVG and noscript blocks. */
export function trimMarkup(html: string): string {
  return html.replace(NOT_CONTENT_MARKUP, "");
}

// Page chrome that Readability would score and discard anyway; removed up front to save its passes.
const CHROME_SELECTOR = "nav, aside, form, iframe, select, button, input, textarea, dialog, [role=navigation]";

function removeChrome(doc: DomDocument): void {
  const els = doc.querySelectorAll(CHROME_SELECTOR);
  const doomed: DomElement[] = [];
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    // Some CMSs wrap the whole story in a <form> (ASP.NET) — keep any that holds the headline.
    if (el.tagName.toLowerCase() === "form" && el.querySelector("h1, p")) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

function paragraphChars(root: DomElement): number {
  let n = 0;
  const ps = root.querySelectorAll("p");
  for (let i = 0; i < ps.length; i++) n += (ps[i]!.textContent ?? "").length;
  return n;
}

/** The element whose child paragraphs hold the most text (where Readability's winner will be). */
function densestParagraphParent(body: DomElement): DomElement | null {
  const byParent = new Map<DomElement, number>();
  const ps = body.querySelectorAll("p");
  for (let i = 0; i < ps.length; i++) {
    const parent = ps[i]!.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (ps[i]!.textContent ?? "").length);
  }
  let best: DomElement | null = null;
  let bestChars = 0;
  for (const [el, chars] of byParent) {
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}

/**
 * Readability is given only the part of the page that holds nearly all of its paragraph text —
 * the one <article> (or articleBody), else the block around the densest run of paragraphs — with
 * the headline and byline if they sit outside it. Its result would come from there anyway, and
 * it runs several times faster on the small tree. Pages where the text is spread out are left whole.
 */
function narrowToArticle(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const total = paragraphChars(body);
  if (total < 500) return;
  let candidates = doc.querySelectorAll('[itemprop="articleBody" i]');
  if (candidates.length !== 1) candidates = doc.querySelectorAll("article");
  let article: DomElement | null = candidates.length === 1 ? candidates[0]! : null;
  if (!article || paragraphChars(article) < total * 0.8) {
    // One level above the paragraphs' parent, so a standfirst or lead block beside them stays.
    const dense = densestParagraphParent(body);
    article = dense?.parentElement && dense.parentElement !== body ? dense.parentElement : dense;
    if (!article || article === body || paragraphChars(article) < total * 0.8) return;
  }
  const keep: DomElement[] = [];
  for (const sel of ["h1", '[rel="author"], [class*="byline" i], [class*="author" i]']) {
    const el = doc.querySelector(sel);
    if (el && !article.querySelector(sel) && !el.querySelector("p") && (el.textContent ?? "").length < 200) keep.push(el);
  }
  keep.push(article);
  body.replaceChildren(...keep);
}

/** Primary language subtag of a declared language ("zh-CN", "zh_CN" -> "zh"); null when absent. */
function primaryTag(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^([a-z]{2,3})(?:[-_]|$)/i);
  return m ? m[1]!.toLowerCase() : null;
}

function declaredLanguage(doc: DomDocument): string | null {
  return (
    primaryTag(doc.documentElement.getAttribute("lang")) ??
    primaryTag(doc.documentElement.getAttribute("xml:lang")) ??
    primaryTag(doc.querySelector('meta[property="og:locale" i]')?.getAttribute("content")) ??
    primaryTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")) ??
    primaryTag(doc.querySelector('meta[name="language" i]')?.getAttribute("content"))
  );
}

/**
 * The language the letters of `text` say, for the scripts that say it unambiguously: kana is
 * Japanese, hangul Korean, Han alone Chinese; Latin text is "en" when English's commonest words
 * are frequent in it, else lang null (Latin, language unknown). Null when the text is too short to tell.
 */
export function sniffLanguage(text: string): { lang: string | null; cjk: boolean } | null {
  const sample = text.slice(0, 4000);
  const han = sample.match(/[\u4e00-\u9fff\u3400-\u4dbf]/g)?.length ?? 0;
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const hangul = sample.match(/[\uac00-\ud7af]/g)?.length ?? 0;
  const latin = sample.match(/[a-z]/gi)?.length ?? 0;
  const cjk = han + kana + hangul;
  if (cjk + latin < 20) return null;
  // CJK characters carry a word each; Latin letters about a fifth of one.
  if (cjk * 5 >= latin) {
    if (kana > cjk * 0.1) return { lang: "ja", cjk: true };
    if (hangul > cjk * 0.3) return { lang: "ko", cjk: true };
    return { lang: "zh", cjk: true };
  }
  // Latin script: English only when its commonest words are frequent; other languages stay unknown.
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  let common = 0;
  for (const w of words) if (ENGLISH_COMMON.has(w)) common++;
  return words.length >= 8 && common / words.length >= 0.12 ? { lang: "en", cjk: false } : { lang: null, cjk: false };
}

const ENGLISH_COMMON = new Set(["the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "it", "with", "as", "was", "said", "its", "by", "at", "from", "has", "have", "be", "are", "this", "an", "will"]);

/** A small sample of the page's prose before Readability runs: the headline and first paragraphs. */
function proseSample(doc: DomDocument): string {
  let s = `${doc.title} ${textOf(doc.querySelector("h1"))}`;
  const ps = doc.querySelectorAll("p");
  for (let i = 0; i < ps.length && s.length < 2000; i++) s += ` ${textOf(ps[i]!)}`;
  return s;
}

/**
 * Declared language unless the letters disagree: a CJK page declaring "en" (a common template
 * default) is CJK, and a Latin page declaring a CJK language is taken as English.
 */
function chooseLanguage(declared: string | null, text: string): string | null {
  const sniffed = sniffLanguage(text);
  if (!sniffed) return declared;
  if (!declared) return sniffed.lang;
  const declaredCjk = declared === "zh" || declared === "ja" || declared === "ko";
  if (sniffed.cjk !== declaredCjk) return sniffed.lang;
  return sniffed.cjk ? sniffed.lang : declared;
}

function cleanByline(raw: string | null | undefined): string | null {
  const s = cleanLine(raw ?? "")
    .replace(/^(by|written by|author|作者|记者|文)\s*[:：|/]?\s*/i, "")
    .trim();
  // Some CMSs put a profile URL or an e-mail address in the author field.
  if (/^(https?:|www\.)|@\w+\./i.test(s)) return null;
  return s && s.length <= 120 ? s : null;
}

/** A short line that only names the author ("By Jane Doe", "记者 张三", the byline itself). */
function isBylineLine(line: string, byline: string | null): boolean {
  if (line.length > 100) return false;
  if (byline && line.length <= byline.length + 24 && line.includes(byline)) return true;
  return /^(by|written by)\s+\S+(\s+\S+){0,4}$/i.test(line) || /^(作者|记者|文|撰文)\s*[:：|/]?\s*\S{1,12}$/.test(line);
}

/** Prefer the page's <h1> when the title is the h1 plus " - Site Name" (or similar). */
function chooseTitle(readabilityTitle: string | null | undefined, h1: string, docTitle: string): string {
  const title = cleanLine(readabilityTitle ?? "") || cleanLine(docTitle);
  if (h1.length >= 4 && title !== h1 && title.includes(h1)) return h1;
  return withoutSiteSuffix(title) || h1;
}

// "Headline_Channel_Site" and "Headline - Site": Readability keeps these whole when the headline
// has few spaces, which is every Chinese headline.
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+/;

/** The headline part of a title whose other parts are short site or channel names. */
function withoutSiteSuffix(title: string): string {
  const parts = title.split(TITLE_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return title;
  const [first, ...rest] = parts;
  return first!.length >= 6 && rest.every((p) => p.length <= 25) ? first! : title;
}

function linkDensity(root: DomElement, textLength: number): number {
  let links = 0;
  const as = root.querySelectorAll("a");
  for (let i = 0; i < as.length; i++) links += textOf(as[i]!).length;
  return textLength === 0 ? 1 : links / textLength;
}

/**
 * The article on a page: title, byline, site name, language, published date, text (paragraphs
 * separated by blank lines), excerpt, canonical URL. Null when the page holds no article text.
 */
export function extractArticle(html: string, url: string, opts: ExtractOptions = {}): ExtractedArticle | null {
  const doc = parseDocument(trimMarkup(html), url);
  // Everything read from the head and the raw body is read now: Readability rewrites the document.
  // rel=canonical and og:url live in <head>; searching only there saves three whole-tree scans.
  const canonicalUrl = canonicalFromDocument(doc.head ?? doc, url);
  const declared = declaredLanguage(doc);
  const h1 = cleanLine(textOf(doc.querySelector("h1")));
  const docTitle = doc.title ?? "";
  const pageLang = chooseLanguage(declared, proseSample(doc));
  const published = findPublished(doc, url, { feedPublished: opts.feedPublished, timezone: opts.timezone, lang: pageLang });

  removeChrome(doc);
  narrowToArticle(doc);
  stripBoilerplateElements(doc, (doc.body?.textContent ?? "").length);
  let parsed: ReturnType<Readability<DomElement>["parse"]>;
  try {
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true,
      charThreshold: 300,
    });
    parsed = reader.parse();
  } catch (err) {
    throw new WallwatchError("internal", `extract: ${url}: readability failed: ${(err as Error).message}`, { cause: err });
  }
  const root = parsed?.content;
  if (!parsed || !root) return null;

  removeRelatedBlocks(root);
  const title = chooseTitle(parsed.title, h1, docTitle);
  const byline = cleanByline(parsed.byline);
  const paragraphs = blockTexts(root).filter((p) => !isBoilerplateLine(p));
  if (paragraphs.length > 0 && (paragraphs[0] === title || paragraphs[0] === h1)) paragraphs.shift();
  // Readability leaves the visible byline in when it took the author from metadata.
  while (paragraphs.length > 0 && isBylineLine(paragraphs[0]!, byline)) paragraphs.shift();
  const text = paragraphs.join("\n\n");
  if (text.length < MIN_TEXT_CHARS || linkDensity(root, textOf(root).length) > MAX_LINK_DENSITY) return null;

  const described = cleanLine(parsed.excerpt ?? "");
  const excerpt = described && !isBylineLine(described, byline) && !isBoilerplateLine(described) ? described : paragraphs[0]!.slice(0, 300);
  return {
    title,
    byline,
    siteName: cleanLine(parsed.siteName ?? "") || null,
    lang: chooseLanguage(declared ?? primaryTag(parsed.lang), text),
    published,
    text,
    excerpt: excerpt || null,
    canonicalUrl,
  };
}
