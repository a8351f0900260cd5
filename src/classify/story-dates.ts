// When a clause tells its happening: its own words resolved against publication, a month or year
// relative to the story's last date ("in September of that year", "the following year"), or a
// date in a modifier the main clause cut ("the link, which went live in February 2023, …").
import { type ResolvedDate, resolveDate } from "./dates.ts";

// "That summer", "the following year", "the next summer": dated by the year the story last named.
// "Later that month", "before the month was out", "the following month": the month the story last named.
// "The month before", "a year earlier": the month or year before the story's.
const STORY_MONTH = /\b(?:(?:later |earlier |in |by the end of |at the end of )?(?:that|the same) month|before the month was out|by the month's end|(the (?:following|next) month|a month later)|(the (?:month before|previous month|preceding month)|a month (?:earlier|before)))\b/i;
// "In the autumn of that year": a season the story's year, which chrono would read as this year's.
const SEASON_OF = "(?:spring|summer|autumn|fall|winter|end|beginning|start|middle|first half|second half) of (?:that|the same) year";
const SEASON_OF_STORY_YEAR = new RegExp(String.raw`\b${SEASON_OF}\b`, "i");
const STORY_YEAR = new RegExp(String.raw`\b(?:(that|the same) (?:year|spring|summer|autumn|fall|winter)|${SEASON_OF}|that was the year|before the year was out|by the year's end|back then|at the time|at that time|(the (?:following|next) (?:year|spring|summer|autumn|fall|winter)|a year later)|(the (?:year before|previous year|preceding year)|a year (?:earlier|before)))\b`, "i");

const THAT_TIME_FIRST = /^\W*(?:at that time|at the time|back then)\b/i;
const STORY_DAY = /\b(?:the (?:following|next) day|(?:a|one) day later|(the (?:day before|previous day)|(?:a|one) day (?:earlier|before))|(the same day|that same day|on that day|at (?:the same|that) (?:briefing|event|meeting|(?:press |news )?conference|ceremony|launch|hearing|summit|session|signing)))\b/i;
const COUNTS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
// "In the following days, Ali Cloud and Tencent Cloud also …": the story's month too.
const SOON_AFTER = /\b(?:(?:about|around|roughly|only|just|barely)\s+)?(?:a|one|two|three|a few|several|a couple of)\s+(?:days?|weeks?)\s+later\b|\b(?:days|weeks)\s+later\b|\b(?:in|over|during) the (?:following|next|next few|following few) (?:days|weeks)\b/i;
const UNITS_LATER = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(months?|years?)\s+later\b/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// "In September of that year", "on February 2 of that year", "in March the following year": a month (or day) of the story's year; "the
// following March": the next March after the story's month.
const MONTH_OF_STORY_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:of\s+)?(that|the same|the following|the next)\s+year\b|\b(that)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:the following|the next)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** The date a text tells, with a month of the story's year ("in September of that year") read first. */
type Story = { storyYear: number | null; storyMonth: string | null; storyAt?: { date: string; precision: ResolvedDate["precision"] }; storyDay?: string };

export function toldDate(text: string, ctx: Story & { pubDay: string | null }): ResolvedDate | null {
  // A sentence that names its own year ("in March 2023 … by the end of that year") means that one.
  // So does one naming its year before "in October of that year" ("In 2024 it required …, a change
  // that took effect in October of that year"): the act is dated by its own year.
  const month = MONTH_OF_STORY_YEAR.exec(text);
  if ((month && !/\b(?:19|20)\d\d\b/.test(text.slice(0, month.index))) || (SEASON_OF_STORY_YEAR.test(text) && !/\b(?:19|20)\d\d\b/.test(text))) {
    const own = storyDate(text, ctx);
    if (own) return own;
  }
  const told = ownDate(text, ctx);
  // "The next month …" reads as a future date against publication; in a story it follows the story's month.
  return told?.date ? told : (storyDate(text, ctx) ?? told);
}

// "On June 1, 2017, SF Express cut off … On June 3, the two sides agreed …": a month or day written
// without a year, within weeks after a day the story told in an earlier year, is in that story's
// year, not publication's. After a month or a year told, a bare month often means the present.
const BARE_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const NOT_BARE = /\b(?:19|20)\d\d\b|\b(?:last|this|next|that|the following|the next)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:year|ago|yesterday|today|week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** How soon after the story's day a bare date still follows it. */
const STORY_FOLLOWS_DAYS = 45;

/** A text's own date against publication, a bare month or day read in the story's year as above. */
export function ownDate(text: string, ctx: Story & { pubDay: string | null }): ResolvedDate | null {
  const told = resolveDate(text, ctx.pubDay);
  return told?.date ? (inStoryYear(text, told, ctx) ?? told) : told;
}

function inStoryYear(text: string, told: ResolvedDate, ctx: Story): ResolvedDate | null {
  const at = ctx.storyAt;
  if (at?.precision !== "day" || !told.date || told.date.length < 7 || !BARE_MONTH.test(text) || NOT_BARE.test(text)) return null;
  const storyYear = Number(at.date.slice(0, 4));
  if (Number(told.date.slice(0, 4)) <= storyYear) return null;
  const date = `${storyYear}${told.date.slice(4)}`;
  const after = Date.parse(date.padEnd(10, "-01").slice(0, 10)) - Date.parse(at.date.padEnd(10, "-01").slice(0, 10));
  return after >= 0 && after <= STORY_FOLLOWS_DAYS * 86_400_000 ? { ...told, date } : null;
}

/** A year given relative to the story's last year ("That summer", "The following year"). */
export function storyDate(text: string, ctx: Story): ResolvedDate | null {
  const { storyYear, storyMonth } = ctx;
  // "At that time, Flying Book said …" opening a sentence: the story's last time, as closely as it was told.
  if (ctx.storyAt && THAT_TIME_FIRST.test(text)) return { date: ctx.storyAt.date, precision: ctx.storyAt.precision };
  // "The next day, the State Post Bureau convened the two sides": a day after the story's last day;
  // "On the same day", "at the same briefing": the story's last day itself.
  // "Fujitsu on the same day announced …" after a background told by month: the last day the story told.
  const day = STORY_DAY.exec(text);
  const anchor = ctx.storyAt?.precision === "day" ? ctx.storyAt.date : day?.[2] ? ctx.storyDay : undefined;
  if (day && anchor) return { date: new Date(Date.parse(anchor) + (day[1] ? -1 : day[2] ? 0 : 1) * 86_400_000).toISOString().slice(0, 10), precision: "day" };
  const my = storyYear === null ? null : MONTH_OF_STORY_YEAR.exec(text);
  // "the following March" after a story in November: the next March to come.
  if (my?.[5] && storyYear !== null) {
    const month = MONTHS.indexOf(my[5].toLowerCase()) + 1;
    const year = storyMonth !== null && month > Number(storyMonth.slice(5, 7)) ? storyYear : storyYear + 1;
    return { date: `${year}-${String(month).padStart(2, "0")}`, precision: "month" };
  }
  if (my && storyYear !== null) {
    const year = storyYear + (/following|next/i.test(my[2] ?? "") ? 1 : 0);
    const month = `${year}-${String(MONTHS.indexOf((my[1] ?? my[4])!.toLowerCase()) + 1).padStart(2, "0")}`;
    // "On February 2 of that year": the day as well.
    const day = my[1] ? /\s(\d{1,2})(?:st|nd|rd|th)?\b/.exec(my[0]) : null;
    return day ? { date: `${month}-${day[1]!.padStart(2, "0")}`, precision: "day" } : { date: month, precision: "month" };
  }
  // "About a week later", "days later": still the story's month, as closely as the text allows.
  if (storyMonth !== null && SOON_AFTER.test(text)) return { date: storyMonth, precision: "month" };
  // "Two months later", "three years later": counted from the story's month or year.
  const n = UNITS_LATER.exec(text);
  if (n) {
    const count = COUNTS.indexOf(n[1]!.toLowerCase()) >= 0 ? COUNTS.indexOf(n[1]!.toLowerCase()) : Number(n[1]);
    if (/^month/i.test(n[2]!) && storyMonth !== null) {
      const d = new Date(Date.UTC(Number(storyMonth.slice(0, 4)), Number(storyMonth.slice(5, 7)) - 1 + count, 15));
      return { date: d.toISOString().slice(0, 7), precision: "month" };
    }
    if (/^year/i.test(n[2]!) && storyYear !== null) return { date: String(storyYear + count), precision: "year" };
  }
  const mm = storyMonth === null ? null : STORY_MONTH.exec(text);
  if (mm && storyMonth !== null) {
    if (!mm[1] && !mm[2]) return { date: storyMonth, precision: "month" };
    const d = new Date(Date.UTC(Number(storyMonth.slice(0, 4)), Number(storyMonth.slice(5, 7)) - (mm[2] ? 2 : 0), 15));
    return { date: d.toISOString().slice(0, 7), precision: "month" };
  }
  const m = storyYear === null ? null : STORY_YEAR.exec(text);
  if (!m || storyYear === null) return null;
  return { date: String(storyYear + (m[2] ? 1 : m[3] ? -1 : 0)), precision: "year" };
}

// "The link with Singapore, which went live in February 2023, was the first …", "The FTC's
// lawsuit, filed in September 2023, argues …", "…, under which …, the two companies said on
// Monday": the date of the thing the sentence is about sits in a part the main clause left out.
const DATED_MODIFIER = /,\s+(?:which|that)\s+(?:was\s+|were\s+)?(?:first\s+)?(?:went live|launched|started|began|opened|signed|filed|brought|announced|introduced|agreed|struck|reached|took effect|came into force)\b[^,;]*|,\s+(?:first\s+)?(?:filed|signed|launched|announced|introduced|agreed|struck|brought|unveiled)\s+(?:in|on|last|this|earlier)\b[^,;]*|,\s+(?:the\s+(?:two\s+)?(?:companies|company|firms?|groups?|sides|regulator|ministry|agency|commission)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|it|they)\s+(?:said|announced|confirmed)\s+(?:on|last|earlier)\b[^,;]*$/gi;

/** A past date told in a modifier of the sentence that the main clause cut. */
export function modifierDate(written: string | undefined, sentence: string, pubDay: string | null): ResolvedDate | null {
  if (!written || written === sentence) return null;
  for (const m of written.matchAll(DATED_MODIFIER)) {
    if (sentence.includes(m[0])) continue;
    const d = resolveDate(m[0], pubDay);
    if (d?.date) return d;
  }
  return null;
}

// "X said on Tuesday", "On the 23rd, X announced", "The reporter learned on the 21st": the day
// the story's news broke, told near its start.
const NEWS_DAY =
  /\b(?:said|says|announced|confirmed|told|reported|revealed|disclosed|learned|learnt|unveiled|stated)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+\d{1,2}(?:st|nd|rd|th))\b|^On\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?=[^.]{0,120}\b(?:announced|said|released|issued|disclosed|revealed|learned)\b)/;
const NEWS_DAY_SENTENCES = 3;
const NEWS_DAY_WINDOW_DAYS = 7;

/** The day before publication on which the story says its news was told, or null. */
export function newsDay(sentences: readonly { text: string }[], pubDay: string | null): string | null {
  if (!pubDay) return null;
  for (const s of sentences.slice(0, NEWS_DAY_SENTENCES)) {
    const m = NEWS_DAY.exec(s.text);
    if (!m) continue;
    const d = resolveDate(m[0], pubDay);
    if (d?.precision !== "day" || !d.date || d.date >= pubDay) return null;
    return Date.parse(pubDay) - Date.parse(d.date) <= NEWS_DAY_WINDOW_DAYS * 86_400_000 ? d.date : null;
  }
  return null;
}

// "In June 2018 Toutiao sued Tencent, and within days Tencent filed a suit of its own": an act told
// as following a dated one within days is known to that month, within months to that year; an act
// with a time of its own keeps it.
const WITHIN = /\bwithin\s+(?:a\s+few\s+|several\s+|a\s+couple\s+of\s+|two\s+|three\s+)?(days|months)\b/i;
export function withinCoarsened(clause: string, pubDay: string | null, date: string | null, precision: ResolvedDate["precision"]): Pick<ResolvedDate, "date" | "precision"> {
  const within = WITHIN.exec(clause);
  if (!within || !date || resolveDate(clause.replace(within[0], ""), pubDay)?.date) return { date, precision };
  const keep = /^d/i.test(within[1]!) ? 7 : 4;
  return date.length > keep ? { date: date.slice(0, keep), precision: keep === 7 ? "month" : "year" } : { date, precision };
}
