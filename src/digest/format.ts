// Words and numbers shared by the HTML and text digests, so both say exactly the same thing.
import type { DigestData, DigestEvent, DigestHealth, DigestPair, DigestQuote } from "./build.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Display name and chart colour of each event type (colours read on light and dark backgrounds). */
export const TYPE_STYLE: Record<string, { label: string; colour: string }> = {
  payment: { label: "Payments", colour: "#2e8b57" },
  link_access: { label: "Links & access", colour: "#2f6fb5" },
  traffic: { label: "Traffic", colour: "#c77c0e" },
  content: { label: "Content", colour: "#8e44ad" },
  service: { label: "Services", colour: "#138a96" },
  data: { label: "Data", colour: "#5b62c9" },
  regulation: { label: "Regulation", colour: "#6b7280" },
  dispute: { label: "Disputes", colour: "#c0392b" },
};

export function typeLabel(type: string): string {
  return TYPE_STYLE[type]?.label ?? type;
}

export function typeColour(type: string): string {
  return TYPE_STYLE[type]?.colour ?? "#888888";
}

/** An event date at its precision: "2025", "March 2025", "10 March 2025"; "date unknown" when absent. */
export function formatEventDate(date: string | null, precision?: string | null): string {
  if (!date) return "date unknown";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const level = precision ?? (m[3] ? "day" : m[2] ? "month" : "year");
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (level === "day" && m[3] && month) return `${Number(m[3])} ${month} ${m[1]}`;
  if ((level === "day" || level === "month") && month) return `${month} ${m[1]}`;
  return m[1]!;
}

/** "10–16 March 2025", "31 March – 6 April 2025", "29 December 2025 – 4 January 2026". */
export function formatRange(from: string, to: string): string {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  if (fy !== ty) return `${fd} ${MONTHS[fm - 1]} ${fy} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  if (fm !== tm) return `${fd} ${MONTHS[fm - 1]} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  return `${fd}–${td} ${MONTHS[tm - 1]} ${ty}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "wallwatch · 2025-W11 · 7 new interconnection events" */
export function digestSubject(data: Pick<DigestData, "week" | "newEventCount">): string {
  const n = data.newEventCount;
  const what = n === 0 ? "no new interconnection events" : `${plural(n, "new interconnection event")}`;
  return `wallwatch · ${data.week} · ${what}`;
}

/** The one-sentence summary under the title. */
export function lede(data: DigestData): string {
  const parts: string[] = [];
  if (data.newEventCount === 0) parts.push("No new interconnection events were first seen this week.");
  else parts.push(`${plural(data.newEventCount, "new interconnection event")} first seen this week.`);
  if (data.developing.length) parts.push(`${plural(data.developing.length, "earlier story", "earlier stories")} reported again.`);
  return parts.join(" ");
}

/** "3 sources" with the date: the line under an event's parties. */
export function eventMeta(e: DigestEvent): string {
  return `${formatEventDate(e.date, e.datePrecision)} · ${plural(e.independentSources, "source")}`;
}

/** Parties joined for display when no links are wanted. */
export function partyNames(e: DigestEvent): string {
  return e.parties.length ? e.parties.map((p) => p.name).join(" · ") : "Parties not identified";
}

export function pairLine(p: DigestPair): { names: string; detail: string } {
  return { names: `${p.a} ↔ ${p.b}`, detail: `${plural(p.events, "new event")}: ${p.types.map(typeLabel).join(", ").toLowerCase()}` };
}

/** "CEO and chief analyst, Analysys" — role and affiliation when known. */
export function quoteWho(q: DigestQuote): string {
  return [q.role, q.affiliation].filter((s): s is string => Boolean(s?.trim())).join(", ");
}

/** The excerpt in quotation marks for direct speech, plain for reported speech. */
export function quoteText(q: DigestQuote): string {
  return q.direct ? `“${q.excerpt}”` : q.excerpt;
}

/** "+23% on last week (100)", "same as last week", "last week: none". */
export function versusLastWeek(now: number, last: number): string {
  if (last === 0) return now === 0 ? "none last week either" : "none last week";
  if (now === last) return "same as last week";
  const pct = Math.round(((now - last) / last) * 100);
  return `${pct > 0 ? "+" : ""}${pct}% on last week (${last})`;
}

/** Health lines, label and value, in display order. */
export function healthRows(h: DigestHealth): { label: string; value: string; alert: boolean }[] {
  const rows = [
    { label: "Articles crawled", value: `${h.articlesThisWeek} (${versusLastWeek(h.articlesThisWeek, h.articlesLastWeek)})`, alert: h.articlesThisWeek === 0 },
    {
      label: "Crawl runs",
      value: h.crawlRuns === 0 ? "none this week" : `${h.crawlRuns}, ${h.crawlRunsFailed} failed`,
      alert: h.crawlRuns === 0 || h.crawlRunsFailed > 0,
    },
    { label: "Sources failing", value: h.failingSources.length === 0 ? "none" : String(h.failingSources.length), alert: h.failingSources.length > 0 },
  ];
  for (const j of h.failingJobs) rows.push({ label: `Job ${j.job}`, value: `failed ${j.failures} times in a row`, alert: true });
  return rows;
}

/** "since 3 March" for a failing source. */
export function sinceLabel(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `since ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Only web links become clickable; anything else (javascript:, data:, mailto:) is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
