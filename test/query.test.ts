import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import type { CommandContext } from "../src/args.ts";
import type { Config } from "../src/config.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { entityIdsWithDescendants, findEvents } from "../src/db/queries.ts";
import { findQuotes } from "../src/db/query-misc.ts";
import { WallwatchError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { articles, entities, event, events, pair, quotes, sql, stats } from "../src/query/commands.ts";
import { csvField, renderCsv } from "../src/query/format.ts";
import { AWKWARD_TITLE, seedQueryDb } from "./helpers/seed-query.ts";

const q = { articles, entities, event, events, pair, quotes, sql, stats };

let seed: ReturnType<typeof seedQueryDb>;
before(() => {
  seed = seedQueryDb();
});
after(() => seed.cleanup());

async function run(command: keyof typeof q, ...argv: string[]): Promise<string> {
  let out = "";
  const ctx: CommandContext = {
    config: () => ({ db: seed.path }) as Config,
    log: memoryLogger(),
    out: (t) => {
      out += t;
    },
    isTTY: false,
  };
  const code = await q[command](argv, ctx);
  assert.equal(code, 0);
  return out;
}

async function json<T = Record<string, unknown>>(command: keyof typeof q, ...argv: string[]): Promise<T[]> {
  return JSON.parse(await run(command, ...argv, "--format", "json")) as T[];
}

const summaries = async (...argv: string[]) => (await json<{ summary: string }>("events", ...argv)).map((e) => e.summary).sort();

async function rejects(command: keyof typeof q, argv: string[], pattern: RegExp): Promise<void> {
  await assert.rejects(run(command, ...argv), (err: unknown) => {
    assert.ok(err instanceof WallwatchError, String(err));
    assert.ok(err.kind === "query.invalid" || err.kind === "input.invalid", err.kind);
    assert.match(err.message, pattern);
    assert.ok(!err.message.includes("\n"), "one line");
    return true;
  });
}

describe("events filters", () => {
  test("a party includes its subsidiaries and aliases; --exact does not", async () => {
    assert.deepEqual(await summaries("--party", "Tencent"), [
      "Foo Widgets opens data to Tencent",
      "MIIT orders platforms to stop link blocking",
      "Taobao accepts WeChat Pay",
      "Tencent sues ByteDance",
    ]);
    assert.deepEqual(await summaries("--party", "Tencent", "--exact"), [
      "Foo Widgets opens data to Tencent",
      "MIIT orders platforms to stop link blocking",
      "Tencent sues ByteDance",
    ]);
    assert.deepEqual(await summaries("--party", "Weixin Pay"), ["Taobao accepts WeChat Pay"]);
    assert.deepEqual(await summaries("--party", "腾讯", "--exact"), await summaries("--party", "Tencent", "--exact"));
    // Organisations first seen in text are parties too.
    assert.deepEqual(await summaries("--party", "foo widgets"), ["Foo Widgets opens data to Tencent"]);
    // Grandchildren too: Alipay sits under Ant Group under Alibaba.
    assert.ok((await summaries("--party", "alibaba")).includes("Meituan accepts Alipay"));
  });

  test("several parties must all take part", async () => {
    assert.deepEqual(await summaries("--party", "Taobao", "--party", "Douyin"), ["Douyin unblocks Taobao links"]);
  });

  test("types, sources, text", async () => {
    assert.deepEqual(await summaries("--type", "payment"), ["Meituan accepts Alipay", "Taobao accepts WeChat Pay"]);
    assert.deepEqual(await summaries("--type", "payment", "--type", "dispute", "--party", "Tencent"), [
      "Taobao accepts WeChat Pay",
      "Tencent sues ByteDance",
    ]);
    assert.deepEqual(await summaries("--min-sources", "3"), ["MIIT orders platforms to stop link blocking", "Taobao accepts WeChat Pay"]);
    assert.deepEqual(await summaries("--text", "link blocking"), ["Douyin unblocks Taobao links", "MIIT orders platforms to stop link blocking"]);
  });

  test("dates overlap at the event's precision", async () => {
    // "2023" (year precision) overlaps June 2023 onwards; 2023-03-10 does not.
    assert.deepEqual(await summaries("--since", "2023-06"), ["JD logistics on Douyin", "Meituan accepts Alipay", "Tencent sues ByteDance"]);
    assert.deepEqual(await summaries("--until", "2022-09"), ["Douyin unblocks Taobao links", "MIIT orders platforms to stop link blocking"]);
    // A month-precision "2022-09" overlaps a range starting mid-September.
    assert.deepEqual(await summaries("--since", "2022-09-15", "--until", "2023-03"), [
      "Douyin unblocks Taobao links",
      "JD logistics on Douyin",
      "Taobao accepts WeChat Pay",
    ]);
    assert.deepEqual(await summaries("--since", "2022-10", "--until", "2023-02"), ["JD logistics on Douyin"]);
  });

  test("sort and limit", async () => {
    const byDate = await json<{ date: string | null }>("events");
    assert.deepEqual(
      byDate.map((e) => e.date),
      ["2024-01-05", "2023-06-02", "2023-03-10", "2023", "2022-09", "2021-09-13", null],
    );
    const bySources = await json<{ source_count: number }>("events", "--sort", "sources", "--limit", "2");
    assert.deepEqual(
      bySources.map((e) => e.source_count),
      [6, 3],
    );
  });

  test("bad input is one clear line", async () => {
    await rejects("events", ["--type", "paymnt"], /unknown --type 'paymnt' \(valid: payment, link_access/);
    await rejects("events", ["--since", "2023-13"], /--since '2023-13' is not a date/);
    await rejects("events", ["--party", "Tencnet"], /^events: unknown party 'Tencnet' — did you mean Tencent\?$/);
    await rejects("events", ["--party", "Qwxzzy Plc"], /^events: unknown party 'Qwxzzy Plc'$/);
    await rejects("events", ["--sort", "size"], /unknown --sort 'size'/);
    await rejects("events", ["--format", "xml"], /unknown --format 'xml'/);
  });
});

describe("both query plans for a party give the same events", () => {
  test("collecting the party's events and walking events in date order agree", () => {
    const db = openDb(seed.path, { readonly: true, migrate: false });
    try {
      const tencent = entityIdsWithDescendants(db, ["Tencent"]);
      const alibaba = entityIdsWithDescendants(db, ["Alibaba"]);
      for (const sort of ["date", "sources", "date_asc"] as const) {
        for (const partyGroups of [[tencent], [tencent, alibaba]]) {
          const filter = { partyGroups, types: [], sort, limit: 10 };
          const walk = findEvents(db, { ...filter, planSize: Number.POSITIVE_INFINITY }).map((e) => e.id);
          const collect = findEvents(db, { ...filter, planSize: 0 }).map((e) => e.id);
          assert.deepEqual(walk, collect);
          assert.ok(walk.length > 0);
        }
      }
      const textIds = (big: number) =>
        findEvents(db, { partyGroups: [], types: [], sort: "date", limit: 10, text: '"link" "blocking"', planSize: big }).map((e) => e.id);
      assert.deepEqual(textIds(0), textIds(Number.POSITIVE_INFINITY));
      assert.equal(textIds(0).length, 2);
      const quoteIds = (big: number) => findQuotes(db, { partyIds: alibaba, limit: 10, planSize: big }).map((x) => x.id);
      assert.deepEqual(quoteIds(0), quoteIds(Number.POSITIVE_INFINITY));
      assert.equal(quoteIds(0).length, 3);
    } finally {
      closeDb(db);
    }
  });
});

describe("formats", () => {
  test("stable snake_case fields in json and ndjson", async () => {
    const [first] = await json("events", "--limit", "1");
    assert.deepEqual(Object.keys(first!), ["id", "date", "date_precision", "type", "status", "parties", "source_count", "confidence", "summary"]);
    const lines = (await run("events", "--format", "ndjson")).trimEnd().split("\n");
    assert.equal(lines.length, 7);
    assert.deepEqual(JSON.parse(lines[0]!).parties, ["Alipay", "Meituan"]);
  });

  test("csv quotes commas, quotes and newlines in titles (RFC 4180)", async () => {
    const csv = await run("articles", "--source", "caixin", "--format", "csv");
    assert.ok(csv.startsWith("id,published_at,source,title,url\r\n"));
    assert.ok(csv.includes(`,"Tencent, Alibaba open ""walls"":\npayments now interoperate",`), csv);
    assert.equal(csvField(AWKWARD_TITLE), `"${AWKWARD_TITLE.replace(/"/g, '""')}"`);
    assert.equal(renderCsv([{ a: "plain", b: null, c: ["x", "y"] }], ["a", "b", "c"]), "a,b,c\r\nplain,,x; y\r\n");
  });

  test("table has a header and aligned columns", async () => {
    const lines = (await run("events", "--type", "payment")).split("\n");
    assert.match(lines[0]!, /^id\s+date\s+type\s+parties\s+source_count\s+summary$/);
    assert.equal(lines[2]!.indexOf("2024-01-05"), lines[0]!.indexOf("date"));
  });
});

describe("event, pair, quotes, articles, entities, stats", () => {
  test("event detail: mentions with their articles, quotes, related events", async () => {
    const id = seed.ids["Taobao accepts WeChat Pay"]!;
    const [d] = [JSON.parse(await run("event", String(id), "--format", "json"))];
    assert.deepEqual(d.parties, ["Taobao", "WeChat Pay"]);
    assert.equal(d.mentions.length, 1);
    assert.equal(d.mentions[0].source, "caixin");
    assert.equal(d.mentions[0].title, AWKWARD_TITLE);
    assert.deepEqual(
      d.quotes.map((x: { speaker: string }) => x.speaker),
      ["Zhang Wei"],
    );
    assert.deepEqual(
      d.related.map((r: { summary: string }) => r.summary),
      ["Douyin unblocks Taobao links"],
    );
    await rejects("event", ["99999"], /no event with id 99999/);
  });

  test("pair: a timeline between two groups, oldest first", async () => {
    const rows = await json<{ summary: string }>("pair", "Alibaba", "Tencent");
    assert.deepEqual(
      rows.map((r) => r.summary),
      ["MIIT orders platforms to stop link blocking", "Taobao accepts WeChat Pay"],
    );
    const exact = await json<{ summary: string }>("pair", "Alibaba", "Tencent", "--exact");
    assert.deepEqual(
      exact.map((r) => r.summary),
      ["MIIT orders platforms to stop link blocking"],
    );
    assert.match(await run("pair", "Alibaba", "Tencent"), /^Alibaba ↔ Tencent: 2 events\n/);
  });

  test("quotes by speaker, affiliation, party and date", async () => {
    const texts = async (...argv: string[]) => (await json<{ text: string }>("quotes", ...argv)).map((x) => x.text).sort();
    assert.deepEqual(await texts("--speaker", "zhang"), ["Interconnection is good for users.", "Meituan had little choice."]);
    assert.deepEqual(await texts("--speaker", "Li Na"), ["regulators want the walls down"]);
    assert.deepEqual(await texts("--affiliation", "peking"), ["regulators want the walls down"]);
    assert.deepEqual(await texts("--party", "Meituan"), ["Meituan had little choice."]);
    assert.deepEqual(await texts("--since", "2023-06"), ["Meituan had little choice."]);
  });

  test("articles: ranked full-text search, source and since filters", async () => {
    const found = await json<{ title: string; snippet: string }>("articles", "--search", "link blocking");
    assert.deepEqual(found.map((a) => a.title).sort(), ["Douyin and Taobao links", "MIIT orders an end to link blocking"]);
    // Title hits weigh more than text hits.
    assert.equal(found[0]!.title, "MIIT orders an end to link blocking");
    assert.match(found[0]!.snippet, /\[link\] \[blocking\]/);
    assert.equal((await json("articles", "--since", "2023")).length, 3);
    await rejects("articles", ["--search", '"unterminated'], /^articles: search '"unterminated': /);
  });

  test("entities, --unknown with event counts", async () => {
    const unknown = await json<{ name: string; known: boolean; event_count: number }>("entities", "--unknown");
    assert.deepEqual(unknown, [{ id: seed.ids["Foo Widgets"], name: "Foo Widgets", kind: "unknown", parent: null, known: false, aliases: [], event_count: 1 }]);
    assert.deepEqual(await json("entities", "unknown"), unknown, "`entities unknown` is `entities --unknown`");
    const all = await json<{ name: string; event_count: number }>("entities");
    assert.equal(all.length, 12);
    assert.deepEqual(all[0], { ...all[0], name: "Tencent", event_count: 3 });
  });

  test("stats: per month and type, top parties, top speakers", async () => {
    const s = JSON.parse(await run("stats", "--format", "json"));
    assert.ok(s.per_month.some((r: { month: string; type: string; events: number }) => r.month === "2023-03" && r.type === "payment" && r.events === 1));
    assert.deepEqual(s.top_parties[0], { name: "Tencent", events: 3 });
    assert.deepEqual(s.top_speakers[0], { speaker: "Zhang Wei", affiliation: "Analysys", quotes: 2, events: 2 });
    const csv = await run("stats", "--format", "csv");
    assert.ok(csv.startsWith("section,month,type,name,affiliation,count\r\n"));
  });
});

describe("sql", () => {
  test("runs read-only SQL over the documented views", async () => {
    const rows = await json<{ n: number }>("sql", "SELECT count(*) AS n FROM v_events");
    assert.deepEqual(rows, [{ n: 7 }]);
    const parties = await json<{ party: string }>("sql", "SELECT party FROM v_event_parties WHERE party_parent = 'Tencent'");
    assert.deepEqual(parties, [{ party: "WeChat Pay" }]);
    // EXPLAIN describes a write without running it.
    assert.ok((await json("sql", "EXPLAIN QUERY PLAN DELETE FROM events WHERE type = 'x'")).length > 0);
  });

  test("writes are refused and nothing changes", async () => {
    for (const stmt of [
      "INSERT INTO meta (key, value) VALUES ('x', 'y')",
      "DELETE FROM events",
      "WITH x AS (SELECT 1) DELETE FROM events",
      "ATTACH DATABASE ':memory:' AS other",
      "PRAGMA user_version = 7",
    ]) {
      await rejects("sql", [stmt], /^sql: refused: this \w+ statement writes, and the database is opened read-only/);
    }
    await rejects("sql", ["SELECT 1; DELETE FROM events"], /^sql: .*more than one statement/);
    await rejects("sql", ["SELEC 1"], /^sql: near "SELEC": syntax error$/);
    const db = openDb(seed.path, { readonly: true, migrate: false });
    assert.equal((db.$client.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n, 7);
    assert.equal(db.$client.pragma("user_version", { simple: true }), 0);
    closeDb(db);
  });
});

describe("through the real CLI", () => {
  const exec = promisify(execFile);
  test("events --format json and a bad party's exit code", async () => {
    const env = { ...process.env, WALLWATCH_DB: seed.path, WALLWATCH_CONFIG: "" };
    // Both at once: each child pays tsx's start-up.
    const [{ stdout }, bad] = await Promise.all([
      exec(process.execPath, ["bin/wallwatch.js", "events", "--party", "WeChat Pay", "--format", "json"], { env }),
      exec(process.execPath, ["bin/wallwatch.js", "events", "--party", "Tencnet"], { env }).catch((e) => e),
    ]);
    assert.deepEqual(
      JSON.parse(stdout).map((e: { summary: string }) => e.summary),
      ["Taobao accepts WeChat Pay"],
    );
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, "wallwatch: events: unknown party 'Tencnet' — did you mean Tencent?\n");
  });
});
