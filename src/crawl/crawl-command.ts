// `wallwatch crawl [--source NAME]... [--limit N]`
import type { Command } from "../args.ts";
import { parseCommandArgs } from "../args.ts";
import { loadSources } from "../config.ts";
import { closeDb, openDb } from "../db/client.ts";
import { WallwatchError } from "../errors.ts";
import { runCrawl } from "./pipeline.ts";
import { progressBar } from "./progress.ts";

const help = `usage: wallwatch crawl [--source NAME]... [--limit N]

Discovers new articles in the configured sources (data/sources.yaml, or 'sources' in the config),
fetches, extracts and stores them. Sources in backoff after failures are skipped unless named
with --source. Exit 1 when any source failed.`;

export const crawl: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs("crawl", argv, {
    source: { type: "string", multiple: true },
    limit: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.out(`${help}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new WallwatchError("input.invalid", `crawl: --limit '${values.limit}' is not a positive whole number`);
  }
  const config = ctx.config();
  const specs = loadSources(config.sourcesFile);
  const db = openDb(config.db);
  const bar = progressBar();
  try {
    const s = await runCrawl(db, config, specs, ctx.log, { only: values.source, limit, onProgress: bar.update });
    bar.done();
    ctx.log.info("crawl finished", {
      run: s.runId,
      sourcesOk: s.sourcesOk,
      sourcesFailed: s.sourcesFailed,
      sourcesSkipped: s.sourcesSkipped,
      newArticles: s.newArticles,
      nearDuplicates: s.nearDuplicates,
      skippedDuplicates: s.skippedSeen,
      articlesFailed: s.articlesFailed,
      bytes: s.bytes,
      seconds: Number((s.ms / 1000).toFixed(1)),
    });
    if (ctx.isTTY) {
      ctx.out(
        `sources ok ${s.sourcesOk}, failed ${s.sourcesFailed}, skipped ${s.sourcesSkipped} · new articles ${s.newArticles} ` +
          `(${s.nearDuplicates} near-duplicates) · already stored ${s.skippedSeen} · ${(s.bytes / 1e6).toFixed(1)} MB · ${(s.ms / 1000).toFixed(1)} s\n`,
      );
      for (const [name, err] of Object.entries(s.failures)) ctx.out(`  failed: ${name}: ${err}\n`);
    }
    return s.sourcesFailed > 0 ? 1 : 0;
  } finally {
    bar.done();
    closeDb(db);
  }
};
