// Opening the one SQLite file that is wallwatch's whole state: pragmas, then migrations.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { WallwatchError } from "../errors.ts";
import * as schema from "./schema.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where drizzle-kit writes the SQL migrations (resolved from this file, not the cwd). */
export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

export interface OpenOptions {
  /** Open read-only: every write is refused by SQLite itself. */
  readonly?: boolean;
  /** Skip migrations (read-only opens never migrate). */
  migrate?: boolean;
}

/** Opens (creating if needed) the database at `path` (":memory:" for tests) with migrations applied. */
export function openDb(path: string, opts: OpenOptions = {}): Db {
  let client: Database.Database;
  try {
    if (path !== ":memory:" && !opts.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
    client = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (err) {
    throw new WallwatchError("db.open", `db: cannot open ${path}: ${(err as Error).message}`);
  }
  // A second process (scheduler + CLI) waits for a lock instead of failing at once.
  client.pragma("busy_timeout = 5000");
  if (!opts.readonly) {
    client.pragma("journal_mode = WAL");
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
    client.pragma("synchronous = NORMAL");
  }
  client.pragma("foreign_keys = ON");
  const db = drizzle(client, { schema }) as Db;
  if (!opts.readonly && opts.migrate !== false) {
    try {
      migrate(db, { migrationsFolder });
    } catch (err) {
      client.close();
      throw new WallwatchError("db.migrate", `db: cannot migrate ${path}: ${(err as Error).message}`);
    }
  }
  return db;
}

/** Closes the database, checkpointing the WAL so the file alone is a complete copy. */
export function closeDb(db: Db): void {
  if (!db.$client.open) return;
  try {
    if (!db.$client.readonly) db.$client.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.$client.close();
  }
}
