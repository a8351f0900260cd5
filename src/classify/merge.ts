// Merging what many articles say about one event into one event. Pure: the store (src/db/events.ts)
// looks up candidates by key prefix and calls these functions to decide and to combine.
//
// Choices (documented because users and the digest depend on them):
// - Same event = same type, the same set of canonical party names, compatible dates
//   (datesCompatible: "2025" fits "2025-03-10"; two days within a week fit).
// - Party sets agree when they pair up one to one, each pair the same canonical name or one the
//   registry parent (at any depth) of the other: "UnionPay QuickPass" fits "UnionPay" and
//   "WeChat Pay" fits "Tencent", because reports name a product or its group interchangeably.
//   Siblings do not fit ("Taobao" vs "Tmall", both Alibaba's): they are different platforms, and
//   a wrong merge silently loses an event while a missed one stays visible as two rows.
//   The event keeps the party names of its first report.
// - The key is type + the parties' top-level groups + the event's (most precise) date, so every
//   event a report could join shares its prefix, and it is stable across re-classification
//   while the date stays the same. Rare collisions (siblings on one day) get a suffix.
// - On merge: the most precise compatible date, the earliest firstSeenAt and latest lastSeenAt,
//   the highest confidence, and a status that only moves forward (announced → pilot → launched →
//   expanded) except that `reversed` and a later re-opening win when they are reported later.
//   The summary line is rewritten from the merged state, so it never names another date or
//   status than the event's own columns.
import { datesCompatible } from "./dates.ts";
import type { EntityRegistry } from "./entities.ts";
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

const TYPE_LABEL: Record<EventType, string> = {
  payment: "payment interoperability",
  link_access: "link access",
  traffic: "traffic cooperation",
  content: "content licensing",
  service: "service integration",
  data: "data sharing",
  regulation: "regulation",
  dispute: "dispute",
};

/** The one-line summary: "A and B: payment interoperability (launched), 2025-03-10". */
export function summariseEvent(e: { type: EventType; parties: string[]; status?: EventStatus | null; date: string | null }): string {
  const who = e.parties.length <= 1 ? (e.parties[0] ?? "unknown") : `${e.parties.slice(0, -1).join(", ")} and ${e.parties.at(-1)}`;
  return `${who}: ${TYPE_LABEL[e.type]}${e.status ? ` (${e.status})` : ""}${e.date ? `, ${e.date}` : ""}`;
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

/** How party names relate; from the entity registry in use, exact names in tests. */
export interface PartyRelations {
  /** The top-most ancestor's name (the name itself when it has none or is unknown). */
  group(name: string): string;
  /** Same entity, or one is an ancestor of the other. */
  related(a: string, b: string): boolean;
}

/** Relations that only know equal names. */
export const exactNames: PartyRelations = { group: (n) => n, related: (a, b) => a === b };

/** Parent/child relations from the registry. */
export function registryRelations(registry: EntityRegistry): PartyRelations {
  return {
    group: (n) => registry.group(n),
    related: (a, b) => a === b || registry.ancestors(a).includes(b) || registry.ancestors(b).includes(a),
  };
}

/** The key prefix of every event a report of `type` between `parties` could belong to. */
export function groupPrefix(type: EventType, parties: string[], rel: PartyRelations): string {
  return keyPrefix(type, parties.map((p) => rel.group(p)));
}

/**
 * Whether two party sets describe the same sides: they pair up one to one with related names, or
 * one outlet names an extra unit of a group already on the other's list ("Taobao and Tmall" vs
 * "Taobao"): the smaller set (two parties at least) pairs up inside the larger, and both cover the
 * same groups. Parties are few: plain backtracking.
 */
export function partiesAgree(a: string[], b: string[], rel: PartyRelations): boolean {
  const x0 = normaliseParties(a);
  const y0 = normaliseParties(b);
  const [x, y] = x0.length <= y0.length ? [x0, y0] : [y0, x0];
  if (x.length !== y.length) {
    if (x.length < 2) return false;
    const groups = (list: string[]) => [...new Set(list.map((n) => rel.group(n)))].sort().join("|");
    if (groups(x) !== groups(y)) return false;
  }
  const used = new Array<boolean>(y.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === x.length) return true;
    for (let j = 0; j < y.length; j++) {
      if (used[j] || !rel.related(x[i]!, y[j]!)) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

/** Whether two reports are the same real-world event. */
export function sameEvent(
  a: { type: EventType; parties: string[]; date: string | null },
  b: { type: EventType; parties: string[]; date: string | null },
  rel: PartyRelations = exactNames,
): boolean {
  return a.type === b.type && partiesAgree(a.parties, b.parties, rel) && datesCompatible(a.date, b.date);
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
  const later = incoming.lastSeenAt >= current.lastSeenAt;
  const date = morePrecise ? incoming.date : current.date;
  const status = mergeStatus(current.status, incoming.status, later);
  return {
    type: current.type,
    parties: current.parties,
    date,
    datePrecision: morePrecise ? incoming.datePrecision : current.datePrecision,
    effectiveDate: current.effectiveDate ?? incoming.effectiveDate,
    status,
    summary: summariseEvent({ type: current.type, parties: current.parties, status, date }),
    confidence: Math.max(current.confidence, incoming.confidence),
    // ISO timestamps sort as text.
    firstSeenAt: [incoming.firstSeenAt, current.firstSeenAt].sort()[0]!,
    lastSeenAt: later ? incoming.lastSeenAt : current.lastSeenAt,
  };
}
