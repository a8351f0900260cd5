// The digest's edges: pick the week, build once, then send to each recipient exactly once (the
// `digests` table remembers), or write the message to a file for a dry run.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { type Command, parseCommandArgs } from "../args.ts";
import type { Config } from "../config.ts";
import { closeDb, type Db, openDb } from "../db/client.ts";
import { getDigestSend, recordDigestFailed, recordDigestSent } from "../db/digests.ts";
import { describeError, errorKind, WallwatchError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { buildDigest, type DigestData } from "./build.ts";
import { digestSubject } from "./format.ts";
import { renderHtml } from "./html.ts";
import { buildMime, createMailer, type DigestMessage, redactSecret } from "./send.ts";
import { renderText } from "./text.ts";
import { formatWeek, type IsoWeek, lastCompleteWeek, parseWeek } from "./week.ts";

export interface RunDigestOptions {
  /** Week to send (default: the last complete week in digest.timezone). */
  week?: IsoWeek | string;
  /** Recipients (default: digest.to). */
  to?: string[];
  /** Send again to recipients already recorded as sent. */
  force?: boolean;
  now?: Date;
}

export interface RunDigestResult {
  sent: number;
  failed: number;
  /** Recipients that already had this week's digest. */
  skipped: number;
}

/** The week asked for, or the last complete one; a malformed week is input.invalid. */
export function resolveWeek(week: IsoWeek | string | undefined, timezone: string, now = new Date()): IsoWeek {
  if (week === undefined) return lastCompleteWeek(now, timezone);
  if (typeof week !== "string") return week;
  const parsed = parseWeek(week);
  if (!parsed) throw new WallwatchError("input.invalid", `digest: --week '${week}' is not an ISO week (e.g. 2025-W11)`);
  return parsed;
}

/** The digest rendered both ways, ready for any recipient. */
export function composeDigest(data: DigestData, config: Pick<Config, "digest">): DigestMessage {
  const { from, replyTo, unsubscribe } = config.digest;
  return {
    week: data.week,
    subject: digestSubject(data),
    html: renderHtml(data, { unsubscribe }),
    text: renderText(data, { unsubscribe }),
    from,
    ...(replyTo ? { replyTo } : {}),
    unsubscribe,
  };
}

/** Sends the week's digest to every recipient that has not had it; failures are recorded for the next run. */
export async function runDigest(db: Db, config: Config, log: Logger, opts: RunDigestOptions = {}): Promise<RunDigestResult> {
  const smtpUrl = config.digest.smtpUrl;
  if (!smtpUrl) throw new WallwatchError("config.missing", "digest: SMTP_URL is not set; use --dry-run to write the digest to a file");
  const recipients = [...new Set(opts.to ?? config.digest.to)];
  if (recipients.length === 0) throw new WallwatchError("config.missing", "digest: no recipients: set digest.to, WALLWATCH_DIGEST_TO or --to");
  const week = resolveWeek(opts.week, config.digest.timezone, opts.now);
  const label = formatWeek(week);
  const result: RunDigestResult = { sent: 0, failed: 0, skipped: 0 };

  const due = recipients.filter((to) => opts.force || getDigestSend(db, label, to)?.status !== "sent");
  result.skipped = recipients.length - due.length;
  if (due.length === 0) {
    log.info("digest already sent", { week: label, skipped: result.skipped });
    return result;
  }

  const msg = composeDigest(buildDigest(db, config, week), config);
  const mailer = createMailer(smtpUrl);
  // A server that is down or refuses our login will refuse every recipient: stop trying after one.
  let fatal: string | undefined;
  try {
    for (const to of due) {
      if (fatal) {
        recordDigestFailed(db, label, to, fatal, opts.now);
        result.failed++;
        continue;
      }
      try {
        const messageId = await mailer.send(msg, to);
        recordDigestSent(db, label, to, messageId, opts.now);
        result.sent++;
        log.info("digest sent", { week: label, to, messageId });
      } catch (err) {
        const line = redactSecret(describeError(err), smtpUrl);
        recordDigestFailed(db, label, to, line, opts.now);
        result.failed++;
        log.warn("digest not sent", { week: label, to, error: line });
        const kind = errorKind(err);
        if (kind === "smtp.unreachable" || kind === "smtp.auth") fatal = line;
      }
    }
  } finally {
    mailer.close();
  }
  log.info("digest finished", { week: label, ...result });
  return result;
}

export interface WriteDigestOptions {
  week?: IsoWeek | string;
  now?: Date;
}

/** Writes the digest to `path`: the HTML part for .html (or anything else), the whole MIME message for .eml. */
export async function writeDigestFile(
  db: Db,
  config: Config,
  log: Logger,
  path: string,
  opts: WriteDigestOptions = {},
): Promise<{ path: string; subject: string; events: number }> {
  const week = resolveWeek(opts.week, config.digest.timezone, opts.now);
  const data = buildDigest(db, config, week);
  const msg = composeDigest(data, config);
  const body = /\.eml$/i.test(path) ? await buildMime(msg, config.digest.to) : msg.html;
  const out = resolve(path);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, body);
  } catch (err) {
    throw new WallwatchError("input.unreadable", `digest: cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  log.info("digest written", { week: data.week, path: out, events: data.newEventCount });
  return { path: out, subject: msg.subject, events: data.newEventCount };
}

const USAGE = `usage: wallwatch digest [--week 2025-W11] [--to ADDR]... [--dry-run] [--out FILE.html|FILE.eml] [--force]

Builds the weekly digest and sends it to each recipient once (recorded in the database).
  --week W     ISO week to send (default: the last complete week in digest.timezone)
  --to ADDR    recipient (repeatable; default: digest.to / WALLWATCH_DIGEST_TO)
  --dry-run    write the message to a file instead of sending (default digest-<week>.html)
  --out FILE   file to write: .html is the HTML part, .eml the whole message; implies --dry-run
  --force      send again to recipients who already had this week's digest
`;

const email = z.string().email();

/** `wallwatch digest`: exit 0 when everything due was sent, 1 when a send failed, 2 on bad usage. */
export const digest: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs(
    "digest",
    argv,
    {
      help: { type: "boolean", short: "h" },
      week: { type: "string" },
      to: { type: "string", multiple: true },
      "dry-run": { type: "boolean" },
      out: { type: "string" },
      force: { type: "boolean" },
    },
    false,
  );
  if (values.help) {
    ctx.out(USAGE);
    return 0;
  }
  for (const to of values.to ?? []) {
    if (!email.safeParse(to).success) throw new WallwatchError("input.invalid", `digest: --to '${to}' is not an email address`);
  }
  const config = ctx.config();
  // Checked before opening the database, so a typo costs nothing.
  const week = resolveWeek(values.week, config.digest.timezone);
  const db = openDb(config.db);
  try {
    if (values["dry-run"] || values.out) {
      const path = values.out ?? `digest-${formatWeek(week)}.html`;
      const r = await writeDigestFile(db, config, ctx.log, path, { week });
      ctx.out(`${r.path}\n${r.subject}\n`);
      return 0;
    }
    const r = await runDigest(db, config, ctx.log, { week, ...(values.to ? { to: values.to } : {}), force: Boolean(values.force) });
    ctx.out(`digest ${formatWeek(week)}: ${r.sent} sent, ${r.failed} failed, ${r.skipped} already sent\n`);
    return r.failed > 0 ? 1 : 0;
  } finally {
    closeDb(db);
  }
};
