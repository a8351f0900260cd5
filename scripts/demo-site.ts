// The offline demo's news sites: the bundled corpus (data/demo/corpus.yaml) served from one
// local server as several outlets, each publishing the way real ones do — RSS, Atom, JSON Feed,
// a Google News sitemap, an HTML listing page — with one outlet in GBK and one whose article
// text only appears after JavaScript runs.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { parse } from "yaml";
import { z } from "zod";

const corpusSchema = z.object({
  sources: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string(),
      kind: z.enum(["rss", "atom", "json", "sitemap", "listing"]),
      lang: z.string().default("en"),
      encoding: z.enum(["utf-8", "gbk"]).default("utf-8"),
      /** Article text is written into the page by a script (needs the browser). */
      render: z.boolean().default(false),
      timezone: z.string().optional(),
    }),
  ),
  articles: z.array(
    z.object({
      source: z.string(),
      slug: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string(),
      published: z.string(),
      byline: z.string().optional(),
      paragraphs: z.array(z.string()).min(1),
    }),
  ),
});
export type DemoCorpus = z.infer<typeof corpusSchema>;
type DemoSource = DemoCorpus["sources"][number];
type DemoArticle = DemoCorpus["articles"][number];

export function loadCorpus(file: string): DemoCorpus {
  const corpus = corpusSchema.parse(parse(readFileSync(file, "utf8")));
  for (const a of corpus.articles) {
    if (!corpus.sources.some((s) => s.id === a.source)) throw new Error(`demo corpus: article ${a.slug}: unknown source ${a.source}`);
  }
  return corpus;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function articlePage(src: DemoSource, a: DemoArticle): string {
  const charset = src.encoding === "gbk" ? "gbk" : "utf-8";
  const head = `<!doctype html><html lang="${src.lang}"><head><meta charset="${charset}"><title>${esc(a.title)} - ${esc(src.name)}</title>
<meta property="og:site_name" content="${esc(src.name)}"><meta property="article:published_time" content="${esc(a.published)}">
${a.byline ? `<meta name="author" content="${esc(a.byline)}">` : ""}</head><body>
<header><nav><a href="/${src.id}/">${esc(src.name)}</a> · <a href="/${src.id}/markets">Markets</a> · <a href="/${src.id}/tech">Tech</a></nav></header>`;
  const share = `<div class="share-bar"><a href="#">Share on Weibo</a> <a href="#">Share on WeChat</a> <a href="#">Email</a></div>`;
  const related = `<aside class="related-articles"><h3>Related articles</h3><ul><li><a href="/${src.id}/">More platform news</a></li></ul></aside>`;
  if (src.render) {
    // The text ships as data and is written into the page by a script, as single-page apps do.
    const data = JSON.stringify({ title: a.title, byline: a.byline ?? "", paragraphs: a.paragraphs }).replace(/</g, "\\u003c");
    return `${head}<main id="app"><p>Loading…</p></main>
<script>const d=${data};const m=document.getElementById("app");m.innerHTML="";const art=document.createElement("article");
const h=document.createElement("h1");h.textContent=d.title;art.appendChild(h);if(d.byline){const b=document.createElement("p");b.className="byline";b.textContent="By "+d.byline;art.appendChild(b);}
for(const t of d.paragraphs){const p=document.createElement("p");p.textContent=t;art.appendChild(p);}m.appendChild(art);</script></body></html>`;
  }
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n");
  return `${head}<main><article><h1>${esc(a.title)}</h1>${a.byline ? `<p class="byline">By ${esc(a.byline)}</p>` : ""}
${share}<time datetime="${esc(a.published)}">${esc(a.published.slice(0, 10))}</time>
${body}
<p class="photo-credit">Photo: ${esc(src.name)} staff</p></article>${related}</main>
<footer>© ${esc(src.name)}. All rights reserved.</footer></body></html>`;
}

function feed(src: DemoSource, items: DemoArticle[], base: string): { type: string; body: string } {
  const link = (a: DemoArticle) => `${base}/${src.id}/${a.slug}.html`;
  const iso = (a: DemoArticle) => new Date(a.published).toISOString();
  switch (src.kind) {
    case "rss":
      return {
        type: "application/rss+xml",
        body: `<?xml version="1.0" encoding="${src.encoding === "gbk" ? "GBK" : "UTF-8"}"?><rss version="2.0"><channel><title>${esc(src.name)}</title><link>${base}/${src.id}/</link>
${items.map((a) => `<item><title><![CDATA[${a.title}]]></title><link>${link(a)}?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink="false">${src.id}-${a.slug}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate></item>`).join("\n")}
</channel></rss>`,
      };
    case "atom":
      return {
        type: "application/atom+xml",
        body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${base}/${src.id}/"><title>${esc(src.name)}</title><link href="${base}/${src.id}/"/><id>urn:demo:${src.id}</id><updated>${items[0] ? iso(items[0]) : "2000-01-01T00:00:00.000Z"}</updated>
${items.map((a) => `<entry><title type="html">${esc(esc(a.title))}</title><link rel="alternate" href="${a.slug}.html"/><id>urn:demo:${src.id}:${a.slug}</id><published>${iso(a)}</published><updated>${iso(a)}</updated></entry>`).join("\n")}
</feed>`,
      };
    case "json":
      return {
        type: "application/feed+json",
        body: JSON.stringify({
          version: "https://jsonfeed.org/version/1.1",
          title: src.name,
          home_page_url: `${base}/${src.id}/`,
          items: items.map((a) => ({ id: `${src.id}-${a.slug}`, url: link(a), title: a.title, date_published: iso(a) })),
        }),
      };
    case "sitemap":
      return {
        type: "application/xml",
        body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items.map((a) => `<url><loc>${link(a)}</loc><news:news><news:publication><news:name>${esc(src.name)}</news:name><news:language>${src.lang}</news:language></news:publication><news:publication_date>${iso(a)}</news:publication_date><news:title>${esc(a.title)}</news:title></news:news></url>`).join("\n")}
</urlset>`,
      };
    case "listing":
      return {
        type: "text/html; charset=utf-8",
        body: `<!doctype html><html><head><title>${esc(src.name)}</title></head><body><h1>${esc(src.name)}</h1><ul class="news-list">
${items.map((a) => `<li><a class="headline" href="/${src.id}/${a.slug}.html">${esc(a.title)}</a> <span>${a.published.slice(0, 10)}</span></li>`).join("\n")}
</ul><footer><a href="/${src.id}/about.html">About</a></footer></body></html>`,
      };
  }
}

/** The path of each source's feed (or listing page) on the demo server. */
export function feedPath(src: DemoSource): string {
  return `/${src.id}/${src.kind === "listing" ? "index.html" : src.kind === "sitemap" ? "sitemap-news.xml" : src.kind === "json" ? "feed.json" : "feed.xml"}`;
}

export interface DemoSiteOptions {
  /** Serve only articles published by this instant, so a replay can show the news week by week. */
  visibleUntil?: () => Date;
}

export async function startDemoSite(corpus: DemoCorpus, opts: DemoSiteOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  let base = "";
  const visible = (a: DemoArticle) => !opts.visibleUntil || new Date(a.published) <= opts.visibleUntil();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/robots.txt") {
      res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
      return;
    }
    for (const src of corpus.sources) {
      const items = corpus.articles.filter((a) => a.source === src.id && visible(a)).sort((x, y) => y.published.localeCompare(x.published));
      const send = (type: string, text: string) => {
        const gbk = src.encoding === "gbk";
        const body = gbk ? iconv.encode(text, "gbk") : Buffer.from(text);
        // The GBK outlet declares its charset only inside the document, as many older Chinese sites do.
        res.writeHead(200, { "content-type": gbk ? type.split(";")[0]! : type.includes("charset") ? type : `${type}; charset=utf-8` }).end(body);
      };
      if (path === feedPath(src)) {
        const f = feed(src, items, base);
        send(f.type, f.body);
        return;
      }
      const a = items.find((x) => path === `/${src.id}/${x.slug}.html`);
      if (a) {
        send("text/html", articlePage(src, a));
        return;
      }
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  };
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
