// Events per type over the last 12 weeks, drawn with table cells: email clients render tables
// and background colours everywhere, while SVG, scripts and remote images are stripped or blocked.
import { EVENT_TYPES } from "../classify/types.ts";
import type { DigestChartWeek } from "./build.ts";
import { typeColour, typeLabel } from "./format.ts";
import { escapeHtml } from "./html.ts";

/** Types in display order that occur anywhere in the chart. */
function typesIn(weeks: DigestChartWeek[]): string[] {
  const seen = new Set(weeks.flatMap((w) => Object.keys(w.counts)));
  const known: readonly string[] = EVENT_TYPES;
  return [...EVENT_TYPES.filter((t) => seen.has(t)), ...[...seen].filter((t) => !known.includes(t)).sort()];
}

const shortWeek = (week: string) => week.replace(/^\d{4}-/, "");

/** The chart as an HTML table (no scripts, no images, no external hosts). */
export function chartHtml(weeks: DigestChartWeek[], colours: { muted: string; track: string }): string {
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const types = typesIn(weeks);
  const rows = weeks.map((w, i) => {
    const last = i === weeks.length - 1;
    const width = w.total === 0 ? 0 : Math.max(3, Math.round((w.total / max) * 100));
    const cells = types
      .filter((t) => w.counts[t])
      .map((t) => {
        const share = Math.round(((w.counts[t] ?? 0) / w.total) * 1000) / 10;
        return `<td width="${share}%" title="${escapeHtml(`${typeLabel(t)}: ${w.counts[t]}`)}" style="width:${share}%;background-color:${typeColour(t)};height:14px;line-height:14px;font-size:1px;">&nbsp;</td>`;
      })
      .join("");
    const bar =
      width === 0
        ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="ww-track" style="background-color:${colours.track};height:2px;line-height:2px;font-size:1px;">&nbsp;</td></tr></table>`
        : `<table role="presentation" width="${width}%" cellpadding="0" cellspacing="0" border="0" style="width:${width}%;"><tr>${cells}</tr></table>`;
    const weight = last ? "font-weight:bold;" : "";
    return (
      `<tr><td class="ww-muted" style="width:44px;padding:3px 8px 3px 0;font-size:12px;color:${colours.muted};white-space:nowrap;${weight}">${escapeHtml(shortWeek(w.week))}</td>` +
      `<td style="padding:3px 0;vertical-align:middle;">${bar}</td>` +
      `<td style="width:28px;padding:3px 0 3px 8px;font-size:12px;text-align:right;${weight}">${w.total}</td></tr>`
    );
  });
  const legend = types
    .map(
      (t) =>
        `<span style="display:inline-block;margin:0 12px 4px 0;font-size:12px;white-space:nowrap;"><span style="display:inline-block;width:10px;height:10px;background-color:${typeColour(t)};margin-right:4px;vertical-align:middle;"></span>${escapeHtml(typeLabel(t))}</span>`,
    )
    .join("");
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">${rows.join("")}</table>` +
    (legend ? `<div style="margin-top:8px;">${legend}</div>` : "")
  );
}

/** The same chart as text lines: week, bar, total and the counts per type. */
export function chartText(weeks: DigestChartWeek[]): string[] {
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const types = typesIn(weeks);
  const width = String(max).length;
  return weeks.map((w) => {
    const bar = "█".repeat(w.total === 0 ? 0 : Math.max(1, Math.round((w.total / max) * 24)));
    const detail = types
      .filter((t) => w.counts[t])
      .map((t) => `${typeLabel(t).toLowerCase()} ${w.counts[t]}`)
      .join(", ");
    return `${shortWeek(w.week).padEnd(4)} ${String(w.total).padStart(width)} ${bar.padEnd(24)} ${detail}`.trimEnd();
  });
}
