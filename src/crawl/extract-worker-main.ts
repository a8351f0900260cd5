// Runs extractPage off the main thread: decoding and Readability over a 200 KB page are
// CPU-bound, and the crawl should use both cores.
import { parentPort } from "node:worker_threads";
import { describeError, errorKind } from "../errors.ts";
import { extractPage, type PageInput } from "./extract-page.ts";

parentPort!.on("message", (job: { id: number; input: PageInput }) => {
  try {
    parentPort!.postMessage({ id: job.id, ok: true, result: extractPage(job.input) });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, kind: errorKind(err), error: describeError(err) });
  }
});
