// The fetcher against real local servers: every fault the crawl issue lists (silence, dripping,
// huge bodies, redirect loops, 429/5xx, robots.txt, private targets) ends as one WallwatchError
// naming the URL and the cause, quickly, and the happy paths (compression, 304, politeness) work.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import type { Config } from "../src/config.ts";
import { isNonPublicAddress, type LookupFunction } from "../src/crawl/address-guard.ts";
import { createFetcher, type FetcherOptions, HttpStatusError } from "../src/crawl/fetch.ts";
import { parseRetryAfter } from "../src/crawl/retry.ts";
import { RobotsCache } from "../src/crawl/robots.ts";
import type { Fetcher } from "../src/crawl/types.ts";
import { WallwatchError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { routes, startServer, type TestServer } from "./helpers/http.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/fetch/${name}`, import.meta.url), "utf8");

/** Small, fast limits; each test overrides what it exercises. */
function crawlConfig(over: Partial<Config["crawl"]> = {}): Config["crawl"] {
  return {
    concurrency: 8,
    perHostConcurrency: 4,
    minDelayMs: 0,
    connectTimeoutMs: 1000,
    totalTimeoutMs: 3000,
    stallTimeoutMs: 2000,
    maxBytes: 1024 * 1024,
    maxRedirects: 5,
    retries: 0,
    userAgent: "wallwatch/0.1 (test)",
    renderFallbackMinChars: 300,
    maxArticlesPerSource: 200,
    workers: 0,
    keepRawHtmlDays: 0,
    ...over,
  };
}

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function fetcherFor(over: Partial<Config["crawl"]> = {}, opts: FetcherOptions = {}): Fetcher {
  const f = createFetcher(crawlConfig(over), memoryLogger(), { retry: { backoffBaseMs: 20, backoffMaxMs: 50 }, random: () => 0.5, ...opts });
  cleanups.push(() => f.close());
  return f;
}

async function server(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  cleanups.push(() => s.close());
  return s;
}

/** Awaits a rejection and returns it as a WallwatchError (fails the test otherwise). */
async function failure(p: Promise<unknown>): Promise<WallwatchError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof WallwatchError, `expected a WallwatchError, got ${String(err)}`);
    assert.ok(!err.message.includes("\n"), "one line");
    return err;
  }
  assert.fail("expected the fetch to fail");
}

const pagePaths = (s: TestServer) => s.requests.map((r) => r.path).filter((p) => p !== "/robots.txt");

test("a server that never answers times out with the URL and the cause", async () => {
  const s = await server(() => {}); // accepts, never responds
  const f = fetcherFor({ totalTimeoutMs: 300 });
  const t0 = Date.now();
  const err = await failure(f.fetch({ url: `${s.url}/silent`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.timeout");
  assert.match(err.message, new RegExp(`^fetch: ${s.url}/silent: no response within 300ms$`));
  assert.ok(Date.now() - t0 < 2000);
});

/** Sends headers then one byte every `everyMs`, forever (until the socket closes). */
function drip(res: ServerResponse, everyMs: number): void {
  res.writeHead(200, { "content-type": "text/html" });
  const timer = setInterval(() => res.write("x"), everyMs);
  res.on("close", () => clearInterval(timer));
}

test("a body dripping one byte per 200 ms forever hits the total timeout", async () => {
  const s = await server((_req, res) => drip(res, 200));
  const f = fetcherFor({ totalTimeoutMs: 900, stallTimeoutMs: 500 });
  const t0 = Date.now();
  const err = await failure(f.fetch({ url: `${s.url}/drip`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.timeout");
  assert.match(err.message, /\/drip: body not complete within 900ms$/);
  assert.ok(Date.now() - t0 < 2500);
});

test("a body that stops sending hits the stalled-body timeout before the total one", async () => {
  const s = await server((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html>"); // then silence
  });
  const f = fetcherFor({ totalTimeoutMs: 5000, stallTimeoutMs: 300 });
  const t0 = Date.now();
  const err = await failure(f.fetch({ url: `${s.url}/stall`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.timeout");
  assert.match(err.message, /\/stall: no data for 300ms$/);
  assert.ok(Date.now() - t0 < 2000);
});

test("a 200 MB streamed response is cut off at the size cap without downloading it", async () => {
  let produced = 0;
  const total = 200 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const s = await server((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" }); // chunked: no Content-Length to refuse early
    // Generated on demand, so the server never holds 200 MB either.
    Readable.from(
      (function* () {
        while (produced < total) {
          produced += chunk.length;
          yield chunk;
        }
      })(),
    )
      .on("error", () => {})
      .pipe(res);
  });
  const f = fetcherFor({ maxBytes: 1024 * 1024 });
  const t0 = Date.now();
  const err = await failure(f.fetch({ url: `${s.url}/huge`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.too_large");
  assert.match(err.message, /\/huge: body larger than 1 MiB$/);
  assert.ok(Date.now() - t0 < 3000, "cut off quickly");
  await new Promise((r) => setTimeout(r, 100));
  assert.ok(produced < 32 * 1024 * 1024, `server stopped early (produced ${produced} bytes)`);
});

test("a declared Content-Length over the cap is refused before reading the body", async () => {
  const s = await server((_req, res) => {
    res.writeHead(200, { "content-length": String(200 * 1024 * 1024) });
    res.write("x"); // never completes; the fetcher must not wait for it
  });
  const err = await failure(fetcherFor({ maxBytes: 1024 }).fetch({ url: `${s.url}/big`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.too_large");
  assert.match(err.message, /Content-Length 209715200 exceeds the 1024-byte limit/);
});

test("a redirect loop is one fetch.redirects error; a long chain stops at the cap", async () => {
  const s = await server((req, res) => {
    const path = req.url ?? "/";
    if (path === "/a") res.writeHead(302, { location: "/b" }).end();
    else if (path === "/b") res.writeHead(301, { location: "/a" }).end();
    else {
      const n = Number(path.slice(path.lastIndexOf("/") + 1));
      res.writeHead(302, { location: `/chain/${n + 1}` }).end();
    }
  });
  const f = fetcherFor({ maxRedirects: 3 });
  const loop = await failure(f.fetch({ url: `${s.url}/a`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(loop.kind, "fetch.redirects");
  assert.equal(loop.message, `fetch: ${s.url}/a: redirect loop at ${s.url}/a`);
  const chain = await failure(f.fetch({ url: `${s.url}/chain/0`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(chain.kind, "fetch.redirects");
  assert.match(chain.message, /more than 3 redirects$/);
  assert.deepEqual(pagePaths(s).filter((p) => p.startsWith("/chain")), ["/chain/0", "/chain/1", "/chain/2", "/chain/3"]);
});

test("a redirect is followed and the final URL reported", async () => {
  const s = await server(routes({ "/old": { status: 301, headers: { location: "/new" } }, "/new": { body: "moved here" } }));
  const res = await fetcherFor().fetch({ url: `${s.url}/old`, allowPrivate: true, ignoreRobots: true });
  assert.equal(res.requestedUrl, `${s.url}/old`);
  assert.equal(res.url, `${s.url}/new`);
  assert.equal(res.body.toString(), "moved here");
});

test("429 with Retry-After: 1 is retried after a second, then succeeds", async () => {
  const arrivals: number[] = [];
  const s = await server((_req, res) => {
    arrivals.push(Date.now());
    if (arrivals.length === 1) res.writeHead(429, { "retry-after": "1" }).end("slow down");
    else res.writeHead(200).end("ok");
  });
  const f = fetcherFor({ retries: 2 });
  const res = await f.fetch({ url: `${s.url}/limited`, allowPrivate: true, ignoreRobots: true });
  assert.equal(res.body.toString(), "ok");
  assert.equal(arrivals.length, 2);
  assert.ok(arrivals[1]! - arrivals[0]! >= 950, `waited ${arrivals[1]! - arrivals[0]!} ms`);
  assert.equal(f.stats().retries, 1);
});

test("a Retry-After longer than the cap is given up on at once, not hammered", async () => {
  const s = await server((_req, res) => res.writeHead(503, { "retry-after": "3600" }).end());
  const f = fetcherFor({ retries: 3 }, { retry: { retryAfterCapMs: 2000 } });
  const err = await failure(f.fetch({ url: `${s.url}/away`, allowPrivate: true, ignoreRobots: true }));
  assert.ok(err instanceof HttpStatusError);
  assert.equal(err.status, 503);
  assert.equal(err.retryAfterMs, 3_600_000);
  assert.equal(pagePaths(s).length, 1);
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = Date.parse("2025-03-10T12:00:00Z");
  assert.equal(parseRetryAfter("120", now), 120_000);
  assert.equal(parseRetryAfter("Mon, 10 Mar 2025 12:00:30 GMT", now), 30_000);
  assert.equal(parseRetryAfter("Mon, 10 Mar 2025 11:00:00 GMT", now), 0);
  assert.equal(parseRetryAfter("soon", now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
});

test("500 then 200 is retried and succeeds", async () => {
  let n = 0;
  const s = await server((_req, res) => (n++ === 0 ? res.writeHead(500).end("oops") : res.writeHead(200).end("fine")));
  const f = fetcherFor({ retries: 2 });
  const res = await f.fetch({ url: `${s.url}/flaky`, allowPrivate: true, ignoreRobots: true });
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), "fine");
  assert.equal(n, 2);
});

test("500 forever fails after the configured retries with the status", async () => {
  const s = await server((_req, res) => res.writeHead(500).end("down"));
  const f = fetcherFor({ retries: 2 });
  const err = await failure(f.fetch({ url: `${s.url}/down`, allowPrivate: true, ignoreRobots: true }));
  assert.ok(err instanceof HttpStatusError);
  assert.equal(err.kind, "fetch.http_status");
  assert.equal(err.status, 500);
  assert.equal(err.message, `fetch: ${s.url}/down: HTTP 500`);
  assert.equal(pagePaths(s).length, 3, "one try and two retries");
});

test("a 404 is not retried", async () => {
  const s = await server(routes({}));
  const err = await failure(fetcherFor({ retries: 3 }).fetch({ url: `${s.url}/gone`, allowPrivate: true, ignoreRobots: true }));
  assert.ok(err instanceof HttpStatusError);
  assert.equal(err.status, 404);
  assert.equal(pagePaths(s).length, 1);
});

test("robots.txt Disallow refuses the page without requesting it; robots.txt is fetched once per host", async () => {
  const s = await server(
    routes({
      "/robots.txt": { headers: { "content-type": "text/plain" }, body: fixture("robots-wallwatch-disallow.txt") },
      "/private/secret.html": { body: "secret" },
      "/public/a.html": { body: "a" },
      "/public/b.html": { body: "b" },
    }),
  );
  const f = fetcherFor();
  const err = await failure(f.fetch({ url: `${s.url}/private/secret.html`, allowPrivate: true }));
  assert.equal(err.kind, "fetch.robots");
  assert.equal(err.message, `fetch: ${s.url}/private/secret.html: disallowed by ${s.url}/robots.txt`);
  const [a, b] = await Promise.all([
    f.fetch({ url: `${s.url}/public/a.html`, allowPrivate: true }),
    f.fetch({ url: `${s.url}/public/b.html`, allowPrivate: true }),
  ]);
  assert.equal(a.body.toString() + b.body.toString(), "ab");
  const paths = s.requests.map((r) => r.path);
  assert.ok(!paths.includes("/private/secret.html"));
  assert.equal(paths.filter((p) => p === "/robots.txt").length, 1);
  assert.match(String(s.requests[0]!.headers["user-agent"]), /^wallwatch\//);
});

test("robots.txt: 404 allows everything; a 5xx or an unreachable robots.txt allows and is noted", async () => {
  const notes: string[] = [];
  const outcomes = new Map([
    ["http://a.test/robots.txt", { status: 404, body: "" }],
    ["http://b.test/robots.txt", { status: 503, body: "" }],
    ["http://c.test/robots.txt", { error: "connection refused" }],
  ]);
  const cache = new RobotsCache(async (u) => outcomes.get(u)!, "wallwatch/0.1", 60_000, (origin, note) => notes.push(`${origin} ${note}`));
  for (const host of ["a", "b", "c"]) assert.equal((await cache.check(new URL(`http://${host}.test/x`))).allowed, true);
  assert.deepEqual(notes, ["http://b.test HTTP 503; allowing", "http://c.test unreachable (connection refused); allowing"]);
});

test("robots.txt: Crawl-delay for our agent is read; concurrent checks share one fetch; the TTL expires", async () => {
  let clock = 0;
  let fetches = 0;
  const cache = new RobotsCache(
    async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 20));
      return { status: 200, body: "User-agent: *\nCrawl-delay: 9\n\nUser-agent: wallwatch\nCrawl-delay: 2\nDisallow: /x\n" };
    },
    "wallwatch/0.1 (+https://example.org)",
    1000,
    undefined,
    () => clock,
  );
  const verdicts = await Promise.all(["/a", "/b", "/x/1"].map((p) => cache.check(new URL(`http://site.test${p}`))));
  assert.deepEqual(
    verdicts.map((v) => v.allowed),
    [true, true, false],
  );
  assert.equal(verdicts[0]!.crawlDelayMs, 2000);
  assert.equal(fetches, 1);
  clock = 999;
  await cache.check(new URL("http://site.test/c"));
  assert.equal(fetches, 1);
  clock = 1001;
  await cache.check(new URL("http://site.test/c"));
  assert.equal(fetches, 2);
});

test("gzip, deflate and br bodies are decompressed", async () => {
  const text = "<html><body>".concat("Platforms open their walls. ".repeat(200), "</body></html>");
  const s = await server(
    routes({
      "/gz": { headers: { "content-encoding": "gzip" }, body: gzipSync(text) },
      "/br": { headers: { "content-encoding": "br" }, body: brotliCompressSync(text) },
      "/deflate": { headers: { "content-encoding": "deflate" }, body: deflateSync(text) },
    }),
  );
  const f = fetcherFor();
  for (const path of ["/gz", "/br", "/deflate"]) {
    const res = await f.fetch({ url: s.url + path, allowPrivate: true, ignoreRobots: true });
    assert.equal(res.body.toString(), text, path);
    assert.ok(res.bytes < text.length, `${path}: fewer bytes on the wire than decoded`);
  }
  assert.match(String(s.requests[0]!.headers["accept-encoding"]), /gzip.*br/);
});

test("a gzip bomb is stopped at the size cap after decompression", async () => {
  const s = await server(routes({ "/bomb": { headers: { "content-encoding": "gzip" }, body: gzipSync(Buffer.alloc(8 * 1024 * 1024)) } }));
  const err = await failure(fetcherFor({ maxBytes: 256 * 1024 }).fetch({ url: `${s.url}/bomb`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.too_large");
  assert.match(err.message, /after gzip decompression$/);
});

test("a conditional GET with a matching ETag comes back as 304 notModified", async () => {
  const s = await server((req, res) => {
    if (req.headers["if-none-match"] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
    else res.writeHead(200, { etag: '"v1"', "last-modified": "Mon, 10 Mar 2025 08:00:00 GMT" }).end("<rss/>");
  });
  const f = fetcherFor();
  const first = await f.fetch({ url: `${s.url}/feed.xml`, accept: "feed", allowPrivate: true, ignoreRobots: true });
  assert.equal(first.notModified, false);
  assert.equal(first.headers.etag, '"v1"');
  const again = await f.fetch({ url: `${s.url}/feed.xml`, accept: "feed", etag: first.headers.etag, lastModified: first.headers["last-modified"], allowPrivate: true, ignoreRobots: true });
  assert.equal(again.status, 304);
  assert.equal(again.notModified, true);
  assert.equal(again.body.length, 0);
  assert.equal(s.requests[1]!.headers["if-modified-since"], "Mon, 10 Mar 2025 08:00:00 GMT");
});

test("requests to one host start at least minDelayMs apart, even when issued together", async () => {
  const arrivals: number[] = [];
  const s = await server((_req, res) => {
    arrivals.push(Date.now());
    res.writeHead(200).end("ok");
  });
  const f = fetcherFor({ perHostConcurrency: 4 });
  await Promise.all([1, 2, 3, 4].map((i) => f.fetch({ url: `${s.url}/p${i}`, allowPrivate: true, ignoreRobots: true, minDelayMs: 200 })));
  assert.equal(arrivals.length, 4);
  // Starts are spaced exactly; arrivals carry scheduling jitter on a busy machine, hence the slack.
  for (let i = 1; i < arrivals.length; i++) assert.ok(arrivals[i]! - arrivals[i - 1]! >= 150, `gap ${i}: ${arrivals[i]! - arrivals[i - 1]!} ms`);
  assert.ok(arrivals[3]! - arrivals[0]! >= 550, `span ${arrivals[3]! - arrivals[0]!} ms`);
});

test("at most perHostConcurrency requests are in flight to one host", async () => {
  let inFlight = 0;
  let peak = 0;
  const s = await server((_req, res) => {
    peak = Math.max(peak, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200).end("ok");
    }, 60);
  });
  const f = fetcherFor({ perHostConcurrency: 2 });
  await Promise.all(Array.from({ length: 6 }, (_, i) => f.fetch({ url: `${s.url}/c${i}`, allowPrivate: true, ignoreRobots: true })));
  assert.equal(peak, 2);
});

test("a loopback target is refused unless allowPrivate, and nothing reaches it", async () => {
  const s = await server(routes({ "/admin": { body: "internal" } }));
  const f = fetcherFor();
  const err = await failure(f.fetch({ url: `${s.url}/admin` }));
  assert.equal(err.kind, "fetch.refused_address");
  assert.equal(err.message, `fetch: ${s.url}/admin: refused: non-public address 127.0.0.1`);
  assert.equal(s.requests.length, 0, "not even robots.txt");
  const ok = await f.fetch({ url: `${s.url}/admin`, allowPrivate: true });
  assert.equal(ok.body.toString(), "internal");
});

test("a name that resolves to a private address is refused after DNS resolution", async () => {
  const lookup: LookupFunction = (_host, _opts, cb) => cb(null, [{ address: "10.1.2.3", family: 4 }]);
  const err = await failure(fetcherFor({}, { lookup }).fetch({ url: "http://intranet.example.com/", ignoreRobots: true }));
  assert.equal(err.kind, "fetch.refused_address");
  assert.equal(err.message, "fetch: http://intranet.example.com/: refused: intranet.example.com resolves to non-public address 10.1.2.3");
});

test("a private origin refused during its robots.txt fetch is reported for the page and not cached as 'allow'", async () => {
  const s = await server(
    routes({ "/robots.txt": { body: fixture("robots-wallwatch-disallow.txt") }, "/private/x": { body: "x" }, "/ok": { body: "ok" } }),
  );
  const port = new URL(s.url).port;
  const f = fetcherFor({}, { lookup: (_host, _opts, cb) => cb(null, [{ address: "127.0.0.1", family: 4 }]) });
  const refused = await failure(f.fetch({ url: `http://lan.example.com:${port}/ok` }));
  assert.equal(refused.kind, "fetch.refused_address");
  assert.equal(refused.message, `fetch: http://lan.example.com:${port}/ok: refused: lan.example.com resolves to non-public address 127.0.0.1`);
  assert.equal(s.requests.length, 0);
  // The same origin, now allowed: its robots.txt is fetched and obeyed.
  const err = await failure(f.fetch({ url: `http://lan.example.com:${port}/private/x`, allowPrivate: true }));
  assert.equal(err.kind, "fetch.robots");
  assert.deepEqual(
    s.requests.map((r) => r.path),
    ["/robots.txt"],
  );
});

test("a redirect from a public host to a private one is refused at that hop", async () => {
  // The test server's own 127.0.0.1 plays a public address; every other non-public address stays refused.
  const opts: FetcherOptions = {
    lookup: (host, _opts, cb) => cb(null, [{ address: host === "news.example.com" ? "127.0.0.1" : "192.168.1.10", family: 4 }]),
    isRefusedAddress: (a) => a !== "127.0.0.1" && isNonPublicAddress(a),
  };
  let port = 0;
  const s = await server((req, res) => {
    const to = req.url === "/to-literal" ? "http://169.254.169.254/latest/meta-data/" : `http://router.example.com:${port}/admin`;
    res.writeHead(302, { location: to }).end();
  });
  port = Number(new URL(s.url).port);
  const f = fetcherFor({}, opts);
  const literal = await failure(f.fetch({ url: `http://news.example.com:${port}/to-literal`, ignoreRobots: true }));
  assert.equal(literal.kind, "fetch.refused_address");
  assert.equal(literal.message, "fetch: http://169.254.169.254/latest/meta-data/: refused: non-public address 169.254.169.254");
  const named = await failure(f.fetch({ url: `http://news.example.com:${port}/to-name`, ignoreRobots: true }));
  assert.equal(named.kind, "fetch.refused_address");
  assert.match(named.message, /router\.example\.com resolves to non-public address 192\.168\.1\.10$/);
  assert.deepEqual(pagePaths(s), ["/to-literal", "/to-name"]);
});

test("a connection that cannot be made (DNS that never answers) hits the connect timeout", async () => {
  const f = fetcherFor({ connectTimeoutMs: 300, totalTimeoutMs: 3000 }, { lookup: () => {} });
  const t0 = Date.now();
  const err = await failure(f.fetch({ url: "http://slow-dns.example.com/", allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.timeout");
  assert.equal(err.message, "fetch: http://slow-dns.example.com/: could not connect within 300ms");
  assert.ok(Date.now() - t0 < 2000);
});

test("a connection reset is retried like a 5xx", async () => {
  let n = 0;
  const s = await server((req, res) => {
    if (n++ === 0) req.socket.destroy();
    else res.writeHead(200).end("second time");
  });
  const f = fetcherFor({ retries: 1 });
  const res = await f.fetch({ url: `${s.url}/reset`, allowPrivate: true, ignoreRobots: true });
  assert.equal(res.body.toString(), "second time");
  assert.equal(f.stats().retries, 1);
  const always = await server((req) => req.socket.destroy());
  const err = await failure(fetcherFor({ retries: 1 }).fetch({ url: `${always.url}/reset`, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.network");
  assert.equal(err.message, `fetch: ${always.url}/reset: connection closed by the server (UND_ERR_SOCKET)`);
  assert.equal(always.requests.length, 2);
});

test("a caller's abort signal ends a hanging fetch at once", async () => {
  const s = await server(() => {});
  const ctl = new AbortController();
  setTimeout(() => ctl.abort(), 100);
  const t0 = Date.now();
  const err = await failure(fetcherFor({ totalTimeoutMs: 5000 }).fetch({ url: `${s.url}/hang`, allowPrivate: true, ignoreRobots: true, signal: ctl.signal }));
  assert.equal(err.message, `fetch: ${s.url}/hang: aborted`);
  assert.ok(Date.now() - t0 < 1500);
});

test("a refused connection is one clear line", async () => {
  const s = await server(() => {});
  const url = `${s.url}/x`;
  await s.close();
  const err = await failure(fetcherFor().fetch({ url, allowPrivate: true, ignoreRobots: true }));
  assert.equal(err.kind, "fetch.network");
  assert.equal(err.message, `fetch: ${url}: connection refused (ECONNREFUSED)`);
});
