// One crawl over a dozen broken sources and one good one, through the real pipeline, a real
// local server and the real browser: every fault is one log line naming the source and the
// cause, and the good sources still finish.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import iconv from "iconv-lite";
import { loadSources } from "../src/config.ts";
import { closeDb, openDb } from "../src/db/client.ts";
import { runCrawl } from "../src/crawl/pipeline.ts";
import { memoryLogger } from "../src/log.ts";
import { articleHtml, filler, rssFeed, writeCrawlConfig } from "./helpers/crawl-site.ts";
import { startServer } from "./helpers/http.ts";

const hasChromium = existsSync("/usr/bin/chromium");

const gbkPage = `<!doctype html><html lang="zh"><head><meta charset="gbk"><title>微信支付接入淘宝</title></head><body><article><h1>微信支付接入淘宝</h1>
${Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}段：淘宝平台正式接入微信支付，消费者在结算页面可以选择微信支付完成付款，这是两大互联网平台互联互通的又一进展，业内人士认为这将改变移动支付的竞争格局。</p>`).join("\n")}
</article></body></html>`;

const jsOnlyPage = `<!doctype html><html><head><title>Rendered story</title></head><body><div id="root"></div><script>
const text = ${JSON.stringify(filler("Rendered story on Douyin and Alipay", 5))};
document.getElementById("root").innerHTML = "<article><h1>Rendered story</h1>" + text.map((t) => "<p>" + t + "</p>").join("") + "</article>";
</script></body></html>`;

test("every broken source is one clear log line naming it and the cause; the good ones finish", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-faults-"));
  let base = "";
  const hanging: ServerResponse[] = [];
  const feedOf = (...paths: string[]) => rssFeed(base, paths.map((p) => ({ link: p, title: p })));
  const html = (res: ServerResponse, body: string | Buffer, type = "text/html; charset=utf-8") => res.writeHead(200, { "content-type": type }).end(body);
  const server = await startServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
    switch (path) {
      case "/good.xml":
        return void html(res, feedOf("/a/good.html", "/a/gbk.html"), "application/rss+xml");
      case "/a/good.html":
        return void html(res, articleHtml({ path, title: "Good story", paragraphs: filler("Good story on WeChat Pay") }));
      case "/a/gbk.html":
        // GBK bytes, declared only inside the page (the header says nothing about the charset).
        return void html(res, iconv.encode(gbkPage, "gbk"), "text/html");
      case "/malformed.xml":
        return void html(res, "<rss><channel><item><title>unclosed</channel></rss>", "application/rss+xml");
      case "/html-as-feed.xml":
        return void html(res, "<!doctype html><html><body><p>Not a feed</p></body></html>");
      case "/empty.xml":
        return void res.writeHead(200, { "content-type": "application/rss+xml" }).end();
      case "/wrong-type.xml":
        // A real feed served as application/octet-stream still parses.
        return void html(res, feedOf("/a/octet.html"), "application/octet-stream");
      case "/a/octet.html":
        return void html(res, articleHtml({ path, title: "Octet story", paragraphs: filler("Octet story on Meituan") }));
      case "/hang.xml":
        hanging.push(res);
        return;
      case "/loop.xml":
        return void res.writeHead(302, { location: "/loop2.xml" }).end();
      case "/loop2.xml":
        return void res.writeHead(302, { location: "/loop.xml" }).end();
      case "/throttled.xml":
        return void res.writeHead(429, { "retry-after": "3600" }).end();
      case "/robots.xml":
        return void html(res, feedOf("/private/secret.html"), "application/rss+xml");
      case "/js.xml":
        return void html(res, feedOf("/a/js.html"), "application/rss+xml");
      case "/a/js.html":
        return void html(res, jsOnlyPage);
      default:
        res.writeHead(404).end();
    }
  });
  base = server.url;
  const sources = [
    ["good", "/good.xml"],
    ["malformed", "/malformed.xml"],
    ["html-page", "/html-as-feed.xml"],
    ["empty", "/empty.xml"],
    ["octet", "/wrong-type.xml"],
    ["hangs", "/hang.xml"],
    ["loops", "/loop.xml"],
    ["throttled", "/throttled.xml"],
    ["robots", "/robots.xml"],
    ...(hasChromium ? [["js-only", "/js.xml"]] : []),
  ].map(([name, path]) => ({ name, url: `${server.url}${path}`, kind: "rss", ...(name === "js-only" ? { render: true } : {}) }));
  const { config, sourcesPath } = writeCrawlConfig(dir, sources, { totalTimeoutMs: 1500, connectTimeoutMs: 1000, stallTimeoutMs: 1000, retries: 1 });
  const log = memoryLogger();
  const db = openDb(config.db);
  try {
    const summary = await runCrawl(db, config, loadSources(sourcesPath), log);
    const titles = (db.$client.prepare("SELECT source, title, text FROM articles ORDER BY source, title").all() as { source: string; title: string; text: string }[]).map(
      (a) => `${a.source}: ${a.title}`,
    );
    assert.deepEqual(titles, [
      "good: Good story",
      "good: 微信支付接入淘宝",
      ...(hasChromium ? ["js-only: Rendered story"] : []),
      "octet: Octet story",
    ]);
    const gbk = db.$client.prepare("SELECT text FROM articles WHERE title = '微信支付接入淘宝'").get() as { text: string };
    assert.match(gbk.text, /淘宝平台正式接入微信支付/);

    const failed = Object.keys(summary.failures).sort();
    assert.deepEqual(failed, ["empty", "hangs", "html-page", "loops", "malformed", "throttled"]);
    const causes: Record<string, RegExp> = {
      malformed: /XML error/,
      empty: /empty/,
      "html-page": /HTML page/,
      hangs: /no response within/,
      loops: /redirect/,
      throttled: /429/,
    };
    for (const [name, cause] of Object.entries(causes)) {
      const lines = log.lines.filter((l) => l.msg === "source failed" && l.source === name);
      assert.equal(lines.length, 1, `${name}: one 'source failed' line`);
      assert.match(String(lines[0]!.error), cause, `${name}: ${lines[0]!.error}`);
      assert.ok(String(lines[0]!.error).includes(server.url), `${name}: the error names the URL`);
    }
    // robots.txt refused the article: one line naming the source and the reason, nothing fetched.
    const refused = log.lines.filter((l) => l.source === "robots" && /robots/.test(String(l.error ?? "")));
    assert.equal(refused.length, 1, JSON.stringify(log.lines.filter((l) => l.source === "robots")));
    assert.ok(!server.requests.some((r) => r.path.startsWith("/private/")));
    if (process.env.WALLWATCH_TEST_VERBOSE) for (const l of log.lines) if (l.level !== "info" && l.level !== "debug") process.stderr.write(`${JSON.stringify(l)}\n`);
  } finally {
    for (const res of hanging) res.destroy();
    closeDb(db);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
