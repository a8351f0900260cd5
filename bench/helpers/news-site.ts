// A generated news site for the crawl benchmark: `feeds` RSS feeds of `perFeed` items each and one
// article page per item, 100–300 KB like real news pages (most of it markup, scripts and
// navigation; a few KB of article text, different on every page so near-duplicate detection has
// nothing to link). Feeds and pages carry ETags and answer 304 to a matching If-None-Match.
// Run as a child process (bench/crawl.ts forks it) so the server's CPU is not billed to the crawl.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface NewsSiteOptions {
  feeds: number;
  perFeed: number;
}

/** A small seeded PRNG (mulberry32): pages are the same on every request and every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  "platform platforms payment wallet merchants users interoperability regulator competition market share " +
  "Alibaba Tencent ByteDance Meituan JD Pinduoduo Douyin WeChat Taobao Alipay UnionPay MIIT SAMR " +
  "announced opened blocked links mini-programs traffic advertising logistics cooperation analysts said " +
  "quarter growth revenue rivals ecosystem walled gardens access services integration agreement pilot " +
  "the a of to and in on for with as by from that this which will would could after before during"
).split(" ");

function sentence(rand: () => number): string {
  const n = 12 + Math.floor(rand() * 18);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]!);
  const s = out.join(" ");
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  const n = 3 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => sentence(rand)).join(" ");
}

// Shared page furniture, built once: the bulk of a real page's bytes is not the article.
const furniture = (() => {
  const rand = prng(7);
  const css = Array.from({ length: 400 }, (_, i) => `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 2654435761).toString(16).slice(0, 6).padEnd(6, "0")}}`).join("");
  const nav = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("");
  const related = Array.from({ length: 40 }, (_, i) => `<li><a href="/a/r${i}.html">${sentence(rand)}</a></li>`).join("");
  // State blob padding, pre-encoded once and sliced per page (no quotes or backslashes, so any cut is a valid string).
  let data = "";
  while (data.length < 320_000) data += `${Math.floor(rand() * 1e9).toString(36)},`;
  return { css, nav, related, data: Buffer.from(data) };
})();

export function articlePath(id: number): string {
  return `/a/${id}.html`;
}

function publishedOf(id: number): Date {
  return new Date(Date.UTC(2025, 0, 1) + id * 3_600_000);
}

function titleOf(id: number): string {
  return `Story ${id}: ${sentence(prng(id * 31 + 1)).slice(0, 60)}`;
}

/** The page as the server sends it: generated head and text, then a slice of the shared padding. */
export function articlePage(id: number): Buffer {
  const rand = prng(id + 1000);
  const target = 100_000 + Math.floor(rand() * 200_000);
  const text = Array.from({ length: 10 + Math.floor(rand() * 10) }, () => `<p>${paragraph(rand)}</p>`).join("\n");
  const title = titleOf(id);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench News</title>
<meta property="article:published_time" content="${publishedOf(id).toISOString()}">
<meta property="og:site_name" content="Bench News"><style>${furniture.css}</style></head><body>
<header><nav><ul>${furniture.nav}</ul></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Reporter ${id % 50}</p>
<time datetime="${publishedOf(id).toISOString()}">${publishedOf(id).toDateString()}</time>
${text}</article>
<aside><h2>Related</h2><ul>${furniture.related}</ul></aside></main>
<footer>© Bench News</footer><script>window.__DATA__="`;
  const tail = Buffer.from(`";</script></body></html>`);
  const headBytes = Buffer.from(head);
  // Pad with script data up to the target size, as real pages ship state blobs.
  const room = Math.max(0, Math.min(furniture.data.length, target - headBytes.length - tail.length));
  return Buffer.concat([headBytes, furniture.data.subarray(0, room), tail]);
}

export function feedXml(base: string, feed: number, perFeed: number): string {
  const items: string[] = [];
  for (let i = 0; i < perFeed; i++) {
    const id = feed * perFeed + i;
    items.push(
      `<item><title>${titleOf(id)}</title><link>${base}${articlePath(id)}</link><guid>${base}${articlePath(id)}</guid><pubDate>${publishedOf(id).toUTCString()}</pubDate></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed ${feed}</title><link>${base}/</link>${items.join("")}</channel></rss>`;
}

/** Starts the site on 127.0.0.1, port 0. */
export async function startNewsSite(opts: NewsSiteOptions): Promise<{ server: Server; url: string }> {
  let base = "";
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const send = (etag: string, type: string, body: () => string | Buffer) => {
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      const out = body();
      const b = typeof out === "string" ? Buffer.from(out) : out;
      res.writeHead(200, { "content-type": type, "content-length": b.length, etag }).end(b);
    };
    if (path === "/robots.txt") return send('"r1"', "text/plain", () => "User-agent: *\nDisallow: /private/\n");
    const feed = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (feed && Number(feed[1]) < opts.feeds) {
      return send(`"f${feed[1]}"`, "application/rss+xml; charset=utf-8", () => feedXml(base, Number(feed[1]), opts.perFeed));
    }
    const art = /^\/a\/(\d+)\.html$/.exec(path);
    if (art && Number(art[1]) < opts.feeds * opts.perFeed) return send(`"a${art[1]}"`, "text/html; charset=utf-8", () => articlePage(Number(art[1])));
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: base };
}

// As a forked child: start, tell the parent the URL, stop when the parent goes away.
if (process.send && process.argv[2] === "--serve") {
  const { url } = await startNewsSite({ feeds: Number(process.argv[3]), perFeed: Number(process.argv[4]) });
  process.send({ url });
  process.on("disconnect", () => process.exit(0));
}
