// What Readability keeps but a reader does not want: share bars, "related articles" and "read
// more" blocks, photo credits, newsletter sign-ups, copyright lines. Decided by structure and
// class hints on the page, and by short-line patterns listed here as data — never by site.
import { classAndId, type DomDocument, type DomElement, textOf } from "./dom.ts";

// Class/id words of page furniture around (or inside) an article. Matched as whole words
// (separated by space, "-" or "_") so "shared-economy" or "related-topic-story" need the exact word.
const FURNITURE_WORDS = [
  "share", "shares", "sharing", "share-bar", "sharebar", "share-tools", "sharetools", "social", "social-share",
  "social-links", "sociallinks", "addthis", "sharethis", "bshare", "jiathis",
  "related", "related-articles", "related-stories", "related-posts", "related-news", "read-more", "readmore",
  "more-stories", "recommended", "recommend", "recommendations", "outbrain", "taboola", "most-read", "mostread",
  "newsletter", "subscribe", "subscription", "signup", "sign-up", "newsletter-signup",
  "copyright", "credit", "credits", "photo-credit", "image-credit", "caption-credit",
  "comments", "comment-list", "disqus", "breadcrumb", "breadcrumbs", "tags", "tag-list", "taglist",
  "print", "toolbar", "article-tools", "author-bio", "advert", "advertisement", "ad-slot", "sponsor",
];
const FURNITURE = new RegExp(`(^|[\\s_-])(${FURNITURE_WORDS.map((w) => w.replace(/-/g, "[-_]?")).join("|")})($|[\\s_-])`);

/** Short lines that are furniture wherever they appear (whole paragraph, case-insensitive). */
const BOILERPLATE_LINES: readonly RegExp[] = [
  // Share bars and tools.
  /^(share|share this( article| story)?|share on \w+|share via \w+|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|x)$/i,
  /^(分享到|分享至|复制链接|微信扫一扫|扫一扫分享|扫描二维码).{0,30}$/,
  /^(分享|打印|收藏|字号|大|中|小|评论)(\s*[|｜/]\s*(分享|打印|收藏|字号|大|中|小|评论|关闭))*$/,
  // Photo and image credits.
  /^(photo|photograph|image|picture|illustration|video|graphic)s?( credits?)?\s*(:|courtesy\b|\/|©)/i,
  /^(photo|photograph|picture)s? by\b.{0,80}$/i,
  /^(credits?|source)\s*:\s*(getty|reuters|ap|afp|bloomberg|shutterstock|istock|xinhua|vcg|imaginechina)/i,
  /^[(（]?\s*(图片来源|图源|图片|配图|摄影|摄|图|视频来源)\s*[:：/／|]/,
  /^[(（]?(视觉中国|新华社发|东方IC|IC photo)/,
  // Newsletter and subscription prompts.
  /^(sign up|subscribe|get|join)\b.{0,80}\b(newsletter|briefing|daily|alerts|inbox|updates)\b/i,
  /^(关注|订阅).{0,20}(公众号|微信|newsletter)/i,
  // Copyright and reprint notices.
  /^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\)|\d{4}))/i,
  /all rights reserved\.?$/i,
  /^(版权所有|版权声明|未经.{0,20}(授权|许可).{0,30}(转载|使用)|本文(系|为).{0,20}(原创|授权))/,
  /^[(（]?\s*(责任编辑|编辑|校对|审核|来源)\s*[:：].{0,30}[)）]?$/,
  // Datelines that Readability leaves at the top (the date itself is read from the page's metadata).
  /^(posted|published|updated|last updated|first published)( on| at)?\s*:?\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,4}[-/.:]\d|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d+ (minutes?|hours?|days?) ago).{0,60}$/i,
  /^(发布时间|发布于|发表于|更新时间|时间)\s*[:：]?.{0,20}\d.{0,30}$/,
  // Navigation-like trailers.
  /^(advertisement|sponsored|scroll to continue|continue reading|read more|more:|see also|related:?|recommended)$/i,
  /^(广告|返回顶部|返回首页|点击查看|查看原文|阅读原文|展开全文)$/,
];

/** Headings that introduce a block of links to other stories; the heading and its list go. */
const RELATED_HEADING: readonly RegExp[] = [
  /^(related|related (articles|stories|news|posts|coverage|content|reading)|read more|more (on|from|about) .{1,40}|see also|recommended( for you)?|you (may|might) also like|most (read|popular)|trending|what to read next|further reading)\s*:?$/i,
  /^(相关阅读|相关文章|相关新闻|相关报道|相关推荐|延伸阅读|推荐阅读|更多阅读|热门推荐|热门文章|猜你喜欢|阅读下一篇|往期回顾|热点推荐)\s*[:：]?$/,
];

/** True for a paragraph that is page furniture, not article text. */
export function isBoilerplateLine(line: string): boolean {
  const s = line.trim();
  if (s.length === 0) return true;
  if (s.length > 160) return false;
  return BOILERPLATE_LINES.some((re) => re.test(s)) || RELATED_HEADING.some((re) => re.test(s));
}

/** True for a short heading such as "Related articles" or "延伸阅读". */
export function isRelatedHeading(text: string): boolean {
  const s = text.trim();
  return s.length > 0 && s.length <= 60 && RELATED_HEADING.some((re) => re.test(s));
}

function linkTextLength(el: DomElement): number {
  let n = 0;
  const links = el.querySelectorAll("a");
  for (let i = 0; i < links.length; i++) n += textOf(links[i]!).length;
  return n;
}

/** Most of its text is links (a list of other stories, a tag cloud, a share bar). */
function isLinkBlock(el: DomElement): boolean {
  const text = textOf(el).length;
  return text === 0 || linkTextLength(el) / text > 0.6;
}

/** The headline or a few real paragraphs: article text, whatever the class says. */
function holdsProse(el: DomElement): boolean {
  if (el.querySelector("h1")) return true;
  const ps = el.querySelectorAll("p");
  let long = 0;
  for (let i = 0; i < ps.length; i++) if ((ps[i]!.textContent ?? "").length > 80 && ++long >= 3) return true;
  return false;
}

/**
 * Removes furniture from the page before Readability scores it: elements whose class or id names
 * a share bar, related links, a newsletter box, a credit or copyright line. An element holding a
 * large part of the page's text is kept whatever its class says — themes put "share" or "social"
 * on the article wrapper itself.
 */
export function stripBoilerplateElements(doc: DomDocument, bodyTextLength: number): void {
  const limit = Math.max(400, bodyTextLength * 0.2);
  const candidates = doc.querySelectorAll("body [class], body [id]");
  const doomed: DomElement[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    const tag = el.tagName.toLowerCase();
    if (tag === "body" || tag === "html" || tag === "article" || tag === "main") continue;
    if (!FURNITURE.test(classAndId(el))) continue;
    if (textOf(el).length > limit || holdsProse(el)) continue;
    doomed.push(el);
  }
  // Removing a parent first leaves its children detached; removing them again is harmless.
  for (const el of doomed) el.remove();
  removeRelatedBlocks(doc.body);
}

/**
 * Removes "Related articles"-style headings together with the link list that follows them.
 * Works on any container: the page before Readability and Readability's output after it.
 */
export function removeRelatedBlocks(root: DomElement | null): void {
  if (!root) return;
  const heads = root.querySelectorAll("h2, h3, h4, h5, h6, p, strong, b");
  const doomed: DomElement[] = [];
  for (let i = 0; i < heads.length; i++) {
    const el = heads[i]!;
    // Raw length first: a heading is short, and collapsing a long paragraph's whitespace costs.
    if (el.children.length > 2 || (el.textContent ?? "").length > 120 || !isRelatedHeading(textOf(el))) continue;
    // The heading may be wrapped (<p><strong>Related</strong></p>); climb to the block that has siblings.
    let block: DomElement = el;
    while (block.parentElement && block.parentElement !== root && textOf(block.parentElement) === textOf(block)) block = block.parentElement;
    doomed.push(block);
    for (let next = nextElement(block); next; next = nextElement(next)) {
      const tag = next.tagName.toLowerCase();
      if (/^h[1-6]$/.test(tag) || !isLinkBlock(next)) break;
      doomed.push(next);
    }
  }
  for (const el of doomed) el.remove();
}

function nextElement(el: DomElement): DomElement | null {
  const parent = el.parentElement;
  if (!parent) return null;
  const kids = parent.children;
  for (let i = 0; i < kids.length - 1; i++) if (kids[i] === el) return kids[i + 1]!;
  return null;
}
