// `wallwatch extract` through the real CLI (bin/wallwatch.js in a child process), checked
// against the extraction contract in DESIGN.md: one NDJSON line per file, in order, no database.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = "test/fixtures/extract-command";
const txt = join(fixtures, "pinduoduo-unionpay-wire.txt");
const html = join(fixtures, "taobao-wechat-pay.html");

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // A database path that must never be created: extract needs none.
    const env = { ...process.env, WALLWATCH_DB: join(root, "test/fixtures/extract-command/never.db") };
    execFile(process.execPath, ["bin/wallwatch.js", "extract", ...args], { cwd: root, env, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

// The CLI runs are independent child processes, so they may overlap.
describe("wallwatch extract", { concurrency: true }, () => {
  test("prints one contract-shaped JSON line per file, in the order given", async () => {
    const r = await cli([txt, html, "--published", "2025-03-12", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    assert.equal(out.length, 2);
    assert.deepEqual(
      out.map((o) => o.input),
      [txt, html],
    );
    for (const o of out) {
      assert.deepEqual(Object.keys(o), ["input", "ok", "relevant", "article", "events", "quotes"]);
      assert.deepEqual(Object.keys(o.article), ["title", "byline", "siteName", "lang", "published", "text"]);
      assert.equal(o.ok, true);
      assert.equal(typeof o.relevant, "boolean");
      for (const e of o.events) {
        assert.deepEqual(Object.keys(e), ["type", "parties", "date", "datePrecision", "summary", "evidence", "confidence"]);
        assert.ok(Array.isArray(e.parties));
        assert.equal(typeof e.confidence, "number");
      }
      for (const q of o.quotes) assert.deepEqual(Object.keys(q), ["speaker", "role", "affiliation", "text", "direct"]);
    }
    const [plain, page] = out;
    // Plain text: the short first line standing alone is the title, not part of the text.
    assert.equal(plain.article.title, "Pinduoduo opens checkout to UnionPay QuickPass");
    assert.ok(plain.article.text.startsWith("On Monday, Pinduoduo said"));
    assert.match(plain.article.text, /checkout\.\n\n"Opening/, "paragraphs separated by blank lines");
    assert.equal(plain.article.published, "2025-03-12");
    assert.equal(plain.article.byline, null);
    assert.ok(plain.events.some((e: { type: string; parties: string[] }) => e.type === "payment" && e.parties.includes("Pinduoduo")));
    assert.ok(plain.quotes.some((q: { speaker: string; direct: boolean }) => q.speaker === "Li Si" && q.direct));
    // HTML went through the extractor: metadata from the page, navigation and footer gone.
    assert.equal(page.article.title, "Taobao starts accepting WeChat Pay");
    assert.equal(page.article.siteName, "Example Tech News");
    assert.equal(page.article.lang, "en");
    assert.doesNotMatch(page.article.text, /Copyright|Home/);
    assert.match(page.article.text, /WeChat Pay/);
  });

  test("--published anchors relative dates", async () => {
    const later = await cli([txt, "--published", "2025-03-19", "--json"]);
    const e = JSON.parse(lines(later.stdout)[0]!).events.find((x: { type: string }) => x.type === "payment");
    assert.equal(e.date, "2025-03-17", "'On Monday' before 2025-03-19");
    assert.equal(e.datePrecision, "day");
  });

  // One CLI run for several cases: each start of the CLI costs seconds of CPU.
  test("a missing file gives its own ok:false line, one line on stderr and exit 1; the others still come out, dated by the page", async () => {
    const r = await cli(["no-such-file.txt", html, txt, "--json"]);
    assert.equal(r.code, 1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    assert.equal(out.length, 3);
    assert.deepEqual(Object.keys(out[0]), ["input", "ok", "error"]);
    assert.equal(out[0].ok, false);
    assert.match(out[0].error, /^extract: no-such-file\.txt: cannot read \(ENOENT\)$/);
    const err = lines(r.stderr);
    assert.equal(err.length, 1, r.stderr);
    assert.match(err[0]!, /no-such-file\.txt/);

    // Without --published the page's own date anchors relative dates; plain text has none.
    const page = out[1];
    assert.equal(page.ok, true);
    assert.equal(page.article.published, "2025-03-12", "from the page's published_time");
    const e = page.events.find((x: { type: string }) => x.type === "payment");
    assert.equal(e?.date, "2025-03-10", "'on Monday' before the page's date");
    assert.equal(out[2].ok, true);
    assert.equal(out[2].article.published, null);
  });

  test("a bad --published date is one clear usage line and exit 2", async () => {
    const r = await cli([txt, "--published", "2025-02-30", "--json"]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    const err = lines(r.stderr);
    assert.equal(err.length, 1);
    assert.match(err[0]!, /extract: --published '2025-02-30' is not a date/);
  });
});
