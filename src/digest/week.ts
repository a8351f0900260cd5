// ISO-8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday) as seen from a
// configured IANA timezone: "the week" of a digest is a local week, but the database stores UTC
// instants, so every week here also knows its UTC bounds.
import { WallwatchError } from "../errors.ts";
import { isValidTimezone, wallClockMs } from "../timezone.ts";

/** An ISO week, e.g. 2025-W11. */
export interface IsoWeek {
  /** ISO week-numbering year (may differ from the calendar year around New Year). */
  year: number;
  /** 1..53 */
  week: number;
}

/** A week's local bounds as UTC instants: [start, end). */
export interface WeekBounds {
  /** Monday 00:00 local time. */
  start: Date;
  /** The next Monday 00:00 local time. */
  end: Date;
}

const DAY_MS = 86_400_000;

/** "2025-W11" */
export function formatWeek(w: IsoWeek): string {
  return `${w.year}-W${String(w.week).padStart(2, "0")}`;
}

/** Parses "2025-W11" (also "2025W11"); undefined when it is not a real ISO week. */
export function parseWeek(label: string): IsoWeek | undefined {
  const m = /^(\d{4})-?W(\d{1,2})$/i.exec(label.trim());
  if (!m) return undefined;
  const w = { year: Number(m[1]), week: Number(m[2]) };
  if (w.week < 1 || w.week > weeksInYear(w.year)) return undefined;
  return w;
}

/** 52 or 53: a year has 53 ISO weeks when its 28 December falls in week 53. */
export function weeksInYear(year: number): number {
  return isoWeekOfDay(Date.UTC(year, 11, 28)).week;
}

/** The ISO week of a civil day given as the UTC midnight of that day. */
function isoWeekOfDay(dayUtcMs: number): IsoWeek {
  const weekday = (new Date(dayUtcMs).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(dayUtcMs + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) };
}

/** The Monday of an ISO week, as the UTC midnight of that civil day. */
function mondayOf(w: IsoWeek): number {
  const jan4 = Date.UTC(w.year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (w.week - 1) * 7 * DAY_MS;
}

/** Throws config.invalid when `timeZone` is not a zone Intl knows. */
export function assertTimezone(timeZone: string): void {
  if (!isValidTimezone(timeZone)) throw new WallwatchError("config.invalid", `config: digest.timezone: '${timeZone}' is not an IANA timezone`);
}

/** The UTC instant of local midnight starting the civil day `dayUtcMs` in `timeZone`. */
function localMidnight(dayUtcMs: number, timeZone: string): Date {
  // Offsets change at most twice a year, so a second pass settles any DST edge.
  let guess = dayUtcMs - (wallClockMs(dayUtcMs, timeZone) - dayUtcMs);
  guess = dayUtcMs - (wallClockMs(guess, timeZone) - guess);
  return new Date(guess);
}

/** The ISO week that `instant` falls in, in `timeZone`. */
export function weekOf(instant: Date, timeZone: string): IsoWeek {
  const wall = wallClockMs(instant.getTime(), timeZone);
  return isoWeekOfDay(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS));
}

/** Local Monday 00:00 to the next Monday 00:00 as UTC instants. */
export function weekBounds(w: IsoWeek, timeZone: string): WeekBounds {
  const monday = mondayOf(w);
  return { start: localMidnight(monday, timeZone), end: localMidnight(monday + 7 * DAY_MS, timeZone) };
}

/** The week `n` weeks after `w` (negative: before). */
export function shiftWeek(w: IsoWeek, n: number): IsoWeek {
  return isoWeekOfDay(mondayOf(w) + n * 7 * DAY_MS);
}

/** The last week that has ended at `now` in `timeZone` (a Monday 08:00 run gets last week). */
export function lastCompleteWeek(now: Date, timeZone: string): IsoWeek {
  return shiftWeek(weekOf(now, timeZone), -1);
}
