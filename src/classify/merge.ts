// Merging what many articles say about one event into one event. Pure: the store (src/db/events.ts)
// looks up candidates by key prefix and calls these functions to decide and to combine.
//
// Choices (documented because users and the digest depend on them):
// - Same event = same type, the same set of canonical party names, compatible dates
//   (datesCompatible: "2025" fits "2025-03-10"; two days within a week fit).
// - Parties are compared by canonical name only, with no parent/child match: "WeChat Pay" and
//   "Tencent" are different parties. A parent match would fuse different happenings between a
//   group's products (Tencent Video licensing vs WeChat links with the same rival), and a missed
//   merge shows up as two visible rows while a wrong merge silently loses an event.
// - The key is type + party set + the event's (most precise) date, so it can be read back and is
//   stable across re-classification while the date stays the same.
// - On merge: the most precise compatible date, the earliest firstSeenAt and latest lastSeenAt,
//   the highest confidence (with that mention's summary), and a status that only moves forward
//   (announced → pilot → launched → expanded) except that `reversed` and a later re-opening win
//   when they are reported later.
import { datesCompatible } from "./dates.ts";
import type { DatePrecision, EventStatus, EventType } from "./types.ts";

/** An event's merged state, as stored. */
export interface EventState {
  type: EventType;
  /** Canonical party names, sorted and unique. */
  parties: string[];
  date: string | null;
  datePrecision: DatePrecision | null;
  effectiveDate: string | null;
  status: EventStatus | null;
  summary: string;
  confidence: number;
  /** ISO timestamps: when wallwatch first and last fetched an article reporting it. */
  firstSeenAt: string;
  lastSeenAt: string;
}

const FORWARD: EventStatus[] = ["announced", "pilot", "launched", "expanded"];

/** Sorted, de-duplicated party names; "|" is the key separator so it cannot appear inside a name. */
export function normaliseParties(parties: string[]): string[] {
  return [...new Set(parties.map((p) => p.trim().replaceAll("|", "/")).filter((p) => p !== ""))].sort();
}

/** The part of the key shared by every event of this type between exactly these parties. */
export function keyPrefix(type: EventType, parties: string[]): string {
  return `${type}|${normaliseParties(parties).join("|")}||`;
}

/** The merge key stored in events.key. */
export function eventKey(type: EventType, parties: string[], date: string | null): string {
  return `${keyPrefix(type, parties)}${date ?? "undated"}`;
}

/** Whether two reports are the same real-world event. */
export function sameEvent(
  a: { type: EventType; parties: string[]; date: string | null },
  b: { type: EventType; parties: string[]; date: string | null },
): boolean {
  return a.type === b.type && keyPrefix(a.type, a.parties) === keyPrefix(b.type, b.parties) && datesCompatible(a.date, b.date);
}

const precisionRank = (date: string | null): number => (date === null ? 0 : date.length);

/**
 * Among stored events of the same type and party set, the one a report with `date` belongs to:
 * an exact date first, then the most precise compatible date (ties: the lowest id, the oldest).
 */
export function pickCandidate<C extends { id: number; date: string | null }>(date: string | null, candidates: C[]): C | undefined {
  const fits = candidates.filter((c) => datesCompatible(c.date, date));
  if (fits.length === 0) return undefined;
  const exact = fits.filter((c) => c.date === date).sort((x, y) => x.id - y.id)[0];
  if (exact) return exact;
  return [...fits].sort((x, y) => precisionRank(y.date) - precisionRank(x.date) || x.id - y.id)[0];
}

/** The status after a report with `incoming`; `incomingIsLater` when it was seen no earlier than the event's last report. */
export function mergeStatus(current: EventStatus | null, incoming: EventStatus | null, incomingIsLater: boolean): EventStatus | null {
  if (incoming === null || incoming === current) return current;
  if (current === null) return incoming;
  // A reversal, or a re-opening after one, counts only when reported later.
  if (incoming === "reversed" || current === "reversed") return incomingIsLater ? incoming : current;
  return FORWARD.indexOf(incoming) > FORWARD.indexOf(current) ? incoming : current;
}

/** Combines an event with a new report of it (assumed `sameEvent`). */
export function mergeEvent(current: EventState, incoming: EventState): EventState {
  const morePrecise = precisionRank(incoming.date) > precisionRank(current.date);
  const stronger = incoming.confidence > current.confidence;
  const later = incoming.lastSeenAt >= current.lastSeenAt;
  return {
    type: current.type,
    parties: current.parties,
    date: morePrecise ? incoming.date : current.date,
    datePrecision: morePrecise ? incoming.datePrecision : current.datePrecision,
    effectiveDate: current.effectiveDate ?? incoming.effectiveDate,
    status: mergeStatus(current.status, incoming.status, later),
    summary: stronger ? incoming.summary : current.summary,
    confidence: Math.max(current.confidence, incoming.confidence),
    // ISO timestamps sort as text.
    firstSeenAt: [incoming.firstSeenAt, current.firstSeenAt].sort()[0]!,
    lastSeenAt: later ? incoming.lastSeenAt : current.lastSeenAt,
  };
}
