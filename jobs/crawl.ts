// Crawl every due source; classify follows (see `followedBy`).
import { loadSources } from "../src/config.ts";
import { runCrawl } from "../src/crawl/pipeline.ts";
import type { Job } from "./job.ts";

export const crawlJob = (schedule: string): Job => ({
  name: "crawl",
  schedule,
  followedBy: ["classify"],
  async run({ db, config, log, signal }) {
    const s = await runCrawl(db, config, loadSources(config.sourcesFile), log, { signal });
    const { failures: _f, ...counts } = s;
    // A crawl where only some sources failed still did its job; health reports the sources.
    return { ok: s.sourcesOk > 0 || s.sourcesFailed === 0, counts };
  },
});
