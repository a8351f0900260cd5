// The HTML digest: one self-contained document with inline CSS and table layout, because email
// clients strip <link>, scripts and most of <style>; the <style> block only adds the dark-mode
// and phone overrides that clients supporting it will honour. Every string that came from an
// article, a source or the database goes through escapeHtml, attribute values included, and only
// http(s) URLs become links.
import type { DigestData, DigestEvent } from "./build.ts";
import { chartHtml } from "./chart.ts";
import {
  digestSubject,
  eventMeta,
  formatRange,
  healthRows,
  lede,
  pairLine,
  plural,
  quoteText,
  quoteWho,
  safeHref,
  sinceLabel,
  typeColour,
  typeLabel,
} from "./format.ts";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Light palette inline; the dark palette is applied by the prefers-color-scheme block. */
const C = {
  bg: "#f4f5f7",
  card: "#ffffff",
  text: "#1f2328",
  muted: "#59636e",
  link: "#0a58ca",
  rule: "#d8dee4",
  track: "#d8dee4",
  alert: "#b42318",
};

const STYLE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
body { margin:0; padding:0; -webkit-text-size-adjust:100%; }
a { text-decoration:none; }
@media (prefers-color-scheme: dark) {
  body, .ww-bg { background-color:#0f1419 !important; }
  .ww-card { background-color:#1a2027 !important; }
  .ww-text, h1, h2, h3, td, p, li { color:#e6edf3 !important; }
  .ww-muted { color:#a3adb8 !important; }
  a, .ww-link { color:#6cb6ff !important; }
  .ww-rule { border-color:#33404d !important; }
  .ww-track { background-color:#33404d !important; }
  .ww-alert { color:#ff8a80 !important; }
}
@media only screen and (max-width: 620px) {
  .ww-card { padding:16px !important; }
  h1 { font-size:21px !important; }
}`;

/** Options that are not part of the digest's content. */
export interface HtmlOptions {
  /** Unsubscribe address (mailto: or http(s) URL) shown in the footer. */
  unsubscribe?: string;
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'PingFang SC','Microsoft YaHei',sans-serif;";

function link(url: string | undefined, text: string, style = ""): string {
  const href = safeHref(url);
  const label = escapeHtml(text);
  return href ? `<a class="ww-link" href="${escapeHtml(href)}" style="color:${C.link};${style}">${label}</a>` : label;
}

function h2(text: string, note = ""): string {
  return (
    `<h2 class="ww-text ww-rule" style="margin:28px 0 10px;padding-bottom:6px;border-bottom:1px solid ${C.rule};font-size:18px;line-height:1.3;color:${C.text};">` +
    `${escapeHtml(text)}${note ? ` <span class="ww-muted" style="font-size:13px;font-weight:normal;color:${C.muted};">${escapeHtml(note)}</span>` : ""}</h2>`
  );
}

function parties(e: DigestEvent): string {
  if (e.parties.length === 0) return `<span class="ww-muted" style="color:${C.muted};">Parties not identified</span>`;
  return e.parties.map((p) => `<strong>${link(p.url, p.name)}</strong>`).join(` <span class="ww-muted" style="color:${C.muted};">·</span> `);
}

function eventBlock(e: DigestEvent, colour: string): string {
  const links = e.links
    .map(
      (l) =>
        `<li style="margin:2px 0;font-size:14px;line-height:1.4;color:${C.text};"><span class="ww-muted" style="color:${C.muted};">${escapeHtml(l.outlet)}:</span> ${link(l.url, l.title)}</li>`,
    )
    .join("");
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 14px;"><tr>` +
    `<td style="width:4px;background-color:${colour};font-size:1px;">&nbsp;</td>` +
    `<td style="padding:2px 0 2px 12px;">` +
    `<div class="ww-text" style="font-size:16px;line-height:1.4;color:${C.text};">${parties(e)}</div>` +
    `<div class="ww-muted" style="font-size:13px;line-height:1.4;color:${C.muted};">${escapeHtml(eventMeta(e))}</div>` +
    `<p class="ww-text" style="margin:4px 0;font-size:15px;line-height:1.45;color:${C.text};">${escapeHtml(e.summary)}</p>` +
    (links ? `<ul style="margin:4px 0 0;padding-left:18px;">${links}</ul>` : "") +
    `</td></tr></table>`
  );
}

function newEvents(data: DigestData): string {
  if (data.groups.length === 0) {
    return `${h2("New this week")}<p class="ww-text" style="font-size:15px;line-height:1.5;color:${C.text};">No new interconnection events were found this week. The crawler's health is below, so a quiet week and a broken crawl can be told apart.</p>`;
  }
  return data.groups
    .map((g) => h2(typeLabel(g.type), plural(g.events.length, "new event")) + g.events.map((e) => eventBlock(e, typeColour(g.type))).join(""))
    .join("");
}

function list(items: string[]): string {
  return `<ul style="margin:0;padding-left:18px;">${items.map((i) => `<li class="ww-text" style="margin:4px 0;font-size:14px;line-height:1.45;color:${C.text};">${i}</li>`).join("")}</ul>`;
}

function developing(data: DigestData): string {
  if (data.developing.length === 0) return "";
  const items = data.developing.map((e) => {
    const first = e.links[0];
    const names = e.parties.map((p) => p.name).join(" · ") || "Parties not identified";
    return `<strong>${escapeHtml(names)}</strong> <span class="ww-muted" style="color:${C.muted};">(${escapeHtml(typeLabel(e.type).toLowerCase())}, ${escapeHtml(eventMeta(e))})</span>: ${escapeHtml(e.summary)}${first ? ` — ${link(first.url, first.outlet)}` : ""}`;
  });
  return h2("Still developing", "reported again, first seen earlier") + list(items);
}

function pairs(data: DigestData): string {
  if (data.pairs.length === 0) return "";
  return (
    h2("Pairs that moved") +
    list(
      data.pairs.map((p) => {
        const l = pairLine(p);
        return `<strong>${escapeHtml(l.names)}</strong> <span class="ww-muted" style="color:${C.muted};">${escapeHtml(l.detail)}</span>`;
      }),
    )
  );
}

function quotes(data: DigestData): string {
  if (data.quotes.length === 0) return "";
  return (
    h2("Who said what") +
    list(
      data.quotes.map((q) => {
        const who = quoteWho(q);
        return `<strong>${escapeHtml(q.speaker)}</strong>${who ? ` <span class="ww-muted" style="color:${C.muted};">(${escapeHtml(who)})</span>` : ""}: ${escapeHtml(quoteText(q))} ${link(q.url, q.outlet, "font-size:13px;")}`;
      }),
    )
  );
}

function health(data: DigestData): string {
  const rows = healthRows(data.health)
    .map(
      (r) =>
        `<tr><td class="ww-muted" style="padding:3px 12px 3px 0;font-size:14px;color:${C.muted};white-space:nowrap;vertical-align:top;">${escapeHtml(r.label)}</td>` +
        `<td class="${r.alert ? "ww-alert" : "ww-text"}" style="padding:3px 0;font-size:14px;color:${r.alert ? C.alert : C.text};${r.alert ? "font-weight:bold;" : ""}">${escapeHtml(r.value)}</td></tr>`,
    )
    .join("");
  const failing = data.health.failingSources.map((s) => {
    const since = sinceLabel(s.since);
    return `<strong>${escapeHtml(s.name)}</strong>${since ? ` <span class="ww-muted" style="color:${C.muted};">${escapeHtml(since)}</span>` : ""}: ${escapeHtml(s.reason)}`;
  });
  return (
    h2("Crawler health") +
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0">${rows}</table>` +
    (failing.length ? `<div style="margin-top:8px;">${list(failing)}</div>` : "")
  );
}

/** The whole digest as an HTML document. */
export function renderHtml(data: DigestData, opts: HtmlOptions = {}): string {
  const subject = digestSubject(data);
  const unsub = opts.unsubscribe && /^(https?:|mailto:)/i.test(opts.unsubscribe) ? opts.unsubscribe : undefined;
  const body = [
    `<div class="ww-muted" style="font-size:13px;letter-spacing:0.04em;text-transform:uppercase;color:${C.muted};">wallwatch weekly · ${escapeHtml(data.week)}</div>`,
    `<h1 class="ww-text" style="margin:6px 0 4px;font-size:24px;line-height:1.25;color:${C.text};">${escapeHtml(plural(data.newEventCount, "new interconnection event"))}</h1>`,
    `<div class="ww-muted" style="font-size:14px;color:${C.muted};">${escapeHtml(formatRange(data.from, data.to))} (${escapeHtml(data.timezone)})</div>`,
    `<p class="ww-text" style="margin:12px 0 0;font-size:15px;line-height:1.5;color:${C.text};">${escapeHtml(lede(data))}</p>`,
    newEvents(data),
    developing(data),
    pairs(data),
    quotes(data),
    h2("Events per type, last 12 weeks") + chartHtml(data.chart, { muted: C.muted, track: C.track }),
    health(data),
    `<p class="ww-muted" style="margin:28px 0 0;padding-top:10px;border-top:1px solid ${C.rule};font-size:12px;line-height:1.5;color:${C.muted};">` +
      `Events are grouped by type and ranked by the number of independent sources; re-published copies count once.` +
      (unsub ? ` <a class="ww-link" href="${escapeHtml(unsub)}" style="color:${C.link};">Unsubscribe</a>.` : "") +
      `</p>`,
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">`,
    `<title>${escapeHtml(subject)}</title>`,
    `<style>${STYLE}</style></head>`,
    `<body class="ww-bg" style="margin:0;padding:0;background-color:${C.bg};">`,
    `<table role="presentation" class="ww-bg" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${C.bg};"><tr><td align="center" style="padding:16px 8px;">`,
    `<table role="presentation" class="ww-card" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;background-color:${C.card};border-radius:8px;"><tr><td class="ww-card" style="padding:24px;${FONT}color:${C.text};">`,
    body,
    `</td></tr></table></td></tr></table></body></html>`,
  ].join("\n");
}
