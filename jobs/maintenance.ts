// Weekly upkeep: drop raw HTML past its retention, let SQLite refresh its statistics, and fold
// the WAL back into the main file so it does not grow without bound.
import { pruneRawPages } from "../src/db/health.ts";
import type { Job } from "./job.ts";

export const maintenanceJob = (schedule: string): Job => ({
  name: "maintenance",
  schedule,
  async run({ db, config }) {
    // keepRawHtmlDays 0 means raw HTML is not kept at all, so any left over goes.
    const pruned = pruneRawPages(db, config.crawl.keepRawHtmlDays);
    db.$client.pragma("optimize");
    const [cp] = db.$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
    return { ok: true, counts: { rawPagesPruned: pruned, walPagesCheckpointed: cp?.checkpointed ?? 0 } };
  },
});
