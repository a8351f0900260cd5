// A small news site for crawl tests: an RSS feed (with ETag/304 support) and article pages,
// served from a real local HTTP server.
import { writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { stringify } from "yaml";
import { type Config, loadConfig } from "../../src/config.ts";
import { startServer, type TestServer } from "./http.ts";

export interface SitePage {
  path: string;
  title: string;
  /** Paragraphs of the article body. */
  paragraphs: string[];
  published?: string;
}

/** A paragraph long enough that Readability treats the page as an article. */
export function filler(topic: string, n = 4): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `${topic} paragraph ${i + 1}: the platforms described the arrangement in detail, explaining how merchants and users ` +
      `would notice the change over the coming weeks, what it means for competition between the largest internet groups, ` +
      `and why analysts have followed the long process of opening walled gardens to one another so closely.`,
  );
}

export function articleHtml(p: SitePage): string {
  const body = p.paragraphs.map((t) => `<p>${t}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.title}</title>
${p.published ? `<meta property="article:published_time" content="${p.published}">` : ""}
</head><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<article><h1>${p.title}</h1>${body}</article><footer>© Example News</footer></body></html>`;
}

export function rssFeed(base: string, pages: { link: string; title: string; published?: string }[]): string {
  const items = pages
    .map(
      (p) =>
        `<item><title>${p.title}</title><link>${p.link.startsWith("http") ? p.link : base + p.link}</link><guid>${p.link}</guid>${
          p.published ? `<pubDate>${new Date(p.published).toUTCString()}</pubDate>` : ""
        }</item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News</title><link>${base}/</link>${items}</channel></rss>`;
}

export interface Site extends TestServer {
  /** Article page fetches so far (paths under /a/). */
  articleFetches(): string[];
}

/** Serves `pages` and a feed at /feed.xml listing `feedLinks` (default: every page). */
export async function startSite(
  pages: SitePage[],
  opts: { feedLinks?: { link: string; title: string }[] | ((base: string) => { link: string; title: string }[]); extra?: (req: IncomingMessage, res: ServerResponse) => boolean } = {},
): Promise<Site> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  let base = "";
  const server = await startServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (opts.extra?.(req, res)) return;
    if (path === "/robots.txt") {
      res.writeHead(404).end();
      return;
    }
    if (path === "/feed.xml") {
      const links = typeof opts.feedLinks === "function" ? opts.feedLinks(base) : opts.feedLinks;
      const body = rssFeed(base, links ?? pages.map((p) => ({ link: p.path, title: p.title, published: p.published })));
      const etag = `"v-${body.length}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(body);
      return;
    }
    const page = byPath.get(path);
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml(page));
  });
  base = server.url;
  return Object.assign(server, {
    articleFetches: () => server.requests.map((r) => r.path).filter((p) => p.startsWith("/a/")),
  });
}

/** Writes a config + sources file into `dir` and loads it. */
export function writeCrawlConfig(
  dir: string,
  sources: Record<string, unknown>[],
  crawl: Record<string, unknown> = {},
): { config: Config; configPath: string; sourcesPath: string } {
  const sourcesPath = join(dir, "sources.yaml");
  writeFileSync(sourcesPath, stringify({ sources }));
  const configPath = join(dir, "wallwatch.config.yaml");
  writeFileSync(
    configPath,
    stringify({
      db: join(dir, "test.db"),
      sources: sourcesPath,
      crawl: { minDelayMs: 0, retries: 0, workers: 0, connectTimeoutMs: 2000, totalTimeoutMs: 5000, stallTimeoutMs: 2000, ...crawl },
    }),
  );
  return { config: loadConfig({ configPath, env: {} }), configPath, sourcesPath };
}
