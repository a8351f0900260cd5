// Classify storage through runClassify on a test database with the real migrations: merging
// across articles, near-duplicates, idempotence, versioned rebuilds and orphan events. The
// classifier is injected with fixed classifications so these tests pin the storage rules only.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { runClassify } from "../src/classify/classify-command.ts";
import { eventKey, mergeEvent, mergeStatus, partiesAgree, pickCandidate, sameEvent } from "../src/classify/merge.ts";
import type { ArticleInput, Classification, ExtractedEvent } from "../src/classify/types.ts";
import { classifierVersion } from "../src/classify/version.ts";
import { insertArticle } from "../src/db/articles.ts";
import { type Db, openDb } from "../src/db/client.ts";
import { articles, entities, eventParties, events, mentions, quotes, runs } from "../src/db/schema.ts";
import { memoryLogger } from "../src/log.ts";
import { closeDb, openTestDb, tempDbFile } from "./helpers/db.ts";

let n = 0;
function addArticle(db: Db, title: string, extra: { duplicateOf?: number; fetchedAt?: string; publishedAt?: string | null } = {}): number {
  n++;
  const id = insertArticle(db, {
    url: `https://example.test/${n}`,
    canonicalUrl: `https://example.test/${n}`,
    source: "test",
    title,
    text: `${title}. Second sentence restating it.`,
    contentHash: `hash-${n}`,
    publishedAt: extra.publishedAt === undefined ? "2025-03-12" : extra.publishedAt,
    fetchedAt: extra.fetchedAt ?? `2025-03-12T0${n % 10}:00:00.000Z`,
    duplicateOf: extra.duplicateOf ?? null,
  });
  assert.ok(id);
  return id;
}

const event = (over: Partial<ExtractedEvent> = {}): ExtractedEvent => ({
  type: "payment",
  parties: ["Pinduoduo", "UnionPay"],
  date: "2025-03-10",
  datePrecision: "day",
  summary: "Pinduoduo accepts UnionPay",
  evidence: "Pinduoduo said shoppers can now pay with UnionPay QuickPass.",
  confidence: 0.9,
  sentenceIndex: 0,
  ...over,
});

const result = (evs: ExtractedEvent[], over: Partial<Classification> = {}): Classification => ({
  relevant: evs.length > 0,
  relevance: evs.length > 0 ? 0.9 : 0.1,
  events: evs,
  quotes: [],
  unknownEntities: [],
  ...over,
});

/** A classifier answering by article title, so each test states what every article "says". */
const byTitle =
  (answers: Record<string, Classification>) =>
  (input: ArticleInput): Classification =>
    answers[input.title ?? ""] ?? result([]);

const run = (db: Db, answers: Record<string, Classification>, opts: { all?: boolean; version?: string } = {}) =>
  runClassify(db, memoryLogger(), { classifier: byTitle(answers), version: opts.version ?? "v1", ...(opts.all ? { all: true } : {}) });

/** The names of the stored events' parties (of one event when `eventId` is given), sorted. */
function storedPartyNames(db: Db, eventId?: number): string[] {
  return db
    .select({ name: entities.name })
    .from(eventParties)
    .innerJoin(entities, eq(entities.id, eventParties.entityId))
    .where(eventId === undefined ? undefined : eq(eventParties.eventId, eventId))
    .all()
    .map((r) => r.name)
    .sort();
}

function snapshot(db: Db) {
  return {
    events: db.select({ id: events.id, key: events.key, sourceCount: events.sourceCount, date: events.date }).from(events).orderBy(events.id).all(),
    mentions: db.select().from(mentions).all().length,
    parties: db.select().from(eventParties).all().length,
    quotes: db.select().from(quotes).all().length,
  };
}

describe("classify storage", () => {
  test("two articles reporting the same event make one event with two sources and two mentions", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    // The second article gives the date at month precision only: still the same event.
    const counts = await run(db, { a: result([event()]), b: result([event({ date: "2025-03", datePrecision: "month", confidence: 0.95, summary: "better" })]) });
    assert.equal(counts.articles, 2);
    assert.equal(counts.newEvents, 1);
    assert.equal(counts.events, 1);
    const rows = db.select().from(events).all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.sourceCount, 2);
    assert.equal(rows[0]!.date, "2025-03-10", "the more precise date is kept");
    assert.equal(rows[0]!.summary, "Pinduoduo and UnionPay: payment interoperability, 2025-03-10", "the summary names the merged date, not the month the stronger report gave");
    assert.equal(db.select().from(mentions).all().length, 2);
    const partyNames = storedPartyNames(db);
    assert.deepEqual(partyNames, ["Pinduoduo", "UnionPay"]);
    closeDb(db);
  });

  test("reports are read oldest first, so the earliest names the event whatever order a crawl stored them in", async () => {
    const db = openTestDb();
    addArticle(db, "late", { publishedAt: "2025-03-12T08:00:00.000Z" });
    addArticle(db, "undated", { publishedAt: null });
    addArticle(db, "early", { publishedAt: "2025-03-10T08:00:00.000Z" });
    const seen: string[] = [];
    const answers: Record<string, Classification> = {
      late: result([event({ parties: ["ByteDance", "Tencent"], summary: "late" })]),
      early: result([event({ parties: ["ByteDance", "WeChat"], summary: "early" })]),
    };
    await runClassify(db, memoryLogger(), {
      classifier: (input) => {
        seen.push(input.title ?? "");
        return answers[input.title ?? ""] ?? result([]);
      },
      version: "v1",
      batchSize: 1,
    });
    assert.deepEqual(seen, ["undated", "early", "late"], "undated first, then by publication, across batches");
    const partyNames = storedPartyNames(db);
    assert.deepEqual(partyNames, ["ByteDance", "WeChat"]);
    closeDb(db);
  });

  test("different types, parties or incompatible dates stay separate events", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    addArticle(db, "c");
    await run(db, {
      a: result([event()]),
      b: result([event({ type: "dispute" }), event({ parties: ["Pinduoduo", "Alipay"], sentenceIndex: 1 })]),
      c: result([event({ date: "2024", datePrecision: "year" })]),
    });
    assert.equal(db.select().from(events).all().length, 4);
    closeDb(db);
  });

  test("a product and its parent company are the same party; sibling platforms are not", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    addArticle(db, "c");
    addArticle(db, "d");
    await run(db, {
      a: result([event({ parties: ["Pinduoduo", "UnionPay QuickPass"] })]),
      b: result([event({ parties: ["Pinduoduo", "UnionPay"] })]),
      // Same type, same day, same groups (Alibaba, Tencent), different platforms: two events.
      c: result([event({ parties: ["Taobao", "WeChat Pay"] })]),
      d: result([event({ parties: ["Tmall", "WeChat Pay"] })]),
    });
    const rows = db.select({ id: events.id, key: events.key, sourceCount: events.sourceCount }).from(events).orderBy(events.id).all();
    assert.equal(rows.length, 3);
    assert.equal(rows[0]!.sourceCount, 2);
    assert.equal(new Set(rows.map((r) => r.key)).size, 3, "keys stay unique");
    const first = storedPartyNames(db, rows[0]!.id);
    assert.deepEqual(first, ["Pinduoduo", "UnionPay QuickPass"], "the event keeps its first report's parties");
    closeDb(db);
  });

  test("a near-duplicate (duplicate_of) counts once", async () => {
    const db = openTestDb();
    const original = addArticle(db, "a");
    addArticle(db, "copy", { duplicateOf: original });
    addArticle(db, "other");
    await run(db, { a: result([event()]), copy: result([event()]), other: result([event()]) });
    const rows = db.select().from(events).all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.sourceCount, 2, "original + copy count once, plus the independent article");
    assert.equal(db.select().from(mentions).all().length, 3);
    closeDb(db);
  });

  test("running classify twice adds nothing; the second run reads no articles", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    const answers = {
      a: result([event({ alsoIn: [1] })], { quotes: [{ speaker: "Li Si", role: "analyst", affiliation: "Example Research", text: "It matters.", direct: true, eventIndex: 0 }] }),
      b: result([event()]),
    };
    await run(db, answers);
    const first = snapshot(db);
    assert.equal(first.mentions, 3, "the restating sentence is a mention too");
    assert.equal(first.quotes, 1);
    const again = await run(db, answers);
    assert.equal(again.articles, 0);
    assert.deepEqual(snapshot(db), first);
    // Forcing a full rebuild with the same version is idempotent as well.
    await run(db, answers, { all: true });
    assert.deepEqual(snapshot(db), first);
    const q = db.select().from(quotes).get()!;
    assert.equal(q.eventId, first.events[0]!.id, "the quote points at its event");
    closeDb(db);
  });

  test("--all after a version change rebuilds the same events with the same ids and no orphans", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    const answers = { a: result([event(), event({ type: "link_access", parties: ["JD.com", "Xiaohongshu"], date: "2024", datePrecision: "year" })]), b: result([event()]) };
    await run(db, answers);
    const before = snapshot(db);
    const counts = await run(db, answers, { version: "v2", all: true });
    assert.equal(counts.articles, 2);
    assert.equal(counts.newEvents, 0);
    assert.deepEqual(snapshot(db), before);
    const versions = new Set(db.select({ v: events.classifierVersion }).from(events).all().map((r) => r.v));
    assert.deepEqual([...versions], ["v2"]);
    assert.ok(db.select({ v: articles.classifiedVersion }).from(articles).all().every((r) => r.v === "v2"));
    closeDb(db);
  });

  test("a version change alone makes classify reprocess every article", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    await run(db, { a: result([event()]) });
    const counts = await run(db, { a: result([event()]) }, { version: "v2" });
    assert.equal(counts.articles, 1);
    closeDb(db);
  });

  test("an event no article reports any more after reclassification is removed", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    await run(db, { a: result([event(), event({ type: "dispute", parties: ["Meituan", "Alibaba"] })]), b: result([event()]) });
    assert.equal(db.select().from(events).all().length, 2);
    // New rules: article a no longer reports the dispute, b is judged irrelevant.
    const counts = await run(db, { a: result([event()]), b: result([]) }, { version: "v2", all: true });
    const rows = db.select().from(events).all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.type, "payment");
    assert.equal(rows[0]!.sourceCount, 1);
    assert.equal(db.select().from(eventParties).all().length, 2, "parties of the deleted event are gone");
    assert.ok(counts.relevant === 1);
    const b = db.select({ relevant: articles.relevant }).from(articles).all();
    assert.deepEqual(
      b.map((r) => r.relevant),
      [true, false],
    );
    closeDb(db);
  });

  test("unknown organisations are stored with known=false; registry entities with known=true", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    await run(db, { a: result([event({ parties: ["Example Pay Ltd", "UnionPay"] })], { unknownEntities: ["Example Pay Ltd", "Nowhere Mall"] }) });
    const rows = db.select({ name: entities.name, known: entities.known, kind: entities.kind }).from(entities).all();
    const unknown = rows.filter((r) => !r.known).sort((x, y) => x.name.localeCompare(y.name));
    assert.deepEqual(unknown, [
      { name: "Example Pay Ltd", known: false, kind: "unknown" },
      { name: "Nowhere Mall", known: false, kind: "unknown" },
    ]);
    assert.equal(rows.find((r) => r.name === "UnionPay")?.known, true);
    assert.ok(rows.length > 200, "the registry is written");
    closeDb(db);
  });

  test("an irrelevant article stores no events, quotes or unknown organisations", async () => {
    const db = openTestDb();
    addArticle(db, "earnings");
    const quote = { speaker: "Li Si", role: "analyst", affiliation: "Example Research", text: "Good quarter.", direct: true };
    const counts = await run(db, { earnings: result([event()], { relevant: false, quotes: [quote], unknownEntities: ["Nowhere Mall"] }) });
    assert.equal(counts.articles, 1);
    assert.equal(counts.relevant, 0);
    assert.deepEqual(snapshot(db), { events: [], mentions: 0, parties: 0, quotes: 0 });
    assert.equal(db.select().from(entities).where(eq(entities.name, "Nowhere Mall")).all().length, 0);
    closeDb(db);
  });

  test("a later report of a reversal sets the stored status; the latest fetch is the last-seen time", async () => {
    const db = openTestDb();
    addArticle(db, "open", { fetchedAt: "2025-03-12T08:00:00.000Z" });
    addArticle(db, "closed", { fetchedAt: "2025-04-02T08:00:00.000Z" });
    await run(db, { open: result([event({ status: "launched" })]), closed: result([event({ status: "reversed", date: "2025" })]) });
    const row = db.select().from(events).get()!;
    assert.equal(row.status, "reversed");
    assert.equal(row.firstSeenAt, "2025-03-12T08:00:00.000Z");
    assert.equal(row.lastSeenAt, "2025-04-02T08:00:00.000Z");
    assert.equal(row.date, "2025-03-10");
    closeDb(db);
  });

  test("stops between articles when the signal is aborted", async () => {
    const db = openTestDb();
    addArticle(db, "a");
    addArticle(db, "b");
    const abort = new AbortController();
    let seen = 0;
    const counts = await runClassify(db, memoryLogger(), {
      version: "v1",
      signal: abort.signal,
      classifier: () => {
        seen++;
        abort.abort();
        return result([event()]);
      },
    });
    assert.equal(seen, 1);
    assert.equal(counts.articles, 1);
    const next = await run(db, { b: result([event()]) });
    assert.equal(next.articles, 1, "the next run carries on with the rest");
    const recorded = db.select({ job: runs.job, status: runs.status, counts: runs.counts }).from(runs).orderBy(runs.id).all();
    assert.deepEqual(
      recorded.map((r) => [r.job, r.status, JSON.parse(r.counts).articles]),
      [
        ["classify", "partial", 1],
        ["classify", "ok", 1],
      ],
    );
    closeDb(db);
  });
});

describe("merge rules", () => {
  test("same event needs type, party set and compatible dates", () => {
    const a = { type: "payment" as const, parties: ["UnionPay", "Pinduoduo"], date: "2025" };
    assert.ok(sameEvent(a, { type: "payment", parties: ["Pinduoduo", "UnionPay"], date: "2025-03-10" }));
    assert.ok(!sameEvent(a, { type: "payment", parties: ["Pinduoduo", "UnionPay"], date: "2024-12-30" }));
    assert.ok(!sameEvent(a, { type: "payment", parties: ["Pinduoduo", "Tencent"], date: "2025" }));
    assert.ok(!sameEvent(a, { type: "payment", parties: ["Pinduoduo"], date: "2025" }));
    assert.ok(!sameEvent(a, { type: "dispute", parties: ["Pinduoduo", "UnionPay"], date: "2025" }));
    assert.equal(eventKey("payment", ["UnionPay", "Pinduoduo", "UnionPay"], null), "payment|Pinduoduo|UnionPay||undated");
  });

  test("party sets agree one to one through parent/child links, not between siblings", () => {
    const parent: Record<string, string> = { "UnionPay QuickPass": "UnionPay", Taobao: "Alibaba", Tmall: "Alibaba" };
    const rel = {
      group: (n: string) => parent[n] ?? n,
      related: (a: string, b: string) => a === b || parent[a] === b || parent[b] === a,
    };
    assert.ok(partiesAgree(["Pinduoduo", "UnionPay QuickPass"], ["UnionPay", "Pinduoduo"], rel));
    assert.ok(partiesAgree(["Alibaba", "Taobao"], ["Taobao", "Alibaba"], rel));
    assert.ok(!partiesAgree(["Taobao", "UnionPay"], ["Tmall", "UnionPay"], rel));
    assert.ok(!partiesAgree(["Taobao", "Tmall"], ["Alibaba", "Pinduoduo"], rel), "one to one: Alibaba cannot pair with both");
    assert.ok(!partiesAgree(["Taobao"], ["Taobao", "UnionPay"], rel));
    assert.ok(!sameEvent({ type: "payment", parties: ["Taobao", "UnionPay"], date: null }, { type: "payment", parties: ["Alibaba", "UnionPay"], date: null }));
    assert.ok(sameEvent({ type: "payment", parties: ["Taobao", "UnionPay"], date: null }, { type: "payment", parties: ["Alibaba", "UnionPay"], date: null }, rel));
  });

  test("an outlet naming an extra unit of a group already on the list reports the same event", () => {
    const parent: Record<string, string> = { Taobao: "Alibaba", Tmall: "Alibaba", WeChat: "Tencent", "WeChat Pay": "Tencent" };
    const rel = { group: (n: string) => parent[n] ?? n, related: (a: string, b: string) => a === b || parent[a] === b || parent[b] === a };
    assert.ok(partiesAgree(["Taobao", "Tmall", "WeChat"], ["Taobao", "WeChat"], rel));
    assert.ok(partiesAgree(["Taobao", "WeChat"], ["WeChat", "Tmall", "Taobao"], rel), "either order");
    assert.ok(!partiesAgree(["Taobao", "WeChat", "Meituan"], ["Taobao", "WeChat"], rel), "a party from a new group is a different event");
    assert.ok(!partiesAgree(["Taobao", "Tmall"], ["Taobao"], rel), "one party never stands for a pair");
    assert.ok(!partiesAgree(["Taobao", "Tmall", "WeChat"], ["Tmall", "WeChat Pay"], rel), "siblings still do not pair");
  });

  test("a report joins the exact date first, then the most precise compatible one", () => {
    const cands = [
      { id: 1, date: "2025" },
      { id: 2, date: "2025-03" },
      { id: 3, date: "2025-03-10" },
      { id: 4, date: "2024-01-01" },
    ];
    assert.equal(pickCandidate("2025-03", cands)?.id, 2);
    assert.equal(pickCandidate("2025-03-11", cands)?.id, 3);
    assert.equal(pickCandidate("2025-07", cands)?.id, 1);
    assert.equal(pickCandidate("2023", cands), undefined);
  });

  test("status moves forward; a reversal wins only when reported later", () => {
    assert.equal(mergeStatus("launched", "pilot", true), "launched");
    assert.equal(mergeStatus("pilot", "expanded", false), "expanded");
    assert.equal(mergeStatus("launched", "reversed", true), "reversed");
    assert.equal(mergeStatus("launched", "reversed", false), "launched");
    assert.equal(mergeStatus("reversed", "launched", true), "launched");
    assert.equal(mergeStatus(null, "announced", false), "announced");
    assert.equal(mergeStatus("pilot", null, true), "pilot");
  });

  test("merging keeps the most precise date and the earliest first-seen time", () => {
    const base = {
      type: "payment" as const,
      parties: ["Pinduoduo", "UnionPay"],
      datePrecision: "year" as const,
      effectiveDate: null,
      status: "announced" as const,
      summary: "s1",
      confidence: 0.7,
    };
    const merged = mergeEvent(
      { ...base, date: "2025", firstSeenAt: "2025-03-12T10:00:00.000Z", lastSeenAt: "2025-03-12T10:00:00.000Z" },
      { ...base, date: "2025-03-10", datePrecision: "day", status: "launched", firstSeenAt: "2025-03-11T10:00:00.000Z", lastSeenAt: "2025-03-11T10:00:00.000Z" },
    );
    assert.equal(merged.date, "2025-03-10");
    assert.equal(merged.datePrecision, "day");
    assert.equal(merged.firstSeenAt, "2025-03-11T10:00:00.000Z");
    assert.equal(merged.lastSeenAt, "2025-03-12T10:00:00.000Z");
    assert.equal(merged.status, "launched");
    assert.equal(merged.summary, "Pinduoduo and UnionPay: payment interoperability (launched), 2025-03-10");
  });

  test("the classifier version is a hash of the rule and model data", () => {
    const v = classifierVersion();
    assert.match(v, /^classify-\d+\+[0-9a-f]{12}$/);
    assert.notEqual(classifierVersion("/nonexistent-root"), v);
  });
});

describe("wallwatch classify (real CLI, real classifier)", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const cli = (args: string[], dbPath: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["bin/wallwatch.js", "classify", ...args], { cwd: root, env: { ...process.env, WALLWATCH_DB: dbPath }, timeout: 60_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  test("prints a one-line summary; a second run reads nothing; --all rebuilds without duplicates", async () => {
    const tmp = tempDbFile();
    try {
      const db = openDb(tmp.path);
      const text = "On Monday, Pinduoduo said shoppers can now pay with UnionPay QuickPass at checkout.";
      addArticle(db, "Pinduoduo opens checkout");
      db.update(articles).set({ text }).run();
      closeDb(db);
      const first = await cli([], tmp.path);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^classified 1 article \(1 relevant\) → 1 event \(1 new\), 1 mention, 0 quotes\n$/, first.stderr);
      const again = await cli([], tmp.path);
      assert.match(again.stdout, /^classified 0 articles/, again.stderr);
      const all = await cli(["--all"], tmp.path);
      assert.match(all.stdout, /^classified 1 article \(1 relevant\) → 1 event \(0 new\)/, all.stderr);
      assert.ok(all.stderr.split("\n").some((l) => l.includes('"msg":"classify finished"')), "JSON log lines on stderr");
      const check = openDb(tmp.path);
      assert.equal(check.select().from(events).all().length, 1);
      assert.equal(check.select().from(mentions).all().length, 1);
      closeDb(check);
    } finally {
      tmp.cleanup();
    }
  });
});
