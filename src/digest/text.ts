// The plain-text alternative: the same sections and words as the HTML (both use format.ts), for
// text-only clients and for readers who prefer it. URLs are written out in full.
import type { DigestData, DigestEvent } from "./build.ts";
import { chartText } from "./chart.ts";
import {
  digestSubject,
  eventMeta,
  formatRange,
  healthRows,
  lede,
  pairLine,
  partyNames,
  plural,
  quoteText,
  quoteWho,
  sinceLabel,
  typeLabel,
} from "./format.ts";

/** Text options mirror the HTML ones. */
export interface TextOptions {
  /** Unsubscribe address shown at the end. */
  unsubscribe?: string;
}

// Stored text can carry newlines or control characters; each item stays on its own lines.
const flat = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();

function heading(text: string): string[] {
  return ["", text.toUpperCase(), "=".repeat(Math.min(60, [...text].length))];
}

function eventLines(e: DigestEvent): string[] {
  const out = [`* ${flat(partyNames(e))}`, `  ${eventMeta(e)}`, `  ${flat(e.summary)}`];
  for (const l of e.links) out.push(`  - ${flat(l.outlet)}: ${flat(l.title)}`, `    ${l.url}`);
  return [...out, ""];
}

/** The whole digest as plain text. */
export function renderText(data: DigestData, opts: TextOptions = {}): string {
  const lines: string[] = [digestSubject(data), `${formatRange(data.from, data.to)} (${data.timezone})`, "", lede(data)];

  if (data.groups.length === 0) {
    lines.push(...heading("New this week"), "No new interconnection events were found this week. The crawler's health is below.");
  }
  for (const g of data.groups) {
    lines.push(...heading(`${typeLabel(g.type)} (${plural(g.events.length, "new event")})`));
    for (const e of g.events) lines.push(...eventLines(e));
  }

  if (data.developing.length) {
    lines.push(...heading("Still developing"));
    for (const e of data.developing) {
      const first = e.links[0];
      lines.push(`* ${flat(partyNames(e))} (${typeLabel(e.type).toLowerCase()}, ${eventMeta(e)}): ${flat(e.summary)}${first ? ` ${first.url}` : ""}`);
    }
  }

  if (data.pairs.length) {
    lines.push(...heading("Pairs that moved"));
    for (const p of data.pairs) {
      const l = pairLine(p);
      lines.push(`* ${flat(l.names)}: ${l.detail}`);
    }
  }

  if (data.quotes.length) {
    lines.push(...heading("Who said what"));
    for (const q of data.quotes) {
      const who = quoteWho(q);
      lines.push(`* ${flat(q.speaker)}${who ? ` (${flat(who)})` : ""}: ${flat(quoteText(q))}`, `  ${flat(q.outlet)}: ${q.url}`);
    }
  }

  lines.push(...heading("Events per type, last 12 weeks"), ...chartText(data.chart));

  lines.push(...heading("Crawler health"));
  for (const r of healthRows(data.health)) lines.push(`${r.alert ? "! " : "  "}${r.label}: ${r.value}`);
  for (const s of data.health.failingSources) {
    const since = sinceLabel(s.since);
    lines.push(`  - ${flat(s.name)}${since ? ` (${since})` : ""}: ${flat(s.reason)}`);
  }

  lines.push("", "--", "Events are grouped by type and ranked by the number of independent sources; re-published copies count once.");
  if (opts.unsubscribe) lines.push(`Unsubscribe: ${opts.unsubscribe}`);
  return `${lines.join("\n")}\n`;
}
