// Dates in event sentences, resolved against the article's publication date, with precision.
// chrono-node reads explicit and weekday dates; the phrases it lacks or gets wrong for news text
// ("last spring", "at the end of 2022", "in March of this year", bare years, "from 1 July",
// Chinese 2021年9月) are read first by the rules in date-rules.ts, and chrono sees only what they left.
//
// Choices (documented because the eval and users depend on them):
// - Precision is what the text gives: day only with a day (or a weekday), month with only a
//   month, year with only a year.
// - Seasons and "the end/beginning of YEAR", "early/late YEAR" are year precision: a season spans
//   three months and "the end of 2022" may be November, so a month would claim more than was said.
// - A month or day without a year is the most recent one on or before publication, unless the
//   words just before it look ahead ("from", "starting", "自") — then it is the occurrence nearest publication.
// - A date after publication is an effective date ("will be open ... from 1 July"); the event
//   date is then the announcement: another (past) date in the sentence, else publication.
import * as chrono from "chrono-node";
import { DATELINE } from "./clauses.ts";
import { type Found, RULES } from "./date-rules.ts";
import type { Sentence } from "./sentences.ts";
import type { DatePrecision, ExtractedEvent } from "./types.ts";

export interface ResolvedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the sentence only gives a future date. */
  date: string | null;
  precision: DatePrecision | null;
  /** A date after publication at which the change takes effect. */
  effectiveDate?: string;
}

/** Cheap test so sentences without any date-like token never reach chrono. */
const DATE_HINT =
  /\b(19|20)\d{2}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|spring|summer|autumn|fall|winter|months?|week(?:s|ends?)?|fortnights?|days?|years?|quarters?|half|[QH][1-4])\b|年|月|周|星期|礼拜|\d\s*日|昨天|今天|明天|前天|昨日|今日/i;

// Words just before a date that point forward ("from 1 July", "starting January 5").
/** Relative words only chrono reads. */
const CHRONO_HINT = /\b(ago|days?|weeks?|fortnight|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

const LOOKS_AHEAD = /\b(from|starting|effective|beginning|as of|by|until|next|upcoming|scheduled for|will|to be|takes effect|take effect|starts|begins|kicks off|goes live)\s+(?:on\s+|in\s+)?$|(?:[自从]|将于|将在)\s*$/i;
// "starting in three cities on March 9", "beginning with Android users in May": where before when.
const AHEAD_AFTER_WHERE = /\b(?:starting|beginning)\s+(?:in|with|for|at)\s+(?:[\w'’-]+\s+){1,4}(?:(?:on|in|from)\s+)?$/i;

// "a pilot that ran from November": a past act's "from" looks back, not ahead.
const RAN_FROM = /\b(?:ran|began|started|lasted|operated|was|were|had been|has been|have been)\s+(?:[\w-]+\s+){0,3}?from\s+(?:on\s+|in\s+)?$/i;

const pad = (n: number) => String(n).padStart(2, "0");

function format(f: Found): { date: string; precision: DatePrecision } {
  if (f.day !== undefined && f.month !== undefined) return { date: `${f.year}-${pad(f.month)}-${pad(f.day)}`, precision: "day" };
  if (f.month !== undefined) return { date: `${f.year}-${pad(f.month)}`, precision: "month" };
  return { date: String(f.year), precision: "year" };
}

/** Parses "YYYY-MM-DD" (or a full ISO timestamp) into a UTC date, or null. */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The publication date as YYYY-MM-DD, or null. */
export function publishedDay(published: string | null | undefined): string | null {
  const d = parsePublished(published);
  return d ? d.toISOString().slice(0, 10) : null;
}

/** Whether a found date lies after the reference day, compared at its own precision. */
function isAfter(f: Omit<Found, "start" | "end">, ref: Date): boolean {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  const d = ref.getUTCDate();
  if (f.year !== y) return f.year > y;
  if (f.month === undefined) return false;
  if (f.month !== m) return f.month > m;
  return f.day !== undefined && f.day > d;
}

// Years that date something other than the event ("founded in 2004").
const NOT_EVENT_DATE = /\b(founded|established|set up|launched|born|created|incorporated|listed|IPO)\s+(?:only\s+|first\s+|originally\s+)?(in\s+)?$/i;

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

// "… offer Pix when it launched in November 2020": a launch that tells when the act happened.
// So does one the act dates itself from ("since the Galaxy S24 launched in January 2024", "When PayPay
// launched in late 2018, … it accepted Alipay from the start").
const LAUNCH_AS_TIME = /\b(?:when|as|once|since)\s+(?:it|they|the\s+[\w-]+(?:\s+[A-Z0-9][\w-]*)?|[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})\s+(?:was\s+)?launched\s+(?:in\s+)?$/i;
const FROM_LAUNCH = /\bfrom\s+(?:the\s+(?:start|outset|first\s+day|beginning|launch)|day\s+one|launch)\b|\bon\s+(?:the\s+|its\s+)?(?:first|opening)\s+day\b/i;
const LAUNCHED_BEFORE = /\blaunched\s+(?:in\s+)?$/i;
// "HBO Max launched in May 2020 without a Roku app": a launch without a platform is the wall's own time.
const LAUNCHED_WITHOUT = /^,?\s+without\b/i;

// "the 2026 FIFA World Cup", "the 2024-25 season": a year that names a thing, not when the act happened.
const NAMES_A_THING = /\b(?:the|its|their|this|a)\s+$/i;
const NAMED_THING = /^(?:[-–/]\d{2,4})?\s+(?:[A-Z][\w-]*|season|edition|tournament|championship|games|finals?|campaign)\b/;

// Module level, not a closure per call: tsx (keepNames) names each closure with defineProperty.
const isFree = (taken: [number, number][], s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);

function findDates(sentence: string, ref: Date | null): Found[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isFree(taken, start, end)) continue;
      const before = sentence.slice(Math.max(0, start - 50), start);
      const ranFrom = RAN_FROM.test(/^from\b/i.test(m[0]) ? `${before}from ` : before);
      const ahead = !ranFrom && (LOOKS_AHEAD.test(before.slice(-30)) || AHEAD_AFTER_WHERE.test(before) || /^(?:from|starting|by|until)\b/i.test(m[0]));
      const v = rule.make(m, ref, ahead);
      taken.push([start, end]);
      if (!v?.year) continue;
      // "a pilot, launched on Monday, that lets …": a weekday is this week's news, never a founding date.
      const near = sentence.slice(Math.max(0, start - 20), start);
      if (NOT_EVENT_DATE.test(near) && !LAUNCH_AS_TIME.test(sentence.slice(Math.max(0, start - 40), start)) && !(LAUNCHED_BEFORE.test(near) && (FROM_LAUNCH.test(sentence) || LAUNCHED_WITHOUT.test(sentence.slice(end)))) && !WEEKDAY.test(m[0])) continue;
      if (v.month === undefined && NAMES_A_THING.test(sentence.slice(Math.max(0, start - 6), start)) && NAMED_THING.test(sentence.slice(end, end + 30))) continue;
      // "Apple's famous "1984" advert": a year in quotation marks is a title.
      if (v.month === undefined && /["“]$/.test(before) && /^["”]/.test(sentence.slice(end))) continue;
      found.push({ start, end, ...v, ...(ahead ? { ahead } : {}) });
    }
  }
  // chrono for what the rules did not read ("yesterday", "two weeks ago"); it is the slowest
  // part of classification, so only sentences with such words reach it.
  if (ref && found.length === 0 && CHRONO_HINT.test(sentence)) {
    for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
      const start = r.index;
      const end = start + r.text.length;
      if (!isFree(taken, start, end) || /^(may|mar|sun|sat)\b/.test(r.text) || /^(at|this|now|tonight)\b/i.test(r.text)) continue;
      // "two days later", "a week before": counted from another happening in the story, not publication.
      if (/\b(?:later|after|before|earlier)\b/i.test(sentence.slice(end, end + 8)) || /\b(?:later|after|before|earlier)\b/i.test(r.text)) continue;
      const k = r.start;
      if (!k.isCertain("year") && !k.isCertain("month") && !k.isCertain("day") && !k.isCertain("weekday")) continue;
      const d = r.start.date();
      const day = k.isCertain("day") || k.isCertain("weekday") ? d.getUTCDate() : undefined;
      const month = k.isCertain("month") || day !== undefined ? d.getUTCMonth() + 1 : undefined;
      found.push({ start, end, year: d.getUTCFullYear(), ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const REPORTED_ON = /\b(?:said|says|announced|confirmed|told\s+\w+|reported|disclosed|revealed)\s+(?:on\s+)?$/i;

// Background inside a sentence: a relative or participle clause set off by commas (", which had
// opened in 2019,", ", imposed in 2021,") or a past-perfect clause ("after Apple had removed it in 2020").
const BACKGROUND = [
  /,\s+(?:which|who)\s+[^,]*,/g,
  /,\s+(?:(?:first\s+)?[a-z]+ed|set up|brought|begun|won|made)\s+(?:in|on|last|back in|during)\b[^,]*,/g,
  /\bhad\s+(?:already\s+|first\s+)?(?:been\s+)?[a-z]+(?:ed|en|ught|un)\b[^,;]*/g,
  // A trailing comparison (", the second wallet the app has added this year", ", the first time since 2019").
  /,\s+(?:the|its|a)\s+(?:first|second|third|fourth|fifth|latest|newest|biggest|largest)\b[^,;]*$/g,
];

function backgroundSpans(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of BACKGROUND) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * The date a sentence gives for what it reports, resolved against `published` ("YYYY-MM-DD").
 * Null when the sentence has no date. Without a publication date only absolute dates resolve.
 */
export function resolveDate(sentence: string, published: string | null | undefined): ResolvedDate | null {
  if (!DATE_HINT.test(sentence)) return null;
  // The same sentence and clauses of it are dated several times per article (detection, story
  // time, lending); dating is pure, so answers are kept until the next article (forgetDates).
  const key = `${published ?? ""}\u0000${sentence}`;
  const seen = dateCache.get(key);
  if (seen !== undefined) return seen;
  if (dateCache.size >= DATE_CACHE_SIZE) dateCache.clear();
  const resolved = resolveDateUncached(sentence, published);
  dateCache.set(key, resolved);
  return resolved;
}

const DATE_CACHE_SIZE = 4096;
const dateCache = new Map<string, ResolvedDate | null>();

/** Drops the dates kept for the article just classified, so one article's work never speeds up another's. */
export function forgetDates(): void {
  dateCache.clear();
}

function resolveDateUncached(sentence: string, published: string | null | undefined): ResolvedDate | null {
  const ref = parsePublished(published);
  const all = findDates(sentence, ref);
  if (all.length === 0) return null;
  // A wire dateline dates the report, not what it tells: its day yields to any date the sentence
  // tells ("SEOUL, Oct 3 - … said on Wednesday").
  const lineEnd = DATELINE.exec(sentence)?.[0].length ?? 0;
  const told = all.filter((f) => f.start >= lineEnd);
  const found = told.length > 0 ? told : all;
  // The day a report was made ("said on Monday that Taobao began … in January") yields to the
  // date of what it goes on to report; a trailing "…, Douyin said on Wednesday, reopening …" dates what came before it.
  const reportDay = (f: Found) => REPORTED_ON.test(sentence.slice(Math.max(0, f.start - 25), f.start)) && !/^\s*[,.;]/.test(sentence.slice(f.end));
  // "Shinsegae said in June that CJ Logistics would take over from July": a change told as coming
  // from a later time is dated on the day it was told, whenever the article was written.
  const toldOn = found.find((f) => reportDay(f) && !f.ahead);
  const comingFrom = (f: Found) => toldOn !== undefined && f.ahead === true && f.start > toldOn.end;
  const future = ref ? found.filter((f) => f.future || isAfter(f, ref) || comingFrom(f)) : found.filter(comingFrom);
  const past = found.filter((f) => !future.includes(f));
  const effective = future[0] ? format(toldOn && comingFrom(future[0]) ? afterTelling(future[0], toldOn) : future[0]).date : undefined;
  // A date inside background ("…, which had opened in 2019, said on Monday …") yields to one outside it.
  const spans = backgroundSpans(sentence);
  const foreground = past.filter((f) => !spans.some(([a, b]) => f.start >= a && f.end <= b));
  const main = foreground.find((f) => !reportDay(f)) ?? foreground[0] ?? past[0];
  if (main) {
    const { date, precision } = format(main);
    return effective ? { date, precision, effectiveDate: effective } : { date, precision };
  }
  // Only a future date: the event is the announcement, dated by the caller (publication).
  return { date: null, precision: null, ...(effective ? { effectiveDate: effective } : {}) };
}

/** A month or day told as coming, in the first year after the telling ("said in June … from July"). */
function afterTelling(f: Found, told: Found): Found {
  if (f.month === undefined || told.month === undefined) return f;
  const year = f.month > told.month || (f.month === told.month && (f.day ?? 0) > (told.day ?? 0)) ? told.year : told.year + 1;
  return { ...f, year };
}

/** Whether two dates (any precision) can be the same happening: one is a prefix of the other, or within `days`. */
export function datesCompatible(a: string | null, b: string | null, days = 7): boolean {
  if (a === null || b === null) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (a.length === 10 && b.length === 10) {
    return Math.abs(Date.parse(a) - Date.parse(b)) <= days * 86_400_000;
  }
  return false;
}

// Sentences that may lend their date to an undated event next to them.
const DATE_DONOR =
  /\b(?:the|this|an?)\s+(?:function|feature|option|service|change|move|integration|cooperation|agreement|deal|law|act|rules?|statement|announcement|complaint|filing)\b|\b(?:launched|opened|went live|announced|signed|changed|posted|filed|took (?:full )?effect|takes effect|came into force|entered into force)\b/i;
/** Gives an event the date another report of it told. */
function lend(e: { date: string | null; datePrecision: ExtractedEvent["datePrecision"]; explicitDate: boolean }, from: { date: string | null; datePrecision: ExtractedEvent["datePrecision"] }): void {
  e.date = from.date;
  e.datePrecision = from.datePrecision;
  e.explicitDate = true;
}

/** "Last month" told of news dated by publication: the month itself or the one before it. */
function recentMonth(date: string, day: string): boolean {
  if (date.length !== 7) return false;
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  return date === day.slice(0, 7) || date === prev;
}

const SAME_ACT = /^(?:in|under|with|through)\s+(?:the|that)\s+same\b/i;
/** Days an undated (publication-dated) report may lie from an explicit date of the same happening. */
const NEAR_PUBLICATION_DAYS = 14;

/** Whether two reports of the same parties can be the same happening in time. */
export function sameTime(e: { date: string | null; explicitDate: boolean }, c: { date: string | null; explicitDate: boolean }): boolean {
  if (e.date === null || c.date === null) return true;
  // Two days told a day or two apart ("said on Wednesday it had opened …", "By Thursday, searches were
  // returning …") are one happening's announcement and first sight.
  if (e.explicitDate && c.explicitDate) return e.date.startsWith(c.date) || c.date.startsWith(e.date) || (e.date.length === 10 && c.date.length === 10 && datesCompatible(e.date, c.date, 2));
  // One is only dated by publication: the other must be near it.
  return datesCompatible(e.date, c.date, NEAR_PUBLICATION_DAYS);
}

/**
 * An event dated only by publication takes the explicit date of a neighbouring sentence in its
 * paragraph that tells when it happened ("The function was launched on November 1").
 */
export function lendDates(
  events: (ExtractedEvent & { explicitDate: boolean })[],
  sentences: Sentence[],
  pubDay: string | null,
  sameGroups: (a: string[], b: string[]) => boolean,
): void {
  for (const e of events) {
    if (e.explicitDate || e.date === null) continue;
    // A further part of an announcement already dated ("The new agreement also adds …") shares its date.
    const earlier = events.find((o) => o !== e && o.explicitDate && o.sentenceIndex < e.sentenceIndex && sameGroups(o.parties, e.parties));
    if (earlier?.date && datesCompatible(earlier.date, e.date, NEAR_PUBLICATION_DAYS)) {
      lend(e, earlier);
      continue;
    }
    const at = sentences[e.sentenceIndex]!;
    // "In the same circular, NPCI also removed …": the act told before, with its date.
    if (SAME_ACT.test(at.text)) {
      const act = events.findLast((o) => o !== e && o.explicitDate && o.sentenceIndex < e.sentenceIndex && o.parties.some((p) => e.parties.includes(p)));
      if (act?.date) {
        lend(e, act);
        continue;
      }
    }
    // Neighbours in the paragraph, and a report's own later sentences naming its parties ("The
    // deal, signed last month, …"), that tell a recent date no other event owns.
    const near = sentences.filter(
      (s) =>
        s.index !== at.index &&
        ((s.paragraph === at.paragraph && Math.abs(s.index - at.index) <= 2) ||
          (s.index > at.index && s.index - at.index <= 4 && s.paragraph - at.paragraph <= 1 && (e.alsoIn?.includes(s.index) || e.parties.some((p) => s.text.includes(p))))),
    );
    for (const s of near.sort((a, b) => Math.abs(a.index - at.index) - Math.abs(b.index - at.index))) {
      if (events.some((o) => o !== e && o.sentenceIndex === s.index)) continue;
      const donor = DATE_DONOR.test(s.text) || e.alsoIn?.includes(s.index);
      if (!donor) continue;
      const d = resolveDate(s.text, pubDay);
      if (d?.date && (datesCompatible(d.date, e.date, NEAR_PUBLICATION_DAYS) || recentMonth(d.date, e.date))) {
        lend(e, { date: d.date, datePrecision: d.precision });
        break;
      }
    }
  }
}
