// What the query commands share: common options, argument checks that end in one clear line,
// opening the database read-only, and writing rows in the chosen format.
import type { CommandContext, Options } from "../args.ts";
import { EVENT_TYPES } from "../classify/types.ts";
import { closeDb, type Db, openDb } from "../db/client.ts";
import { WallwatchError } from "../errors.ts";
import { FORMATS, type Format, type Row, render } from "./format.ts";

export const commonOptions = {
  format: { type: "string" },
  limit: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

export function invalid(command: string, message: string): WallwatchError {
  return new WallwatchError("query.invalid", `${command}: ${message}`);
}

export function parseFormat(command: string, value: string | undefined): Format {
  if (value === undefined) return "table";
  if (!(FORMATS as readonly string[]).includes(value)) throw invalid(command, `unknown --format '${value}' (valid: ${FORMATS.join(", ")})`);
  return value as Format;
}

export function parsePositiveInt(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw invalid(command, `${flag} '${value}' is not a positive whole number`);
  return Number(value);
}

export function parseTypes(command: string, values: string[] | undefined): string[] {
  for (const t of values ?? []) {
    if (!(EVENT_TYPES as readonly string[]).includes(t)) throw invalid(command, `unknown --type '${t}' (valid: ${EVENT_TYPES.join(", ")})`);
  }
  return values ?? [];
}

/** Runs `fn` on the configured database opened read-only (the query side can never change it), then closes it. */
export async function withReadOnlyDb<T>(ctx: CommandContext, fn: (db: Db) => T | Promise<T>): Promise<T> {
  const db = openDb(ctx.config().db, { readonly: true, migrate: false });
  try {
    return await fn(db);
  } finally {
    closeDb(db);
  }
}

/** Plain words become an FTS5 query where every word must occur (no FTS syntax needed, none can break). */
export function wordsToFts(words: string): string {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(" ");
}

/** Runs a query that may contain a user's FTS5 expression; a syntax error becomes one clear line. */
export function withFts<T>(command: string, query: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const msg = (err as Error).message;
    if (/fts5|unterminated string|no such column/i.test(msg)) throw invalid(command, `search '${query}': ${msg}`);
    throw err;
  }
}

export function output(ctx: CommandContext, rows: Row[], format: Format, fields: string[], tableColumns: string[]): void {
  ctx.out(render(rows, { format, isTTY: ctx.isTTY, fields, tableColumns }));
}
