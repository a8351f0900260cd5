// Dates in event sentences, resolved against the article's publication date, with precision.
// chrono-node reads explicit and weekday dates; the phrases it lacks or gets wrong for news text
// ("last spring", "at the end of 2022", "in March of this year", bare years, "from 1 July",
// Chinese 2021年9月) are read by the rules below first, and chrono sees only what they left.
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
import type { Sentence } from "./sentences.ts";
import type { DatePrecision, ExtractedEvent } from "./types.ts";

export interface ResolvedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the sentence only gives a future date. */
  date: string | null;
  precision: DatePrecision | null;
  /** A date after publication at which the change takes effect. */
  effectiveDate?: string;
}

interface Found {
  start: number;
  end: number;
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![A-Za-z])";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const SEASONS = "spring|summer|autumn|fall|winter";

/** Cheap test so sentences without any date-like token never reach chrono. */
const DATE_HINT =
  /\b(19|20)\d{2}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|spring|summer|autumn|fall|winter|months?|weeks?|days?)\b|年|月|周|昨天|今天|明天|前天|昨日|今日/i;

// Words just before a date that point forward ("from 1 July", "starting January 5").
/** Relative words only chrono reads. */
const CHRONO_HINT = /\b(ago|days?|weeks?|fortnight|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

const LOOKS_AHEAD = /\b(from|starting|effective|beginning|as of|by|until|next|upcoming|scheduled for|will|to be|takes effect|take effect)\s+(?:on\s+|in\s+)?$|(?:[自从]|将于|将在)\s*$/i;

const monthIndex = (name: string): number => {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
};

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
function isAfter(f: Found, ref: Date): boolean {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  const d = ref.getUTCDate();
  if (f.year !== y) return f.year > y;
  if (f.month === undefined) return false;
  if (f.month !== m) return f.month > m;
  return f.day !== undefined && f.day > d;
}

/** Year for a month (and day) given without one: the latest on/before `ref`, or the next when looking ahead. */
function yearFor(month: number, day: number | undefined, ref: Date, ahead: boolean): number {
  const y = ref.getUTCFullYear();
  const later = month > ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && day !== undefined && day > ref.getUTCDate());
  if (ahead) {
    // "from 1 July", "自2月1日起": the occurrence nearest publication, which may have just passed.
    const at = (year: number) => Date.UTC(year, month - 1, day ?? 15);
    return Math.abs(at(y + 1) - ref.getTime()) < Math.abs(at(y) - ref.getTime()) ? y + 1 : y;
  }
  return later ? y - 1 : y;
}

type Rule = { re: RegExp; make: (m: RegExpExecArray, ref: Date | null, ahead: boolean) => Omit<Found, "start" | "end"> | null };

// Ordered: longer phrases first, so "in March of this year" is read before "this year".
const NUMBER_WORDS = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const count = (w: string): number => (/^\d+$/.test(w) ? Number(w) : Math.max(1, NUMBER_WORDS.indexOf(w.toLowerCase())));
const dayShift = (ref: Date, days: number) => {
  const d = new Date(ref.getTime() + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

const RULES: Rule[] = [
  {
    // "on March 3 last year", "in March last year": the year is given relative to publication.
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi"),
    make: (m, ref) => {
      const month = monthIndex(m[2] ?? m[3]!);
      if (!ref || !month) return null;
      const year = ref.getUTCFullYear() + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[m[5]!.toLowerCase()]!;
      const day = m[1] ?? m[4];
      return day ? { year, month, day: Number(day) } : { year, month };
    },
  },
  // Relative days, read here rather than by chrono (the slowest part of classification).
  { re: /\byesterday\b|昨天|昨日/gi, make: (_m, ref) => (ref ? dayShift(ref, -1) : null) },
  { re: /\b(?:today|tonight)\b|今天|今日/gi, make: (_m, ref) => (ref ? dayShift(ref, 0) : null) },
  { re: /\btomorrow\b|明天/gi, make: (_m, ref) => (ref ? dayShift(ref, 1) : null) },
  { re: /前天/g, make: (_m, ref) => (ref ? dayShift(ref, -2) : null) },
  // Chinese relative years and months: 今年3月 "March this year", 去年 "last year", 上月 "last month".
  {
    re: /(今年|去年|前年|明年)\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?/g,
    make: (m, ref) => {
      if (!ref) return null;
      const year = ref.getUTCFullYear() + ({ 今年: 0, 去年: -1, 前年: -2, 明年: 1 } as Record<string, number>)[m[1]!]!;
      const month = m[2] ? Number(m[2]) : undefined;
      if (month !== undefined && (month < 1 || month > 12)) return null;
      return { year, ...(month !== undefined ? { month } : {}), ...(month !== undefined && m[3] ? { day: Number(m[3]) } : {}) };
    },
  },
  {
    re: /(上个?月|本月|这个月|上周|本周|这周)/g,
    make: (m, ref) => {
      if (!ref) return null;
      const back = m[1]!.startsWith("上") ? (m[1]!.endsWith("周") ? 0.25 : 1) : 0;
      // A week is dated to its month, as "last week" is.
      const d = back === 0.25 ? new Date(ref.getTime() - 7 * 86_400_000) : new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, 15));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    },
  },
  {
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|years?)\s+ago\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const n = count(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (unit.startsWith("year")) return { year: ref.getUTCFullYear() - n };
      if (unit.startsWith("day")) return dayShift(ref, -n);
      // Weeks are dated to their month, as "last week" is: "two weeks ago" does not say which day.
      const { year, month } = dayShift(ref, -n * 7);
      return { year, month };
    },
  },
  {
    // "on the 10th of this month", "the 3rd of last month".
    re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|last)\s+month\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const back = m[2]!.toLowerCase() === "last" ? 1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: Number(m[1]) };
    },
  },
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+of\\s+(this|last|next)\\s+year\\b`, "gi"),
    make: (m, ref) => (ref ? { year: ref.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[2]!.toLowerCase()]!, month: monthIndex(m[1]!) } : null),
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(?:(?:early|late|mid)[- ]?)?(?:${SEASONS})\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, "gi"),
    make: (m) => ({ year: Number(m[1]) }),
  },
  {
    re: new RegExp(`\\b(last|this|next)\\s+(${SEASONS})\\b`, "gi"),
    make: (m, ref) => {
      if (!ref) return null;
      const y = ref.getUTCFullYear();
      const which = m[1]!.toLowerCase();
      if (which === "this") return { year: y };
      if (which === "next") return { year: y + 1 };
      // "last spring" is the most recent spring already over: this year's once its months have passed.
      const endMonth = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 }[m[2]!.toLowerCase()]!;
      return { year: ref.getUTCMonth() + 1 > endMonth ? y : y - 1 };
    },
  },
  {
    re: /\b(?:(?:at|by|towards?|near)\s+)?the\s+(?:end|beginning|start|middle|close|first half|second half)\s+of\s+((?:19|20)\d{2})\b/gi,
    make: (m) => ({ year: Number(m[1]) }),
  },
  { re: /\b(?:early|late|mid)[- ]((?:19|20)\d{2})\b/gi, make: (m) => ({ year: Number(m[1]) }) },
  {
    re: /\b(?:earlier|later)\s+this\s+year\b|\bthis\s+year\b/gi,
    make: (_m, ref) => (ref ? { year: ref.getUTCFullYear() } : null),
  },
  { re: /\blast\s+year\b|\ba\s+year\s+ago\b/gi, make: (_m, ref) => (ref ? { year: ref.getUTCFullYear() - 1 } : null) },
  { re: /\bnext\s+year\b/gi, make: (_m, ref) => (ref ? { year: ref.getUTCFullYear() + 1 } : null) },
  {
    re: /\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b/gi,
    make: (_m, ref) => (ref ? { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1 } : null),
  },
  {
    // "on the 16th", "from the 3rd": a day of the publication month (or the month before, when later than publication).
    re: /\b(?:on|from|since|by|until)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary))/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const back = day > ref.getUTCDate() ? 1 : 0;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day };
    },
  },
  {
    // Weeks are dated to their month: "earlier this week" does not say which day.
    re: /\b(?:(?:earlier|later)\s+)?(this|last)\s+week\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const d = new Date(ref.getTime() - (m[1]!.toLowerCase() === "last" ? 7 : 0) * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    },
  },
  {
    // "a month after", "two months ago": counted back from publication, month precision.
    re: /\b(a|one|two|three|four|five|six|\d{1,2})\s+months?\s+(?:ago|after|earlier|before)\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : ["a", "one", "two", "three", "four", "five", "six"].indexOf(m[1]!.toLowerCase()) || 1;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 15));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    },
  },
  {
    re: /\blast\s+month\b/gi,
    make: (_m, ref) => {
      if (!ref) return null;
      const m = ref.getUTCMonth(); // 0-based: previous month's 1-based number
      return m === 0 ? { year: ref.getUTCFullYear() - 1, month: 12 } : { year: ref.getUTCFullYear(), month: m };
    },
  },
  {
    // "last August": the most recent August before the current month.
    re: new RegExp(`\\b(last|this|next)\\s+${MONTH_RE}(?!\\s*\\d)`, "gi"),
    make: (m, ref) => {
      const month = monthIndex(m[2]!);
      if (!ref || !month) return null;
      const y = ref.getUTCFullYear();
      const now = ref.getUTCMonth() + 1;
      const which = m[1]!.toLowerCase();
      if (which === "last") return { year: month < now ? y : y - 1, month };
      if (which === "next") return { year: month > now ? y : y + 1, month };
      return { year: y, month };
    },
  },
  {
    // "1 July", "July 1", "1st of July", optionally with a year; chrono reads "from 1 July" as 1 a.m.
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+((?:19|20)\\d{2}))?`, "g"),
    make: (m, ref, ahead) => {
      const day = Number(m[1] ?? m[4]);
      const month = monthIndex(m[2] ?? m[3]!);
      if (!month || day < 1 || day > 31) return null;
      if (m[5]) return { year: Number(m[5]), month, day };
      return ref ? { year: yearFor(month, day, ref, ahead), month, day } : null;
    },
  },
  {
    re: new RegExp(`\\b${MONTH_RE},?\\s+((?:19|20)\\d{2})\\b`, "g"),
    make: (m) => ({ year: Number(m[2]), month: monthIndex(m[1]!) }),
  },
  { re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g, make: (m) => ({ year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) }) },
  {
    // 2月1日 without a year: the nearest such day, looking ahead after 自/从/起.
    re: /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    make: (m, ref, ahead) => {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (!ref || month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { year: yearFor(month, day, ref, ahead || /^[起开]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 1))), month, day };
    },
  },
  { re: /((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, make: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  {
    // A month on its own ("in March"); "May" only capitalised and after a preposition (it is also a verb).
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|of|[Ss]tarting|[Ee]arly|[Ll]ate|[Mm]id)[- ]${MONTH_RE}(?!\\s*\\d)`, "g"),
    make: (m, ref, ahead) => {
      const month = monthIndex(m[1]!);
      return ref && month ? { year: yearFor(month, undefined, ref, ahead), month } : null;
    },
  },
  {
    // A weekday: the most recent one on or before publication ("on Monday" said on a Wednesday).
    re: /\b(?:on\s+|last\s+|this\s+past\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    make: (m, ref) => {
      if (!ref) return null;
      const back = (ref.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      const d = new Date(ref.getTime() - back * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    },
  },
  { re: /(?<![\d$¥€£-]|\d[,.])\b((?:19|20)\d{2})\b(?!\.\d|,\d{3}|\s*%|\s*(?:yuan|users|merchants|stores|people|million|billion))|((?:19|20)\d{2})\s*年/g, make: (m) => ({ year: Number(m[1] ?? m[2]) }) },
];

// Years that date something other than the event ("founded in 2004").
const NOT_EVENT_DATE = /\b(founded|established|set up|launched|born|created|incorporated|listed|IPO)\s+(?:only\s+|first\s+|originally\s+)?(in\s+)?$/i;

function findDates(sentence: string, ref: Date | null): Found[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const ahead = LOOKS_AHEAD.test(sentence.slice(Math.max(0, start - 30), start)) || /^(?:from|starting|by|until)\b/i.test(m[0]);
      const v = rule.make(m, ref, ahead);
      taken.push([start, end]);
      if (!v?.year) continue;
      if (NOT_EVENT_DATE.test(sentence.slice(Math.max(0, start - 20), start))) continue;
      found.push({ start, end, ...v });
    }
  }
  // chrono for what the rules did not read ("yesterday", "two weeks ago"); it is the slowest
  // part of classification, so only sentences with such words reach it.
  if (ref && found.length === 0 && CHRONO_HINT.test(sentence)) {
    for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
      const start = r.index;
      const end = start + r.text.length;
      if (!free(start, end) || /^(may|mar|sun|sat)\b/.test(r.text) || /^(at|this|now|tonight)\b/i.test(r.text)) continue;
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

// Background inside a sentence: a relative or participle clause set off by commas (", which had
// opened in 2019,", ", imposed in 2021,") or a past-perfect clause ("after Apple had removed it in 2020").
const BACKGROUND = [
  /,\s+(?:which|who)\s+[^,]*,/g,
  /,\s+(?:(?:first\s+)?[a-z]+ed|set up|brought|begun|won|made)\s+(?:in|on|last|back in|during)\b[^,]*,/g,
  /\bhad\s+(?:already\s+|first\s+)?(?:been\s+)?[a-z]+(?:ed|en|ught|un)\b[^,;]*/g,
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
  const ref = parsePublished(published);
  const found = findDates(sentence, ref);
  if (found.length === 0) return null;
  const future = ref ? found.filter((f) => isAfter(f, ref)) : [];
  const past = found.filter((f) => !future.includes(f));
  const effective = future[0] ? format(future[0]).date : undefined;
  // A date inside background ("…, which had opened in 2019, said on Monday …") yields to one outside it.
  const spans = backgroundSpans(sentence);
  const main = past.find((f) => !spans.some(([a, b]) => f.start >= a && f.end <= b)) ?? past[0];
  if (main) {
    const { date, precision } = format(main);
    return effective ? { date, precision, effectiveDate: effective } : { date, precision };
  }
  // Only a future date: the event is the announcement, dated by the caller (publication).
  return { date: null, precision: null, ...(effective ? { effectiveDate: effective } : {}) };
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
/** Days an undated (publication-dated) report may lie from an explicit date of the same happening. */
const NEAR_PUBLICATION_DAYS = 14;

/** Whether two reports of the same parties can be the same happening in time. */
export function sameTime(e: { date: string | null; explicitDate: boolean }, c: { date: string | null; explicitDate: boolean }): boolean {
  if (e.date === null || c.date === null) return true;
  if (e.explicitDate && c.explicitDate) return e.date.startsWith(c.date) || c.date.startsWith(e.date);
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
      e.date = earlier.date;
      e.datePrecision = earlier.datePrecision;
      e.explicitDate = true;
      continue;
    }
    const at = sentences[e.sentenceIndex]!;
    const near = sentences.filter((s) => s.paragraph === at.paragraph && s.index !== at.index && Math.abs(s.index - at.index) <= 2);
    for (const s of near.sort((a, b) => Math.abs(a.index - at.index) - Math.abs(b.index - at.index))) {
      if (events.some((o) => o !== e && o.sentenceIndex === s.index) || !DATE_DONOR.test(s.text)) continue;
      const d = resolveDate(s.text, pubDay);
      if (d?.date && datesCompatible(d.date, e.date, NEAR_PUBLICATION_DAYS)) {
        e.date = d.date;
        e.datePrecision = d.precision;
        e.explicitDate = true;
        break;
      }
    }
  }
}
