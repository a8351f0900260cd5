// Everything CPU-bound about one fetched page — charset decoding, Readability, fingerprints — in
// one pure step, so the crawl can run it in worker threads and keep the main thread for I/O and
// SQLite.
import { decodeBody } from "./charset.ts";
import { extractArticle } from "./extract.ts";
import { contentHash } from "./near-duplicates.ts";
import { simhash } from "./simhash.ts";
import type { ExtractedArticle, ExtractOptions } from "./types.ts";

export interface PageInput {
  /** Raw response bytes (decoded here), or HTML already decoded (from the browser). */
  body: Uint8Array | string;
  contentType?: string;
  /** Final URL of the page. */
  url: string;
  opts: ExtractOptions;
  /** Return the decoded HTML too (raw pages are kept for re-extraction). */
  keepHtml?: boolean;
}

export interface PageResult {
  /** Null when the page holds no article text. */
  article: ExtractedArticle | null;
  /** Fingerprints of the article text (null without an article). */
  contentHash: string | null;
  simhash: string | null;
  html?: string;
}

export function extractPage(input: PageInput): PageResult {
  const html =
    typeof input.body === "string"
      ? input.body
      : decodeBody(Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength), input.contentType, "html").text;
  const article = extractArticle(html, input.url, input.opts);
  return {
    article,
    contentHash: article ? contentHash(article.text) : null,
    simhash: article ? simhash(article.text) : null,
    ...(input.keepHtml ? { html } : {}),
  };
}
