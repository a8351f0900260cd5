import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import type { CommandContext } from "../src/args.ts";
import { type Config, loadConfig } from "../src/config.ts";
import { sourceCheck } from "../src/crawl/source-check.ts";
import { WallwatchError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { routes, startServer, type TestServer } from "./helpers/http.ts";

const fixtures = fileURLToPath(new URL("./fixtures/feeds/", import.meta.url));
const fixture = (name: string) => join(fixtures, name);
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const gbkRss = iconv.encode(
  '<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><title>新浪科技</title><link>/</link>' +
    "<item><title>淘宝接入微信支付</title><link>/a/1.shtml</link><pubDate>2025-03-12 10:00:00</pubDate></item></channel></rss>",
  "gbk",
);

let server: TestServer;
let workDir: string;

before(async () => {
  server = await startServer(
    routes({
      "/gbk.xml": { headers: { "content-type": "text/xml" }, body: gbkRss },
      // A feed served with the wrong content type still parses: the format is read from the content.
      "/feed-as-html": { headers: { "content-type": "text/html; charset=utf-8" }, body: readFileSync(fixture("atom03.xml")) },
      "/page": { headers: { "content-type": "text/html" }, body: readFileSync(fixture("html-page-served-as-feed.html")) },
      "/empty": { headers: { "content-type": "application/rss+xml" }, body: "" },
      "/gone": { status: 410, body: "gone" },
    }),
  );
  workDir = mkdtempSync(join(tmpdir(), "wallwatch-source-check-"));
});

after(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** A CommandContext that keeps stdout, with a config built without any file (fast, no retries). */
function fakeContext(): CommandContext & { output: string[] } {
  const output: string[] = [];
  const base = loadConfig({ env: {}, cwd: workDir });
  const config: Config = { ...base, crawl: { ...base.crawl, minDelayMs: 0, retries: 0 } };
  return { config: () => config, log: memoryLogger(), out: (t) => output.push(t), isTTY: false, output };
}

const lines = (ctx: { output: string[] }) =>
  ctx.output
    .join("")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("source check", () => {
  test("--json: one line per input, in order; failures do not stop the others; exit 1", async () => {
    const ctx = fakeContext();
    const inputs = [
      fixture("rss2-entities-cdata-markup-in-titles.xml"),
      `${server.url}/gbk.xml`,
      `${server.url}/gone`,
      fixture("malformed-unclosed-tag.xml"),
      `${server.url}/feed-as-html`,
      "no/such/file.xml",
      `${server.url}/page`,
      `${server.url}/empty`,
      fixture("json-feed-1.1.json"),
    ];
    const code = await sourceCheck([...inputs, "--json"], ctx);
    assert.equal(code, 1);
    const out = lines(ctx);
    assert.deepEqual(
      out.map((l) => [l.input, l.ok]),
      inputs.map((input, i) => [input, [0, 1, 4, 8].includes(i)]),
    );

    assert.deepEqual(Object.keys(out[0]!), ["input", "ok", "format", "title", "link", "items"]);
    assert.equal(out[0]!.format, "rss2.0");
    assert.deepEqual((out[0]!.items as unknown[])[0], {
      title: "AT&T and the walled garden",
      link: "https://news.example.com/2025/03/att-walled-garden.html",
      id: "https://news.example.com/2025/03/att-walled-garden.html",
      published: "2025-03-12T10:00:00.000Z",
    });

    assert.equal(out[1]!.title, "新浪科技", "GBK declared in the prolog is decoded");
    assert.equal(out[1]!.link, `${server.url}/`, "links resolve against the fetched URL");
    assert.deepEqual(out[1]!.items, [{ title: "淘宝接入微信支付", link: `${server.url}/a/1.shtml`, id: `${server.url}/a/1.shtml`, published: "2025-03-12T10:00:00.000Z" }]);

    assert.equal(out[2]!.error, `fetch: ${server.url}/gone: HTTP 410`);
    assert.equal(out[3]!.error, `feed: ${pathToFileURL(fixture("malformed-unclosed-tag.xml")).href}: XML error at line 3: unexpected close tag`);
    assert.equal(out[4]!.format, "atom0.3");
    assert.equal(out[5]!.error, "input: no/such/file.xml: no such file, and not an http(s) URL");
    assert.equal(out[6]!.error, `feed: ${server.url}/page: not a feed: looks like an HTML page`);
    assert.equal(out[7]!.error, `feed: ${server.url}/empty: empty body`);
    assert.equal(out[8]!.format, "json");
  });

  test("exit 0 when every input parses; readable summary without --json", async () => {
    const ctx = fakeContext();
    const code = await sourceCheck([fixture("rss2-naive-chinese-dates.xml"), "--timezone", "Asia/Shanghai"], ctx);
    assert.equal(code, 0);
    const text = ctx.output.join("");
    assert.match(text, /rss2\.0: 科技频道 {2}https:\/\/tech\.example\.cn\//);
    assert.match(text, /2 items; charset utf-8/);
    assert.match(text, /- 2025-03-12 02:00 {2}美团宣布接入支付宝\n {4}https:\/\/tech\.example\.cn\/a\/20250312\/1\.shtml/);
  });

  test("--kind listing with a selector parses an HTML index page", async () => {
    const ctx = fakeContext();
    const code = await sourceCheck([fixture("listing-page.html"), "--json", "--kind", "listing", "--link-pattern", "/xwdt/2025/"], ctx);
    assert.equal(code, 0);
    const [line] = lines(ctx);
    assert.equal(line!.format, "listing");
    assert.equal((line!.items as unknown[]).length, 2);
  });

  test("bad usage is an input.invalid error (exit 2 through the CLI); --help prints usage", async () => {
    for (const argv of [[], ["--bogus", "x"], ["x", "--kind", "podcast"], ["x", "--timezone", "Mars/Olympus"]]) {
      await assert.rejects(sourceCheck(argv, fakeContext()), (err) => err instanceof WallwatchError && err.kind === "input.invalid", argv.join(" "));
    }
    const ctx = fakeContext();
    assert.equal(await sourceCheck(["--help"], ctx), 0);
    assert.match(ctx.output.join(""), /^usage: wallwatch source check/);
  });

  test("CLI wiring: node bin/wallwatch.js source check, without a config file", async () => {
    const feedFile = join(workDir, "local.xml");
    writeFileSync(feedFile, readFileSync(fixture("rss1-rdf.xml")));
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [join(repoRoot, "bin/wallwatch.js"), ...args], { cwd: workDir, env: { PATH: process.env.PATH, HOME: workDir } }, (err, stdout, stderr) =>
          resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr }),
        );
      });
    const ok = await run(["source", "check", feedFile, `${server.url}/gbk.xml`, "missing.xml", "--json"]);
    assert.equal(ok.code, 1, ok.stderr);
    const out = ok.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((l) => [l.input, l.ok, l.format ?? null]),
      [
        [feedFile, true, "rss1.0"],
        [`${server.url}/gbk.xml`, true, "rss2.0"],
        ["missing.xml", false, null],
      ],
    );
    const usage = await run(["source", "check"]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /give at least one URL or file/);
  });
});
