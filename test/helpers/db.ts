// A test database: in memory (or a temp file) with the real migrations applied.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, type Db, openDb } from "../../src/db/client.ts";

export function openTestDb(): Db {
  return openDb(":memory:");
}

/** A database in a fresh temp directory; `cleanup` closes and removes it. */
export function tempDbFile(): { path: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-test-"));
  return { path: join(dir, "test.db"), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export { closeDb };
