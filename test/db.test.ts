import assert from "node:assert/strict";
import { test } from "node:test";
import { openDb } from "../src/db/client.ts";
import { closeDb, openTestDb, tempDbFile } from "./helpers/db.ts";

test("migrations create the tables, the FTS index and the views", () => {
  const db = openTestDb();
  const names = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name")
    .all()
    .map((r) => (r as { name: string }).name);
  for (const t of ["articles", "articles_fts", "events", "event_parties", "mentions", "quotes", "runs", "sources", "digests", "leases", "v_events", "v_event_parties", "v_quotes"]) {
    assert.ok(names.includes(t), `missing ${t}`);
  }
  closeDb(db);
});

test("article text is searchable through FTS5 and follows updates", () => {
  const db = openTestDb();
  const insert = db.$client.prepare(
    "INSERT INTO articles (url, canonical_url, source, title, fetched_at, text, content_hash) VALUES (?, ?, 's', ?, '2025-01-01T00:00:00Z', ?, 'h')",
  );
  const { lastInsertRowid } = insert.run("http://a/1", "http://a/1", "Taobao opens to WeChat Pay", "The two platforms interconnect.");
  const search = (q: string) => db.$client.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?").all(q).length;
  assert.equal(search("wechat"), 1);
  db.$client.prepare("UPDATE articles SET title = 'Other' WHERE id = ?").run(lastInsertRowid);
  assert.equal(search("wechat"), 0);
  assert.equal(search("interconnect"), 1);
  closeDb(db);
});

test("a database file is opened in WAL mode and reopened without re-migrating", () => {
  const tmp = tempDbFile();
  try {
    const db = openDb(tmp.path);
    assert.equal(db.$client.pragma("journal_mode", { simple: true }), "wal");
    closeDb(db);
    const again = openDb(tmp.path);
    const count = again.$client.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    assert.equal(count.n, 2);
    closeDb(again);
    const ro = openDb(tmp.path, { readonly: true });
    assert.throws(() => ro.$client.exec("DELETE FROM articles"), /readonly/);
    closeDb(ro);
  } finally {
    tmp.cleanup();
  }
});
