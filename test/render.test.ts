import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { WallwatchError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { BrowserOwner, type BrowserConfig } from "../src/crawl/render.ts";
import { startServer, type TestServer } from "./helpers/http.ts";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (CI installs it with apt-get)`;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/render/${name}`, import.meta.url), "utf8");

const config = (over: Partial<BrowserConfig> = {}): BrowserConfig => ({
  executablePath: CHROMIUM,
  recycleAfterPages: 200,
  recycleAfterMinutes: 60,
  pageTimeoutMs: 10_000,
  ...over,
});

/** Chromium processes started by this test process (the browser's main process is our child). */
function chromiumChildren(): number[] {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" });
  return out
    .split("\n")
    .filter((l) => /chromium/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

let server: TestServer;

before(async () => {
  const pages: Record<string, string> = {
    "/js-only": fixture("js-only-article.html"),
    "/with-image": fixture("page-with-image-and-font.html"),
  };
  server = await startServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/api/story.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ text: "Alipay now works inside the Meituan app, the company said on Tuesday." }));
    } else if (path === "/probe") {
      const target = new URL(req.url ?? "/", "http://x").searchParams.get("target") ?? "";
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<html><body><p>Probe page</p><script src="${target}.js"></script><script>fetch(${JSON.stringify(`${target}-fetch`)}).catch(() => {});</script></body></html>`);
    } else if (path === "/never") {
      // Accepts the request and never answers.
    } else if (pages[path]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(pages[path]);
    } else if (path.startsWith("/page/")) {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<html><body><p>Plain page ${path}</p></body></html>`);
    } else {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end("x");
    }
  });
});

after(() => server.close());

describe("BrowserOwner", { skip }, () => {
  let owner: BrowserOwner;
  before(() => {
    // news.public.test stands for a public site; Chromium resolves it to the test server.
    owner = new BrowserOwner(config({ pageTimeoutMs: 2_000 }), memoryLogger(), {
      settleMs: 2_000,
      extraArgs: ["--host-resolver-rules=MAP news.public.test 127.0.0.1"],
    });
  });
  after(() => owner.close());

  test("a page whose text is written by a script comes back with the text", async () => {
    const res = await owner.render(`${server.url}/js-only`);
    assert.equal(res.url, `${server.url}/js-only`);
    assert.match(res.html, /Alipay now works inside the Meituan app/);
    assert.ok(server.requests.some((r) => r.path === "/api/story.json"), "the page's own data request ran");
  });

  test("images, fonts and media are blocked before they reach the server; pages are reused", async () => {
    const res = await owner.render(`${server.url}/with-image`);
    assert.match(res.html, /WeChat Pay arrives on Taobao/);
    const paths = server.requests.map((r) => r.path);
    assert.ok(paths.includes("/with-image"));
    for (const blocked of ["/photo.jpg", "/font.woff2", "/clip.mp4"]) assert.ok(!paths.includes(blocked), `${blocked} was requested`);
    assert.equal(owner.launches, 1, "one browser serves both pages");
    assert.equal(owner.pagesRendered, 2);
  });

  test("a public page cannot make the browser request a loopback address", async () => {
    const port = new URL(server.url).port;
    const res = await owner.render(`http://news.public.test:${port}/probe?target=${encodeURIComponent(`${server.url}/internal`)}`);
    assert.match(res.html, /Probe page/);
    const paths = server.requests.map((r) => r.path);
    assert.ok(paths.some((p) => p.startsWith("/probe")), "the page itself was served");
    assert.ok(!paths.some((p) => p.startsWith("/internal")), "the page reached 127.0.0.1");
  });

  test("a page that never answers fails with one clear render error", async () => {
    await assert.rejects(owner.render(`${server.url}/never`), (err: unknown) => {
      assert.ok(err instanceof WallwatchError);
      assert.equal(err.kind, "render.failed");
      assert.match(err.message, /^render: http:\/\/127\.0\.0\.1:\d+\/never: timed out after 2000 ms$/);
      return true;
    });
    // The browser is still usable afterwards.
    assert.match((await owner.render(`${server.url}/page/after-timeout`)).html, /Plain page \/page\/after-timeout/);
  });
});

describe("BrowserOwner lifecycle", { skip }, () => {
  // One owner through recycle, crash and close: each launch costs a second or two.
  test("recycled after N pages and after T minutes, relaunched after the browser is killed, closed idempotently", async () => {
    const log = memoryLogger();
    let clock = Date.now();
    const owner = new BrowserOwner(config({ recycleAfterPages: 2, recycleAfterMinutes: 60 }), log, { settleMs: 500, now: () => clock });
    try {
      for (let i = 1; i <= 3; i++) {
        const res = await owner.render(`${server.url}/page/${i}`);
        assert.match(res.html, new RegExp(`Plain page /page/${i}`));
      }
      assert.equal(owner.launches, 2, "pages 1-2 on the first browser, page 3 on a fresh one");
      await sleep(200);
      const pids = chromiumChildren();
      assert.equal(pids.length, 1, `expected one browser process (the recycled one closed), found ${pids.join(",")}`);
      process.kill(pids[0]!, "SIGKILL");
      for (let i = 0; i < 50 && !log.lines.some((l) => l.msg === "browser disconnected; a new one starts with the next page"); i++) await sleep(100);
      const res = await owner.render(`${server.url}/page/after-kill`);
      assert.match(res.html, /Plain page \/page\/after-kill/);
      assert.equal(owner.launches, 3);
      clock += 61 * 60_000;
      await owner.render(`${server.url}/page/an-hour-later`);
      assert.equal(owner.launches, 4, "recycled after recycleAfterMinutes");
    } finally {
      await owner.close();
      await owner.close();
    }
    assert.deepEqual(chromiumChildren(), [], "no browser left running after close()");
    await assert.rejects(owner.render(`${server.url}/page/x`), /render: .*: the browser has been closed/);
  });
});

test("a missing browser executable is a clear render error, and nothing is downloaded", async () => {
  const owner = new BrowserOwner(config({ executablePath: "/nonexistent/chromium" }), memoryLogger());
  await assert.rejects(owner.render("http://127.0.0.1:9/x"), (err: unknown) => {
    assert.ok(err instanceof WallwatchError);
    assert.equal(err.kind, "render.failed");
    assert.match(err.message, /no browser at \/nonexistent\/chromium/);
    return true;
  });
  assert.equal(owner.launches, 0);
  await owner.close();
});
