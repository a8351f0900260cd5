// Dates as news pages write them — ISO stamps in metadata, "2025年3月12日 10:30" and
// "March 12, 2025 at 10:30 a.m. ET" in visible text — turned into ISO UTC (or "YYYY-MM-DD" when
// only a day is given). Timestamps without an offset are wall-clock times in the page's timezone;
// offsets come from Intl so daylight saving is right without a timezone library.

import { timezoneOffsetMinutes } from "../timezone.ts";

/** One date found in a string. */
export interface DateMatch {
  /** Position of the match in the scanned string. */
  index: number;
  /** ISO 8601 UTC with milliseconds and Z, or "YYYY-MM-DD" when no time of day was given. */
  value: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// Zone abbreviations seen in datelines, as IANA zones (so "EST" in July still gets DST right:
// writers rarely switch to "EDT"). CST is China Standard Time on pages read in Asia/Shanghai.
const ZONE_ABBREVIATIONS: Record<string, string> = {
  utc: "UTC", gmt: "UTC", z: "UTC",
  et: "America/New_York", est: "America/New_York", edt: "America/New_York",
  ct: "America/Chicago", cst: "America/Chicago", cdt: "America/Chicago",
  mt: "America/Denver", mst: "America/Denver", mdt: "America/Denver",
  pt: "America/Los_Angeles", pst: "America/Los_Angeles", pdt: "America/Los_Angeles",
  bst: "Europe/London", cet: "Europe/Paris", cest: "Europe/Paris",
  hkt: "Asia/Hong_Kong", sgt: "Asia/Singapore", jst: "Asia/Tokyo", kst: "Asia/Seoul",
  ist: "Asia/Kolkata", aest: "Australia/Sydney", aedt: "Australia/Sydney",
};

/** The UTC instant of a wall-clock time in `timeZone`. */
export function wallTimeToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes: the offset at the guess may differ from the offset at the answer near a DST change.
  const first = guess - timezoneOffsetMinutes(timeZone, guess) * 60_000;
  const second = guess - timezoneOffsetMinutes(timeZone, first) * 60_000;
  return second;
}

const pad = (n: number) => String(n).padStart(2, "0");

function plausibleDay(y: number, mo: number, d: number): boolean {
  if (y < 1990 || y > new Date().getUTCFullYear() + 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  ampm?: string;
  /** "Z", "+08:00", "+0800" or a zone abbreviation. */
  zone?: string;
}

function toValue(p: Parts, timeZone: string): string | null {
  if (!plausibleDay(p.y, p.mo, p.d)) return null;
  if (p.h === undefined || p.mi === undefined) return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  let h = p.h;
  const ampm = p.ampm?.replace(/\./g, "").toLowerCase();
  if (ampm === "pm" || ampm === "下午" || ampm === "晚上") h = h < 12 ? h + 12 : h;
  if ((ampm === "am" || ampm === "上午") && h === 12) h = 0;
  if (h > 23 || p.mi > 59 || (p.s ?? 0) > 59) return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  const s = p.s ?? 0;
  let ms: number;
  const offset = p.zone?.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (offset) {
    const sign = offset[1] === "-" ? -1 : 1;
    ms = Date.UTC(p.y, p.mo - 1, p.d, h, p.mi, s) - sign * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  } else {
    let zone = timeZone;
    const abbr = p.zone?.toLowerCase();
    if (abbr && ZONE_ABBREVIATIONS[abbr]) zone = abbr === "cst" && timeZone === "Asia/Shanghai" ? timeZone : ZONE_ABBREVIATIONS[abbr];
    ms = wallTimeToUtc(p.y, p.mo, p.d, h, p.mi, s, zone);
  }
  return new Date(ms).toISOString();
}

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?";
const ZONE = "(?:\\s*\\(?(utc|gmt|z|[ecmp][sd]?t|bst|cest|cet|hkt|sgt|jst|kst|ist|aest|aedt)\\)?(?![a-z]))?(?:\\s*(?:utc|gmt)?([+-]\\d{2}:?\\d{2}))?";
const CLOCK = "(?:[,\\s]*(?:at\\s+|[-–|·•@]\\s*)?(上午|下午|晚上)?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?:\\.\\d+)?\\s*([ap]\\.?m\\.?)?" + ZONE + ")?";

// Numeric: 2025-03-12, 2025/3/12, 2025.03.12, 2025年3月12日, with optional time and offset.
const NUMERIC = /(?<![\d.])(\d{4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d])\s*日?(?:\s*(?:T|\s|,)?\s*(上午|下午|晚上)?\s*(\d{1,2})\s*[:：时](\d{2})(?:\s*[:：分](\d{2})(?:[.,]\d+)?)?\s*(?:秒)?)?(?:\s*(Z|[+-]\d{2}:?\d{2})(?![\d]))?/giu;
// Month name first: March 12, 2025 10:30 am ET / Mar. 12 2025
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)${CLOCK}`, "giu");
// Day first: 12 March 2025 / 12th Mar 2025
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)${CLOCK}`, "giu");
// Compact stamps, only in metadata values and URLs: 20250312, 20250312T083000Z.
const COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?(?!\d)/giu;

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Every date in `text`, in order of position. `compact` also accepts 8-digit stamps (metadata, URLs). */
export function scanDates(text: string, timeZone: string, compact = false): DateMatch[] {
  const out: DateMatch[] = [];
  const push = (index: number, p: Parts) => {
    const value = toValue(p, timeZone);
    if (value) out.push({ index, value });
  };
  for (const m of text.matchAll(NUMERIC)) {
    // "年" must be followed by 月/日 (checked by the pattern); ASCII separators must not mix with it.
    push(m.index, { y: +m[1]!, mo: +m[3]!, d: +m[4]!, ampm: m[5], h: num(m[6]), mi: num(m[7]), s: num(m[8]), zone: m[9] });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const mo = MONTHS[m[1]!.toLowerCase()]!;
    push(m.index, { y: +m[3]!, mo, d: +m[2]!, ampm: m[8] ?? m[4], h: num(m[5]), mi: num(m[6]), s: num(m[7]), zone: m[10] ?? m[9] });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const mo = MONTHS[m[2]!.toLowerCase()]!;
    push(m.index, { y: +m[3]!, mo, d: +m[1]!, ampm: m[8] ?? m[4], h: num(m[5]), mi: num(m[6]), s: num(m[7]), zone: m[10] ?? m[9] });
  }
  if (compact) {
    for (const m of text.matchAll(COMPACT)) {
      push(m.index, { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: num(m[4]), mi: num(m[5]), s: num(m[6]), zone: m[7] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * One metadata value (meta content, JSON-LD, datetime attribute, feed date) as ISO UTC or
 * "YYYY-MM-DD"; null when it is not a plausible date. Epoch seconds/milliseconds are accepted.
 */
export function parseDateValue(raw: string, timeZone: string): string | null {
  const s = raw.trim();
  if (/^\d{10}$/.test(s) || /^\d{13}$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    const d = new Date(ms);
    return plausibleDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString() : null;
  }
  const found = scanDates(s, timeZone, true)[0];
  if (found) return found.value;
  // RFC 2822 and other forms Date understands, only when they carry their own zone.
  if (/(gmt|utc|[+-]\d{4})\s*$/i.test(s)) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return null;
}
