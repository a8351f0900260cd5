// Date phrases of news text that chrono lacks or misreads, as ordered rules. dates.ts runs them
// first and hands chrono only what they left; the choices they follow are documented there.

/** A date phrase found in a sentence: its span and the year (month, day) it gives. */
export interface Found {
  start: number;
  end: number;
  year: number;
  month?: number;
  day?: number;
  /** The phrase itself points forward ("next month", "next week") even when it shares publication's month. */
  future?: boolean;
  /** The words before it look ahead ("from", "starting", "will … in"). */
  ahead?: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![A-Za-z])";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const SEASONS = "spring|summer|autumn|fall|winter";

const monthIndex = (name: string): number => {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
};

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
// "plans" only as a verb: "its broadband plans in July" looks back.
const FORWARD = /\b(?:will|would|plans?\s+to|planned\s+to|planning\s+to|expects?|expected|aims?|intends?|scheduled|due|set to|going to)\b/i;
/** Whether the clause before a match looks ahead ("plans to extend it in the second quarter"). */
const forwardBefore = (m: RegExpExecArray): boolean => FORWARD.test(m.input.slice(0, m.index).split(/[,;:，；]/).pop()!);
const ORDINALS = ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"];
const shiftOf = (w: string): number => ({ last: -1, previous: -1, next: 1 } as Record<string, number>)[w.toLowerCase()] ?? 0;

/** The week, month or year `shift` periods from publication; a week is dated to its month. */
function period(ref: Date, unit: string, shift: number): Omit<Found, "start" | "end"> {
  if (unit === "year") return { year: ref.getUTCFullYear() + shift };
  const d = unit === "week" ? new Date(ref.getTime() + shift * 7 * 86_400_000) : new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 15));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

// Fixed-date holidays news writes instead of the day ("on Christmas Eve 2021", "on New Year's Day").
const HOLIDAYS: Record<string, [number, number]> = { "christmas eve": [12, 24], "christmas day": [12, 25], "new year's eve": [12, 31], "new year's day": [1, 1], "boxing day": [12, 26] };

export const RULES: Rule[] = [
  {
    re: /\b(Christmas Eve|Christmas Day|New Year['’]s Eve|New Year['’]s Day|Boxing Day)(?:,?\s+(?:(?:in|of)\s+)?((?:19|20)\d{2})\b|\s+(?:of\s+)?(last|this|next)\s+year\b)?/gi,
    make: (m, ref, ahead) => {
      const [month, day] = HOLIDAYS[m[1]!.toLowerCase().replace("’", "'")]!;
      if (m[2]) return { year: Number(m[2]), month, day };
      if (!ref) return null;
      return { year: m[3] ? ref.getUTCFullYear() + shiftOf(m[3]) : yearFor(month, day, ref, ahead), month, day };
    },
  },
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
  {
    // A part of a period relative to publication: "at the start of the month", "by the end of the
    // year", "in the middle of last month". "the" is the current period.
    re: /\b(?:(?:at|by|before|towards?|near|in|around)\s+)?the\s+(?:start|beginning|end|middle|close|turn)\s+of\s+(the|this|last|next)\s+(week|month|year)\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const unit = m[2]!.toLowerCase();
      const shift = shiftOf(m[1]!);
      const found = period(ref, unit, shift);
      if (shift !== 0 || unit === "week") return found;
      // The current period: its end is still ahead when publication falls before that part begins.
      const part = m[0].match(/start|beginning|middle|end|close|turn/i)![0].toLowerCase();
      const begins = { start: 0, beginning: 0, middle: 0.4, end: 0.75, close: 0.75, turn: 0.75 }[part]!;
      const done = unit === "year" ? ref.getUTCMonth() / 12 : (ref.getUTCDate() - 1) / 31;
      // "Before the end of the year" is a deadline, still ahead when told.
      return done < begins || /^before\b/i.test(m[0]) ? { ...found, future: true } : found;
    },
  },
  {
    // "next month", "next week": forward even when still inside publication's month.
    re: /\b(?:(?:early|late|later)\s+)?next\s+(week|month)\b/gi,
    make: (m, ref) => (ref ? { ...period(ref, m[1]!.toLowerCase(), 1), future: true } : null),
  },
  {
    // A weekend is dated to its month, as a week is: it names no single day.
    re: /\b(?:(?:over|on|during|at)\s+)?(the|this past|this|last|next)\s+weekend\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const which = m[1]!.toLowerCase();
      const wd = ref.getUTCDay();
      // "this weekend" written Tuesday to Friday is the coming one.
      if (which === "next" || (which === "this" && wd >= 2 && wd <= 5)) {
        const { year, month } = dayShift(ref, 6 - wd + (which === "next" ? 7 : 0));
        return { year, month, future: true };
      }
      const back = wd === 6 ? 0 : wd + 1; // days back to the most recent Saturday
      const { year, month } = dayShift(ref, -back - (which === "last" && back < 2 ? 7 : 0));
      return { year, month };
    },
  },
  {
    // Quarters and halves: year precision. Without a year, the most recent one begun by publication.
    re: /\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th|last|this|next|previous)\s+(quarter|half)(?:\s+of\s+(?:(this|last|next)\s+year|((?:19|20)\d{2})))?(?!\s+of\s+(?!the\s+(?:year|decade)\b))|\b([QH])([1-4])(?:\s+(?:of\s+)?(?:((?:19|20)\d{2})|(this|last|next)\s+year)|\s*[/'’]?\s*((?:19|20)?\d{2})\b)?/gi,
    make: (m, ref) => {
      const year = m[4] ?? m[7];
      const short = m[9];
      if (year) return { year: Number(year) };
      if (short) return { year: short.length === 2 ? 2000 + Number(short) : Number(short) };
      if (!ref) return null;
      const rel = m[3] ?? m[8];
      if (rel) return { year: ref.getUTCFullYear() + shiftOf(rel) };
      const half = (m[2] ?? m[5]!).toLowerCase().startsWith("h");
      const size = half ? 6 : 3;
      const word = (m[1] ?? "").toLowerCase();
      const nowPart = Math.floor(ref.getUTCMonth() / size); // 0-based part of the year
      if (word === "this" || word === "next" || word === "last" || word === "previous") {
        // "last quarter" is the one before the current; "the last quarter" of a year is handled by the year form.
        const d = new Date(Date.UTC(ref.getUTCFullYear(), (nowPart + shiftOf(word)) * size, 1));
        return { year: d.getUTCFullYear(), ...(word === "next" ? { future: true } : {}) };
      }
      const part = m[6] ? Number(m[6]) - 1 : word === "final" ? 3 : ORDINALS.indexOf(word) % 4;
      // "plans to extend it in the second quarter": a forward verb makes it the coming one.
      if (forwardBefore(m) && part >= nowPart) return { year: ref.getUTCFullYear(), future: true };
      return { year: part > nowPart ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear() };
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
    // 上周五 "last week's Friday", 周一/星期一 "Monday": weeks start on Monday; a bare weekday is the
    // most recent one, 下周 is ahead.
    re: /(上|本|这|下)?\s*(?:周|星期|礼拜)([一二三四五六日天])/g,
    make: (m, ref) => {
      if (!ref) return null;
      const target = "一二三四五六日".indexOf(m[2] === "天" ? "日" : m[2]!); // 0 = Monday
      const today = (ref.getUTCDay() + 6) % 7;
      const week = { 上: -1, 下: 1 }[m[1] as "上" | "下"] ?? 0;
      let back = today - target - week * 7;
      if (!m[1] && back < 0) back += 7;
      return { ...dayShift(ref, -back), ...(back < 0 ? { future: true } : {}) };
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
  // A span up to publication ("over the past two weeks", "in recent days") dates nothing: claimed, no date.
  { re: /\b(?:in|over|during|within|for)\s+(?:the\s+(?:past|last|previous)|recent)\s+(?:(?:few|several|\w+)\s+)?(?:days?|weeks?|months?|years?)\b/gi, make: () => null },
  {
    // "a few days ago", "several weeks ago": vague, so dated to their month.
    re: /\b(?:a\s+few|several|some)\s+(days?|weeks?)\s+ago\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const { year, month } = dayShift(ref, m[1]!.toLowerCase().startsWith("day") ? -3 : -21);
      return { year, month };
    },
  },
  {
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|fortnights?|years?)\s+ago\b/gi,
    make: (m, ref) => {
      if (!ref) return null;
      const unit = m[2]!.toLowerCase();
      const n = count(m[1]!) * (unit.startsWith("fortnight") ? 2 : 1);
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
  // "In the first days of 2021": January; "the final weeks of 2020": December ("the last weeks" is
  // read before, by the rule for "last").
  { re: /\bthe\s+(first|opening|final|closing)\s+(?:few\s+)?(?:days|weeks)\s+of\s+((?:19|20)\d{2})\b/gi, make: (m) => ({ year: Number(m[2]), month: /^(?:first|opening)$/i.test(m[1]!) ? 1 : 12 }) },
  {
    re: /\b(?:(?:at|by|towards?|near)\s+)?the\s+(?:end|beginning|start|middle|close|first half|second half)\s+of\s+((?:19|20)\d{2})\b/gi,
    make: (m) => ({ year: Number(m[1]) }),
  },
  { re: /\b(?:early|late|mid)[- ]((?:19|20)\d{2})\b/gi, make: (m) => ({ year: Number(m[1]) }) },
  {
    re: /\b(?:earlier|later)\s+this\s+year\b|\bthis\s+year\b/gi,
    // "later this year" is still to come when told.
    make: (m, ref) => (ref ? { year: ref.getUTCFullYear(), ...(/^later/i.test(m[0]) ? { future: true } : {}) } : null),
  },
  // "Last season" (of a league): the year before publication, as "last year" is.
  { re: /\blast\s+(?:year|season)\b|\ba\s+year\s+ago\b/gi, make: (_m, ref) => (ref ? { year: ref.getUTCFullYear() - 1 } : null) },
  { re: /\bnext\s+year\b/gi, make: (_m, ref) => (ref ? { year: ref.getUTCFullYear() + 1 } : null) },
  {
    re: /\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b/gi,
    make: (_m, ref) => (ref ? { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1 } : null),
  },
  {
    // "on the 16th", "from the 3rd": a day of the publication month (or the month before, when later than publication).
    re: /\b(?:on|from|since|by|until|(?:morning|afternoon|evening|night)\s+of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary))/gi,
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
    re: new RegExp(`\\b(last|this past|this|next)\\s+${MONTH_RE}(?!\\s*\\d)`, "gi"),
    make: (m, ref) => {
      const month = monthIndex(m[2]!);
      if (!ref || !month) return null;
      const y = ref.getUTCFullYear();
      const now = ref.getUTCMonth() + 1;
      const which = m[1]!.toLowerCase().replace("this past", "last");
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
    // "In April and October 2021": the first month shares the year told after the second.
    re: new RegExp(`\\b${MONTH_RE}(?:\\s+(?:and|or|to|through)\\s+${MONTH_RE.replace("(January", "(?:January")})?,?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, "g"),
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
  {
    // 2024-03-03, 2024/3/3, 2024.3.3 (year first is never ambiguous, unlike 3/3).
    re: /\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b(?![-/.]\d)/g,
    make: (m) => {
      const month = Number(m[3]);
      const day = Number(m[4]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year: Number(m[1]), month, day } : null;
    },
  },
  {
    // 9日 "on the 9th": a day of the publication month (or the month before, when later than publication).
    re: /(?<![\d月年])(\d{1,2})\s*日(?![内\d])/g,
    make: (m, ref) => {
      const day = Number(m[1]);
      if (!ref || day < 1 || day > 31) return null;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - (day > ref.getUTCDate() ? 1 : 0), 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day };
    },
  },
  {
    // 3月, 3月份 without a year or day: the most recent such month.
    re: /(?<![\d年])(\d{1,2})\s*月份?(?!\s*\d)/g,
    make: (m, ref) => {
      const month = Number(m[1]);
      return ref && month >= 1 && month <= 12 ? { year: yearFor(month, undefined, ref, false), month } : null;
    },
  },
  {
    // "in the summer" without a year: the most recent season already begun (winter is dated by its January).
    re: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hrough|[Ss]ince)\\s+the\\s+(?:(?:early|late)\\s+)?(${SEASONS})\\b(?!\\s+(?:of\\s+)?(?:19|20)\\d{2})`, "gi"),
    make: (m, ref) => {
      if (!ref) return null;
      const season = m[1]!.toLowerCase() as "spring";
      const begins = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 1 }[season];
      const ends = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 }[season];
      const y = ref.getUTCFullYear();
      const now = ref.getUTCMonth() + 1;
      // "will be tested in the summer": the coming one.
      if (forwardBefore(m)) return { year: now > ends ? y + 1 : y, future: true };
      return { year: now >= begins ? y : y - 1 };
    },
  },
  {
    // A month on its own ("in March"); "May" only capitalised and after a preposition (it is also a verb),
    // or heading a timeline's item ("- October: Keeta added Tabby").
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|of|[Ss]tarting|[Ee]arly|[Ll]ate|[Mm]id)[- ]${MONTH_RE}(?!\\s*\\d)|^[-•*–—\\s]*${MONTH_RE}(?=:\\s)`, "g"),
    make: (m, ref, ahead) => {
      const month = monthIndex((m[1] ?? m[2])!);
      if (!ref || !month) return null;
      // "will accept it from July", written in November: the coming July.
      if (forwardBefore(m) && month < ref.getUTCMonth() + 1) return { year: ref.getUTCFullYear() + 1, month, future: true };
      return { year: yearFor(month, undefined, ref, ahead), month };
    },
  },
  {
    // A weekday: the most recent one on or before publication ("on Monday" said on a Wednesday).
    // One followed by its calendar date ("on Tuesday, March 4") leaves the dating to that date;
    // one after "its" or "every" names a slot in a schedule ("its Saturday afternoon matches").
    re: /\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+past\s+)?(?<!\b(?:[Ii]ts|[Tt]heir|[Ee]very|[Ee]ach)\s+)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?![,\s(]+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))/g,
    make: (m, ref) => {
      if (!ref) return null;
      let back = (ref.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      // "said on Thursday it would pull the channels on Sunday": a weekday looked ahead to is the next one.
      const ahead = !/^last\b/i.test(m[0]) && back > 0 && forwardBefore(m);
      // "last Thursday" written on a Thursday is a week ago.
      if (back === 0 && /^last\b/i.test(m[0])) back = 7;
      const d = new Date(ref.getTime() + (ahead ? 7 - back : -back) * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...(ahead ? { future: true } : {}) };
    },
  },
  { re: /(?<![\d$¥€£-]|\d[,.])\b((?:19|20)\d{2})\b(?!\.\d|,\d{3}|\s*%|\s*(?:yuan|users|merchants|stores|people|million|billion))|((?:19|20)\d{2})\s*年/g, make: (m) => ({ year: Number(m[1] ?? m[2]) }) },
];
