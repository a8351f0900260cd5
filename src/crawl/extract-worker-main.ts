// Runs extractArticle off the main thread: Readability over a 200 KB page is CPU-bound, and the
// crawl should use both cores.
import { parentPort } from "node:worker_threads";
import { describeError, errorKind } from "../errors.ts";
import { extractArticle } from "./extract.ts";
import type { ExtractOptions } from "./types.ts";

interface Job {
  id: number;
  html: string;
  url: string;
  opts: ExtractOptions;
}

parentPort!.on("message", (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, article: extractArticle(job.html, job.url, job.opts) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, kind: errorKind(err), error: describeError(err) });
  }
});
