// Turn newly stored articles into events, mentions and quotes.
import { runClassify } from "../src/classify/classify-command.ts";
import type { Job } from "./job.ts";

export const classifyJob = (schedule: string): Job => ({
  name: "classify",
  schedule,
  async run({ db, log }) {
    const counts = await runClassify(db, log, {});
    // Articles that could not be classified are retried next run; the run is reported as failed.
    return { ok: counts.failed === 0, counts: { ...counts } };
  },
});
