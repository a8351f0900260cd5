// Wall-clock arithmetic in IANA timezones with nothing but Intl: crawl dates (naive Beijing
// times) and digest weeks (a local Monday) both need it.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatter for `timeZone`; throws RangeError for a zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the timezone name. */
export function isValidTimezone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at the instant `utcMs`, expressed as if it were UTC (ms, whole seconds). */
export function wallClockMs(utcMs: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in minutes (Asia/Shanghai: 480). */
export function timezoneOffsetMinutes(timeZone: string, utcMs: number): number {
  return Math.round((wallClockMs(utcMs, timeZone) - Math.floor(utcMs / 1000) * 1000) / 60_000);
}
