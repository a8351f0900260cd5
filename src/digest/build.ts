// Query and group: everything one weekly digest says, as a plain typed value. Rendering (HTML,
// text) and sending never touch the database; they take a DigestData.
import { EVENT_TYPES, type EventType } from "../classify/types.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import {
  countArticlesFetchedIn,
  type DigestEventRow,
  entityParents,
  eventsFirstSeenIn,
  eventsReportedAgainIn,
  eventTypesFirstSeenIn,
  failingSources,
  jobNames,
  mentionArticlesOfEvents,
  partiesOfEvents,
  quotesFromArticlesFetchedIn,
  runStatusCountsIn,
} from "../db/digests.ts";
import { consecutiveFailures } from "../db/runs.ts";
import { formatWeek, type IsoWeek, shiftWeek, weekBounds, weekOf } from "./week.ts";


/** A party of an event. */
export interface DigestParty {
  /** Canonical entity name. */
  name: string;
  /** Link to the entity page; absent when no base URL is configured. */
  url?: string;
}

/** One source link of an event. */
export interface DigestLink {
  /** Outlet name (the page's site name, else the source name). */
  outlet: string;
  title: string;
  url: string;
}

/** One event as shown in the digest. */
export interface DigestEvent {
  id: number;
  type: string;
  /** ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD) or null. */
  date: string | null;
  /** year | month | day, or null when unknown. */
  datePrecision: string | null;
  summary: string;
  parties: DigestParty[];
  /** Distinct sources among mentions, re-published copies not counted. */
  independentSources: number;
  /** Up to three links, one per outlet, originals first. */
  links: DigestLink[];
}

/** The new events of one type, ranked. */
export interface DigestTypeGroup {
  type: EventType | string;
  events: DigestEvent[];
}

/** A pair of party groups that had new events this week. */
export interface DigestPair {
  /** The two group names (parent entities), alphabetical. */
  a: string;
  b: string;
  /** Number of new events between them. */
  events: number;
  /** Their types, in display order. */
  types: string[];
}

/** A named person quoted this week. */
export interface DigestQuote {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  /** Short excerpt (whole words, ellipsis when cut). */
  excerpt: string;
  /** True for a quoted statement, false for reported speech. */
  direct: boolean;
  url: string;
  outlet: string;
}

/** Events first seen per type in one week. */
export interface DigestChartWeek {
  week: string;
  counts: Record<string, number>;
  total: number;
}

/** A source failing or silently broken now. */
export interface DigestFailingSource {
  name: string;
  /** One-line cause: last error or breakage kinds. */
  reason: string;
  /** ISO time the failures started, when known. */
  since: string | null;
}

/** Crawler health for the week. */
export interface DigestHealth {
  articlesThisWeek: number;
  articlesLastWeek: number;
  failingSources: DigestFailingSource[];
  crawlRuns: number;
  crawlRunsFailed: number;
  /** Jobs whose latest runs failed at least failureThreshold times in a row. */
  failingJobs: { job: string; failures: number }[];
}

/** Everything one weekly digest says. */
export interface DigestData {
  /** "2025-W11" */
  week: string;
  /** Civil dates of the week's Monday and Sunday (YYYY-MM-DD) in the digest timezone. */
  from: string;
  to: string;
  timezone: string;
  /** Number of events first seen this week. */
  newEventCount: number;
  /** New events grouped by type in the fixed order; empty types left out. */
  groups: DigestTypeGroup[];
  /** Events first seen earlier but reported again this week. */
  developing: DigestEvent[];
  pairs: DigestPair[];
  quotes: DigestQuote[];
  /** The last 12 weeks, oldest first, ending with this week. */
  chart: DigestChartWeek[];
  health: DigestHealth;
}

export interface BuildOptions {
  /** Cap on "still developing" and "who said what" lines. */
  maxDeveloping?: number;
  maxQuotes?: number;
}

type DigestConfig = Pick<Config, "digest" | "schedule">;

/** Builds the digest of ISO week `week` from the database. */
export function buildDigest(db: Db, config: DigestConfig, week: IsoWeek, opts: BuildOptions = {}): DigestData {
  const tz = config.digest.timezone;
  const bounds = weekBounds(week, tz);
  const start = bounds.start.toISOString();
  const end = bounds.end.toISOString();
  const parents = entityParents(db);

  const fresh = eventsFirstSeenIn(db, start, end);
  const again = eventsReportedAgainIn(db, start, end);
  const shaped = shapeEvents(db, [...fresh, ...again], config.digest.baseUrl);
  const newEvents = fresh.map((e) => shaped.get(e.id)!).sort(byRank);
  const groups = groupByType(newEvents);

  const developing = again
    .map((e) => shaped.get(e.id)!)
    .sort(byRank)
    .slice(0, opts.maxDeveloping ?? 10);

  const pairs = pairsThatMoved(newEvents, parents);
  const quotes = pickQuotes(quotesFromArticlesFetchedIn(db, start, end), opts.maxQuotes ?? 8);
  const chart = eventsPerWeek(db, week, tz);

  const last = weekBounds(shiftWeek(week, -1), tz);
  const crawl = runStatusCountsIn(db, "crawl", start, end);
  const threshold = config.schedule.failureThreshold;
  const health: DigestHealth = {
    articlesThisWeek: countArticlesFetchedIn(db, start, end),
    articlesLastWeek: countArticlesFetchedIn(db, last.start.toISOString(), last.end.toISOString()),
    failingSources: failingSources(db).map((s) => ({ name: s.name, reason: sourceReason(s.lastError, s.breakage), since: s.failingSince })),
    crawlRuns: Object.values(crawl).reduce((a, b) => a + b, 0),
    crawlRunsFailed: (crawl.failed ?? 0) + (crawl.abandoned ?? 0),
    failingJobs: jobNames(db)
      .map((job) => ({ job, failures: consecutiveFailures(db, job) }))
      .filter((j) => j.failures >= threshold),
  };

  const days = civilDays(bounds.start, bounds.end, tz);
  return { week: formatWeek(week), from: days.from, to: days.to, timezone: tz, newEventCount: fresh.length, groups, developing, pairs, quotes, chart, health };
}

/** Higher-ranked first: more independent sources, then confidence, then later date. */
function byRank(a: DigestEvent & { confidence?: number }, b: DigestEvent & { confidence?: number }): number {
  return b.independentSources - a.independentSources || (b.confidence ?? 0) - (a.confidence ?? 0) || (b.date ?? "").localeCompare(a.date ?? "") || a.id - b.id;
}

function shapeEvents(db: Db, rows: DigestEventRow[], baseUrl: string | undefined): Map<number, DigestEvent & { confidence: number }> {
  const ids = rows.map((r) => r.id);
  const parties = new Map<number, DigestParty[]>();
  for (const p of partiesOfEvents(db, ids)) {
    const list = parties.get(p.eventId) ?? [];
    list.push({ name: p.name, ...(baseUrl ? { url: entityUrl(baseUrl, p.name) } : {}) });
    parties.set(p.eventId, list);
  }
  const articlesOf = new Map<number, ReturnType<typeof mentionArticlesOfEvents>>();
  for (const a of mentionArticlesOfEvents(db, ids)) {
    const list = articlesOf.get(a.eventId) ?? [];
    list.push(a);
    articlesOf.set(a.eventId, list);
  }
  const out = new Map<number, DigestEvent & { confidence: number }>();
  for (const r of rows) {
    const arts = articlesOf.get(r.id) ?? [];
    const originals = arts.filter((a) => a.duplicateOf === null);
    // Copies of a syndicated story are one source; an event seen only through copies still has one.
    const independent = new Set(originals.map((a) => a.source)).size || (arts.length ? 1 : 0);
    const links: DigestLink[] = [];
    const outlets = new Set<string>();
    for (const a of [...originals, ...arts.filter((x) => x.duplicateOf !== null)]) {
      if (links.length === 3) break;
      if (outlets.has(a.source)) continue;
      outlets.add(a.source);
      links.push({ outlet: a.siteName?.trim() || a.source, title: a.title.trim() || a.url, url: a.url });
    }
    out.set(r.id, {
      id: r.id,
      type: r.type,
      date: r.date,
      datePrecision: r.datePrecision,
      summary: summaryLine(originals[0] ?? arts[0], r.summary),
      parties: parties.get(r.id) ?? [],
      independentSources: independent,
      links,
      confidence: r.confidence,
    });
  }
  return out;
}

// A wire dateline ("HANGZHOU, Sept 12 - ") before the sentence itself.
const DATELINE = /^[A-Z][A-Z .'’-]{2,}(?:,[^-–—]{1,40})?\s+[-–—]+\s+/;

/** The first report's own sentence reads better than the classifier's type-and-parties line. */
function summaryLine(first: { evidence: string } | undefined, fallback: string): string {
  const sentence = first?.evidence.replace(DATELINE, "").trim();
  if (!sentence) return fallback;
  return excerpt(sentence.charAt(0).toUpperCase() + sentence.slice(1), 240);
}

/** The entity page under the configured web UI. */
export function entityUrl(baseUrl: string, name: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/entities/${encodeURIComponent(name)}`;
}

function groupByType(ranked: DigestEvent[]): DigestTypeGroup[] {
  const known: readonly string[] = EVENT_TYPES;
  const types = [...EVENT_TYPES, ...[...new Set(ranked.map((e) => e.type))].filter((t) => !known.includes(t)).sort()];
  return types.map((type) => ({ type, events: ranked.filter((e) => e.type === type) })).filter((g) => g.events.length > 0);
}

/** The top of an entity's parent chain (WeChat Pay -> Tencent). */
export function groupOf(name: string, parents: Map<string, string | null>): string {
  let at = name;
  const seen = new Set([at]);
  for (let p = parents.get(at); p && !seen.has(p); p = parents.get(at)) {
    seen.add(p);
    at = p;
  }
  return at;
}

function pairsThatMoved(newEvents: DigestEvent[], parents: Map<string, string | null>): DigestPair[] {
  const pairs = new Map<string, DigestPair>();
  for (const e of newEvents) {
    const groups = [...new Set(e.parties.map((p) => groupOf(p.name, parents)))].sort();
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const key = `${groups[i]}\u0000${groups[j]}`;
        const pair = pairs.get(key) ?? { a: groups[i]!, b: groups[j]!, events: 0, types: [] };
        pair.events++;
        if (!pair.types.includes(e.type)) pair.types.push(e.type);
        pairs.set(key, pair);
      }
    }
  }
  const order = (t: string) => {
    const i = (EVENT_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? EVENT_TYPES.length : i;
  };
  for (const p of pairs.values()) p.types.sort((x, y) => order(x) - order(y));
  return [...pairs.values()].sort((x, y) => y.events - x.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Cuts text to about `max` characters at a word boundary. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  // Chinese text has no spaces: cut at the limit rather than at a far-back space.
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.，。；：]+$/, "")}…`;
}

function pickQuotes(rows: ReturnType<typeof quotesFromArticlesFetchedIn>, max: number): DigestQuote[] {
  const seen = new Set<string>();
  const out: DigestQuote[] = [];
  // Statements about an event and direct quotes first: they say most in one line.
  const ranked = [...rows].sort((a, b) => Number(b.eventId !== null) - Number(a.eventId !== null) || Number(b.direct) - Number(a.direct));
  for (const q of ranked) {
    const key = `${q.speaker}\u0000${q.text.replace(/\s+/g, " ").trim()}`;
    if (!q.speaker.trim() || seen.has(key)) continue;
    seen.add(key);
    out.push({
      speaker: q.speaker.trim(),
      role: q.role,
      affiliation: q.affiliation,
      excerpt: excerpt(q.text),
      direct: q.direct,
      url: q.url,
      outlet: q.siteName?.trim() || q.source,
    });
    if (out.length === max) break;
  }
  return out;
}

function eventsPerWeek(db: Db, week: IsoWeek, tz: string): DigestChartWeek[] {
  const weeks = Array.from({ length: 12 }, (_, i) => shiftWeek(week, i - 11));
  const start = weekBounds(weeks[0]!, tz).start.toISOString();
  const end = weekBounds(week, tz).end.toISOString();
  const rows = new Map(weeks.map((w) => [formatWeek(w), { week: formatWeek(w), counts: {} as Record<string, number>, total: 0 }]));
  for (const e of eventTypesFirstSeenIn(db, start, end)) {
    const row = rows.get(formatWeek(weekOf(new Date(e.firstSeenAt), tz)));
    if (!row) continue;
    row.counts[e.type] = (row.counts[e.type] ?? 0) + 1;
    row.total++;
  }
  return [...rows.values()];
}

function sourceReason(lastError: string | null, breakage: string): string {
  const parts: string[] = [];
  if (lastError) parts.push(lastError);
  try {
    const flags = JSON.parse(breakage) as { kind?: string; detail?: string }[];
    for (const f of Array.isArray(flags) ? flags : []) parts.push(f.detail ? `${f.kind}: ${f.detail}` : String(f.kind));
  } catch {
    // An unreadable flag column still means something is wrong with the source.
    if (breakage.trim() && breakage.trim() !== "[]") parts.push("breakage flags unreadable");
  }
  return parts.join("; ") || "failing";
}

function civilDays(start: Date, end: Date, tz: string): { from: string; to: string } {
  const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" });
  return { from: fmt.format(start), to: fmt.format(new Date(end.getTime() - 1)) };
}
