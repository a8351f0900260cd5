// Output of the query commands: an aligned table for people, json / ndjson / csv for scripts.
// Rows arrive as plain objects whose keys are the stable snake_case field names; the table shows
// a chosen subset of columns, the machine formats carry every field.

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export type Row = Record<string, unknown>;

/** Longest cell shown in a terminal table; longer text ends in "…". */
const MAX_CELL = 60;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(cellText).join(", ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Aligned columns with a header; long cells truncated when `truncateCells` (a terminal). */
export function renderTable(rows: Row[], columns: string[], truncateCells: boolean): string {
  if (rows.length === 0) return "(no rows)\n";
  const cells = rows.map((r) => columns.map((c) => truncate(cellText(r[c]), truncateCells ? MAX_CELL : Number.MAX_SAFE_INTEGER)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(v: unknown): string {
  const s = Array.isArray(v) ? v.map(cellText).join("; ") : cellText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row and CRLF line ends (RFC 4180). */
export function renderCsv(rows: Row[], columns: string[]): string {
  return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((vals) => `${vals.map(csvField).join(",")}\r\n`).join("");
}

export interface RenderOptions {
  format: Format;
  isTTY: boolean;
  /** Columns for the table view (default: every field of the first row). */
  tableColumns?: string[];
  /** Columns for CSV and their order (default: every field of the first row). */
  fields?: string[];
}

export function render(rows: Row[], opts: RenderOptions): string {
  const fields = opts.fields ?? Object.keys(rows[0] ?? {});
  switch (opts.format) {
    case "json":
      return `${JSON.stringify(rows, null, 2)}\n`;
    case "ndjson":
      return rows.map((r) => `${JSON.stringify(r)}\n`).join("");
    case "csv":
      return renderCsv(rows, fields);
    default:
      return renderTable(rows, opts.tableColumns ?? fields, opts.isTTY);
  }
}
