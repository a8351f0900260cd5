// Send last week's digest to every recipient that has not had it (exactly once per week and recipient).
import { runDigest } from "../src/digest/command.ts";
import type { Job } from "./job.ts";

export const digestJob = (schedule: string): Job => ({
  name: "digest",
  schedule,
  async run({ db, config, log }) {
    if (!config.digest.smtpUrl || config.digest.to.length === 0) {
      log.warn("digest not sent: set SMTP_URL and digest.to (or WALLWATCH_DIGEST_TO)");
      return { ok: true, counts: { sent: 0, failed: 0, skipped: 0 } };
    }
    const r = await runDigest(db, config, log, {});
    return { ok: r.failed === 0, counts: { ...r } };
  },
});
