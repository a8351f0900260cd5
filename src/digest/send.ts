// Sending over SMTP with nodemailer. SMTP_URL is a secret (it carries user:pass), so every error
// that leaves this file is redacted and sorted into one smtp.* kind with one readable line.
import { createHash, randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { WallwatchError } from "../errors.ts";

/** What one digest email says; the same for every recipient except To and Message-ID. */
export interface DigestMessage {
  subject: string;
  html: string;
  text: string;
  from: string;
  replyTo?: string;
  /** mailto: or http(s) URL for List-Unsubscribe. */
  unsubscribe?: string;
  /** ISO week, folded into the Message-ID. */
  week: string;
}

/** The nodemailer options for one recipient (Message-ID fresh per call). */
export function mailOptions(msg: DigestMessage, to: string[]) {
  const headers: Record<string, string> = {};
  if (msg.unsubscribe) {
    headers["List-Unsubscribe"] = `<${msg.unsubscribe}>`;
    // RFC 8058 one-click unsubscribe applies only to web URLs.
    if (/^https?:/i.test(msg.unsubscribe)) headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    from: msg.from,
    ...(msg.replyTo ? { replyTo: msg.replyTo } : {}),
    to: to.length ? to : "undisclosed-recipients:;",
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    messageId: messageIdFor(msg, to.join(",")),
    headers,
  };
}

/** <week.recipient-hash.random@from-domain>: unique, and says nothing about the reader. */
function messageIdFor(msg: DigestMessage, to: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(msg.from)?.[1] ?? "wallwatch.localhost";
  const who = createHash("sha256").update(to).digest("hex").slice(0, 10);
  return `<${msg.week}.${who}.${randomUUID()}@${domain}>`;
}

/** The full MIME message as bytes (for --out FILE.eml), built by nodemailer without sending. */
export async function buildMime(msg: DigestMessage, to: string[]): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await transport.sendMail(mailOptions(msg, to));
  return info.message as Buffer;
}

/** An open SMTP sender; `close` when done. */
export interface Mailer {
  /** Sends to one recipient; resolves to the Message-ID, rejects with a smtp.* WallwatchError. */
  send(msg: DigestMessage, to: string): Promise<string>;
  close(): void;
}

/** The secret-free form of SMTP_URL for messages: smtps://mail.example.com:465 */
export function describeSmtpUrl(smtpUrl: string): string {
  try {
    const u = new URL(smtpUrl);
    return `${u.protocol}//${u.host}`;
  } catch {
    return "SMTP_URL";
  }
}

/** Removes the SMTP credentials (raw and URL-decoded) and any user:pass@ from `text`. */
export function redactSecret(text: string, smtpUrl: string | undefined): string {
  let out = text;
  if (smtpUrl) {
    const secrets = [smtpUrl];
    try {
      const u = new URL(smtpUrl);
      for (const s of [u.password, u.username]) if (s) secrets.push(s, decodeURIComponent(s));
    } catch {
      // Not a URL: the whole string is still removed.
    }
    // Longest first, so the full URL goes before its parts; very short parts would eat ordinary words.
    for (const s of [...new Set(secrets)].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  }
  return out.replace(/(\w+:\/\/)[^\s/@]+@/g, "$1***@");
}

function transportOptions(smtpUrl: string) {
  let u: URL;
  try {
    u = new URL(smtpUrl);
  } catch {
    throw new WallwatchError("config.invalid", "digest: SMTP_URL is not a URL (smtp://user:pass@host:port or smtps://...)");
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") throw new WallwatchError("config.invalid", "digest: SMTP_URL must start with smtp:// or smtps://");
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    // smtps:// is TLS from the first byte; smtp:// upgrades with STARTTLS when offered, and
    // ?requireTLS=true refuses to send in clear when it is not.
    secure,
    requireTLS: u.searchParams.get("requireTLS") === "true",
    ...(u.username || u.password ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
}

/** Opens a mailer for SMTP_URL (the connection is made on the first send). */
export function createMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(transportOptions(smtpUrl));
  return {
    async send(msg, to) {
      const opts = mailOptions(msg, [to]);
      try {
        const info = await transport.sendMail(opts);
        if (info.rejected?.length) throw Object.assign(new Error(`recipient rejected: ${info.rejected.join(", ")}`), { code: "EENVELOPE" });
        return info.messageId || opts.messageId;
      } catch (err) {
        throw smtpError(err, smtpUrl, to);
      }
    },
    close: () => transport.close(),
  };
}

/** Sorts a nodemailer error into one smtp.* kind with a secret-free, one-line message. */
export function smtpError(err: unknown, smtpUrl: string, recipient: string): WallwatchError {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  const server = describeSmtpUrl(smtpUrl);
  const detail = redactSecret(String(e.response || e.message || err).split("\n")[0]!.trim(), smtpUrl);
  let w: WallwatchError;
  if (e.code === "EAUTH" || e.code === "ENOAUTH" || e.responseCode === 535) {
    w = new WallwatchError("smtp.auth", `smtp: ${server}: authentication refused (${detail})`);
  } else if (e.code === "EENVELOPE" || e.responseCode === 550 || e.responseCode === 553) {
    w = new WallwatchError("smtp.refused", `smtp: ${server}: recipient ${recipient} rejected (${detail})`);
  } else if (["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "ECONNREFUSED"].includes(e.code ?? "")) {
    w = new WallwatchError("smtp.unreachable", `smtp: ${server}: cannot connect (${detail})`);
  } else {
    w = new WallwatchError("smtp.refused", `smtp: ${server}: sending to ${recipient} failed (${detail})`);
  }
  return w;
}
