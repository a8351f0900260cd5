// The weekly digest end to end: built from a seeded database, sent over a real SMTP exchange
// (smtp-server on 127.0.0.1), parsed back with mailparser, and recorded exactly once.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { type Config, loadConfig } from "../src/config.ts";
import type { Db } from "../src/db/client.ts";
import { getDigestSend } from "../src/db/digests.ts";
import { buildDigest } from "../src/digest/build.ts";
import { digest, runDigest, writeDigestFile } from "../src/digest/command.ts";
import { renderHtml } from "../src/digest/html.ts";
import { renderText } from "../src/digest/text.ts";
import { parseWeek } from "../src/digest/week.ts";
import { WallwatchError } from "../src/errors.ts";
import { memoryLogger } from "../src/log.ts";
import { INJECTED_SITE, INJECTED_TITLE, week11 } from "./fixtures/digest/week-2025-w11.ts";
import { closeDb, openTestDb } from "./helpers/db.ts";
import { seedEvents } from "./helpers/seed-events.ts";

const SECRET = "s3cr3t-Pa55word";
const W11 = parseWeek("2025-W11")!;
const SUMMARIES = [
  "Taobao accepts WeChat Pay at checkout for all merchants.",
  "Pinduoduo adds UnionPay QR code payments.",
  "Douyin stops blocking Taobao product links in videos.",
  "MIIT orders large platforms to stop blocking each other's links.",
];

interface Smtp {
  url: (auth?: string) => string;
  messages: { from: string; to: string[]; secure: boolean; mail: ParsedMail; raw: string }[];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1:0 keeping what it receives. */
async function startSmtp(opts: Partial<SMTPServerOptions> = {}): Promise<Smtp> {
  const messages: Smtp["messages"] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (mail) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              secure: session.secure,
              mail,
              raw,
            });
            cb();
          },
          (err) => cb(err),
        );
      });
    },
    ...opts,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  const scheme = opts.secure ? "smtps" : "smtp";
  return {
    url: (auth) => `${scheme}://${auth ? `${auth}@` : ""}127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: bound, then released. */
async function deadPort(): Promise<number> {
  const s = await startSmtp();
  const port = Number(new URL(s.url()).port);
  await s.close();
  return port;
}

let dir: string;
let base: Config;

function configWith(smtpUrl: string | undefined, to: string[]): Config {
  return {
    ...base,
    digest: {
      ...base.digest,
      to,
      from: "wallwatch <digest@wallwatch.example>",
      replyTo: "editor@wallwatch.example",
      unsubscribe: "https://wallwatch.example/unsubscribe?u=1",
      timezone: "UTC",
      smtpUrl,
    },
  };
}

function seededDb(): Db {
  const db = openTestDb();
  seedEvents(db, week11);
  return db;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "wallwatch-digest-"));
  base = loadConfig({ env: {}, cwd: dir });
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("building the digest of 2025-W11", () => {
  test("an event's line is its first report's sentence without the wire dateline; the stored summary when there is none", () => {
    const db = seededDb();
    const sql = db.$client;
    const first = sql.prepare("SELECT m.event_id AS eventId FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.evidence = ? ORDER BY a.fetched_at, a.id LIMIT 1").get(SUMMARIES[0]) as { eventId: number };
    sql.prepare("UPDATE mentions SET evidence = ? WHERE event_id = ?").run("HANGZHOU, March 11 - Taobao began accepting WeChat Pay from all merchants on Tuesday.", first.eventId);
    const pay = buildDigest(db, base, W11).groups[0]!.events;
    assert.equal(pay[0]!.summary, "Taobao began accepting WeChat Pay from all merchants on Tuesday.");
    sql.prepare("UPDATE mentions SET evidence = '' WHERE event_id = ?").run(first.eventId);
    assert.equal(buildDigest(db, base, W11).groups[0]!.events[0]!.summary, SUMMARIES[0]);
    closeDb(db);
  });

  test("groups new events by type in the fixed order, ranked by independent sources", () => {
    const db = seededDb();
    const d = buildDigest(db, base, W11);
    closeDb(db);
    assert.equal(d.week, "2025-W11");
    assert.equal(d.from, "2025-03-10");
    assert.equal(d.to, "2025-03-16");
    assert.equal(d.newEventCount, 5);
    assert.deepEqual(
      d.groups.map((g) => g.type),
      ["payment", "link_access", "regulation", "dispute"],
    );
    const pay = d.groups[0]!.events;
    assert.deepEqual(
      pay.map((e) => e.summary),
      [SUMMARIES[0], SUMMARIES[1]],
    );
    // Four mentions, but the syndicated copy is not an independent source.
    assert.equal(pay[0]!.independentSources, 3);
    assert.deepEqual(
      pay[0]!.links.map((l) => l.outlet),
      ["Caixin Global", "South China Morning Post", "36Kr"],
    );
    assert.deepEqual(
      d.developing.map((e) => e.summary),
      ["JD.com runs its store as a WeChat mini-program."],
    );
    assert.deepEqual(
      d.pairs.map((p) => `${p.a}-${p.b}`),
      ["Alibaba-ByteDance", "Alibaba-Meituan", "Alibaba-Tencent", "Pinduoduo-UnionPay"],
    );
    assert.deepEqual(
      d.quotes.map((q) => q.speaker),
      ["Li Chengdong", "Zhang Yi"],
    );
    assert.equal(d.chart.length, 12);
    assert.equal(d.chart.at(-1)!.week, "2025-W11");
    assert.equal(d.chart.at(-1)!.total, 5);
    assert.equal(d.chart.find((w) => w.week === "2025-W09")!.counts.service, 1);
    assert.equal(d.health.articlesThisWeek, 11);
    assert.equal(d.health.articlesLastWeek, 2);
    assert.deepEqual(
      d.health.failingSources.map((s) => s.name),
      ["SCMP", "TechNode"],
    );
    assert.match(d.health.failingSources[1]!.reason, /empty_feed: 200 with no items/);
    assert.deepEqual(d.health.failingJobs, [{ job: "classify", failures: 3 }]);
    assert.equal(d.health.crawlRuns, 3);
    assert.equal(d.health.crawlRunsFailed, 1);
  });

  test("parties link to the entity page when a base URL is configured", () => {
    const db = seededDb();
    const d = buildDigest(db, { ...base, digest: { ...base.digest, baseUrl: "https://ww.example/ui/" } }, W11);
    closeDb(db);
    assert.deepEqual(d.groups[0]!.events[0]!.parties, [
      { name: "Taobao", url: "https://ww.example/ui/entities/Taobao" },
      { name: "WeChat Pay", url: "https://ww.example/ui/entities/WeChat%20Pay" },
    ]);
    const html = renderHtml(d);
    assert.ok(html.includes('href="https://ww.example/ui/entities/WeChat%20Pay"'));
    assert.ok(!html.includes("<script"), "markup in a link URL stays inside the attribute, encoded");
  });

  test("the text part carries every section and the event date at its precision", () => {
    const db = seededDb();
    const text = renderText(buildDigest(db, base, W11), { unsubscribe: "mailto:u@example.test" });
    closeDb(db);
    for (const s of [...SUMMARIES, "STILL DEVELOPING", "PAIRS THAT MOVED", "WHO SAID WHAT", "CRAWLER HEALTH", "LAST 12 WEEKS"]) assert.ok(text.includes(s), s);
    assert.match(text, /10 March 2025 · 3 sources/);
    assert.match(text, /March 2025 · 1 source\b/);
    assert.match(text, /Job classify: failed 3 times in a row/);
    assert.match(text, /Alibaba ↔ Tencent: 1 new event: payments/);
    assert.match(text, /Li Chengdong \(analyst, Haitun Think Tank\): “This is the biggest crack/);
    // A javascript: URL is shown in text but never becomes a link in HTML (see the render test).
    assert.ok(text.includes(INJECTED_TITLE));
  });
});

describe("sending over SMTP", () => {
  test("a real exchange with auth: subject, both parts, recipients, headers; then exactly once, and --force resends", async () => {
    const smtp = await startSmtp({
      authOptional: false,
      onAuth(auth, _session, cb) {
        if (auth.username === "digest" && auth.password === SECRET) cb(null, { user: "digest" });
        else cb(new Error("Invalid username or password"));
      },
    });
    const db = seededDb();
    const log = memoryLogger();
    const config = configWith(smtp.url(`digest:${SECRET}`), ["a@example.test", "b@example.test"]);
    try {
      const first = await runDigest(db, config, log, { week: "2025-W11" });
      assert.deepEqual(first, { sent: 2, failed: 0, skipped: 0 });
      assert.equal(smtp.messages.length, 2);
      const m = smtp.messages[0]!;
      assert.deepEqual(m.to, ["a@example.test"]);
      assert.equal(m.from, "digest@wallwatch.example");
      assert.equal(m.mail.subject, "wallwatch · 2025-W11 · 5 new interconnection events");
      assert.equal(m.mail.from?.value[0]?.address, "digest@wallwatch.example");
      assert.equal(m.mail.replyTo?.value[0]?.address, "editor@wallwatch.example");
      assert.match(m.raw, /^List-Unsubscribe: <https:\/\/wallwatch\.example\/unsubscribe\?u=1>/im);
      assert.match(m.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
      assert.ok(typeof m.mail.html === "string" && m.mail.text);
      for (const s of SUMMARIES) {
        assert.ok(m.mail.text!.includes(s), `text part has ${s}`);
        assert.ok((m.mail.html as string).includes(s.replace(/'/g, "&#39;")), `html part has ${s}`);
      }
      // Injected markup arrives escaped, never as elements.
      const html = m.mail.html as string;
      assert.ok(!html.includes("<script"), "no script element");
      assert.ok(!/<img/i.test(html), "no img element");
      assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
      assert.ok(!html.includes("javascript:"));
      assert.ok(html.includes(INJECTED_SITE.replace(/"/g, "&quot;").replace(/>/g, "&gt;").replace(/</g, "&lt;")));
      assert.ok(html.includes("&lt;b&gt;choose one of two&lt;/b&gt;"));
      const record = getDigestSend(db, "2025-W11", "a@example.test")!;
      assert.equal(record.status, "sent");
      assert.equal(record.messageId, m.mail.messageId);

      const again = await runDigest(db, config, log, { week: "2025-W11" });
      assert.deepEqual(again, { sent: 0, failed: 0, skipped: 2 });
      assert.equal(smtp.messages.length, 2, "nothing resent");

      const forced = await runDigest(db, config, log, { week: "2025-W11", force: true, to: ["b@example.test"] });
      assert.deepEqual(forced, { sent: 1, failed: 0, skipped: 0 });
      assert.equal(smtp.messages.length, 3);
      assert.equal(getDigestSend(db, "2025-W11", "b@example.test")!.attempts, 2);
      assert.ok(!JSON.stringify(log.lines).includes(SECRET));
    } finally {
      closeDb(db);
      await smtp.close();
    }
  });

  test("a server that refuses the login: recorded as failed, one smtp.auth line, secret nowhere", async () => {
    const smtp = await startSmtp({ authOptional: false, onAuth: (_a, _s, cb) => cb(new Error("Invalid username or password")) });
    const db = seededDb();
    const log = memoryLogger();
    const config = configWith(smtp.url(`digest:${SECRET}`), ["a@example.test", "b@example.test"]);
    try {
      const r = await runDigest(db, config, log, { week: "2025-W11" });
      assert.deepEqual(r, { sent: 0, failed: 2, skipped: 0 });
      assert.equal(smtp.messages.length, 0);
      const rec = getDigestSend(db, "2025-W11", "a@example.test")!;
      assert.equal(rec.status, "failed");
      assert.match(rec.error!, /^smtp: smtp:\/\/127\.0\.0\.1:\d+: authentication refused/);
      assert.ok(!rec.error!.includes(SECRET) && !rec.error!.includes("digest:"));
      assert.ok(!JSON.stringify(log.lines).includes(SECRET));
    } finally {
      closeDb(db);
      await smtp.close();
    }
  });

  test("a server that is down: failed and recorded, then sent on the next run", async () => {
    const port = await deadPort();
    const db = seededDb();
    const log = memoryLogger();
    try {
      const down = await runDigest(db, configWith(`smtp://u:${SECRET}@127.0.0.1:${port}`, ["a@example.test"]), log, { week: "2025-W11" });
      assert.deepEqual(down, { sent: 0, failed: 1, skipped: 0 });
      const rec = getDigestSend(db, "2025-W11", "a@example.test")!;
      assert.equal(rec.status, "failed");
      assert.match(rec.error!, /^smtp: .*cannot connect/);
      assert.ok(!JSON.stringify(log.lines).includes(SECRET) && !rec.error!.includes(SECRET));

      const smtp = await startSmtp();
      try {
        const retry = await runDigest(db, configWith(smtp.url(), ["a@example.test"]), log, { week: "2025-W11" });
        assert.deepEqual(retry, { sent: 1, failed: 0, skipped: 0 });
        assert.equal(getDigestSend(db, "2025-W11", "a@example.test")!.status, "sent");
        assert.equal(getDigestSend(db, "2025-W11", "a@example.test")!.attempts, 2);
      } finally {
        await smtp.close();
      }
    } finally {
      closeDb(db);
    }
  });

  test("one recipient rejected does not stop the others", async () => {
    const smtp = await startSmtp({
      onRcptTo(address, _s, cb) {
        if (address.address === "gone@example.test") cb(Object.assign(new Error("5.1.1 mailbox unavailable"), { responseCode: 550 }));
        else cb();
      },
    });
    const db = seededDb();
    try {
      const r = await runDigest(db, configWith(smtp.url(), ["a@example.test", "gone@example.test", "c@example.test"]), memoryLogger(), { week: "2025-W11" });
      assert.deepEqual(r, { sent: 2, failed: 1, skipped: 0 });
      assert.deepEqual(smtp.messages.map((m) => m.to[0]).sort(), ["a@example.test", "c@example.test"]);
      const rec = getDigestSend(db, "2025-W11", "gone@example.test")!;
      assert.equal(rec.status, "failed");
      assert.match(rec.error!, /recipient gone@example\.test rejected/);
    } finally {
      closeDb(db);
      await smtp.close();
    }
  });

  test("an empty week still sends a short digest that says so and shows crawler health", async () => {
    const smtp = await startSmtp();
    const db = seededDb();
    try {
      const r = await runDigest(db, configWith(smtp.url(), ["a@example.test"]), memoryLogger(), { week: "2025-W20" });
      assert.equal(r.sent, 1);
      const mail = smtp.messages[0]!.mail;
      assert.equal(mail.subject, "wallwatch · 2025-W20 · no new interconnection events");
      for (const part of [mail.text!, mail.html as string]) {
        assert.match(part, /No new interconnection events were found this week/);
        assert.match(part, /Sources failing/);
        assert.match(part, /Articles crawled/);
      }
    } finally {
      closeDb(db);
      await smtp.close();
    }
  });
});

describe("the digest command and files", () => {
  test("writeDigestFile writes the HTML part, or the whole message as .eml", async () => {
    const db = seededDb();
    const config = configWith(undefined, ["a@example.test"]);
    try {
      const html = await writeDigestFile(db, config, memoryLogger(), join(dir, "out", "d.html"), { week: "2025-W11" });
      assert.equal(html.events, 5);
      assert.match(readFileSync(html.path, "utf8"), /^<!DOCTYPE html>/);
      const eml = await writeDigestFile(db, config, memoryLogger(), join(dir, "d.eml"), { week: "2025-W11" });
      const mail = await simpleParser(readFileSync(eml.path));
      assert.equal(mail.subject, "wallwatch · 2025-W11 · 5 new interconnection events");
      assert.ok(mail.text?.includes(SUMMARIES[0]!) && (mail.html as string).includes(SUMMARIES[0]!));
    } finally {
      closeDb(db);
    }
  });

  test("--dry-run --out writes a file without sending; a bad week is input.invalid", async () => {
    const dbFile = join(dir, "cmd.db");
    const { openDb } = await import("../src/db/client.ts");
    const db = openDb(dbFile);
    seedEvents(db, week11);
    closeDb(db);
    const config = { ...configWith("smtp://127.0.0.1:1", ["a@example.test"]), db: dbFile };
    const out: string[] = [];
    const ctx = { config: () => config, log: memoryLogger(), out: (t: string) => out.push(t), isTTY: false };
    const file = join(dir, "dry.html");
    assert.equal(await digest(["--week", "2025-W11", "--dry-run", "--out", file], ctx), 0);
    assert.match(readFileSync(file, "utf8"), /Taobao accepts WeChat Pay/);
    assert.match(out.join(""), /wallwatch · 2025-W11 · 5 new/);
    await assert.rejects(digest(["--week", "2025-W99"], ctx), (e: unknown) => e instanceof WallwatchError && e.kind === "input.invalid" && /2025-W99/.test(e.message));
  });

  test("the command exits 1 when a send fails and prints the counts", async () => {
    const smtp = await startSmtp({ authOptional: false, onAuth: (_a, _s, cb) => cb(new Error("Invalid username or password")) });
    const dbFile = join(dir, "cmd-fail.db");
    const { openDb } = await import("../src/db/client.ts");
    const db = openDb(dbFile);
    seedEvents(db, week11);
    closeDb(db);
    const out: string[] = [];
    const log = memoryLogger();
    const config = { ...configWith(smtp.url(`digest:${SECRET}`), ["a@example.test"]), db: dbFile };
    try {
      assert.equal(await digest(["--week", "2025-W11"], { config: () => config, log, out: (t) => out.push(t), isTTY: false }), 1);
      assert.match(out.join(""), /digest 2025-W11: 0 sent, 1 failed, 0 already sent/);
      assert.ok(!JSON.stringify(log.lines).includes(SECRET));
    } finally {
      await smtp.close();
    }
  });

  test("the CLI: a bad week is one clear line and exit 2", () => {
    const r = spawnSync(process.execPath, ["bin/wallwatch.js", "digest", "--week", "last-week"], {
      cwd: join(import.meta.dirname, ".."),
      env: { ...process.env, WALLWATCH_DB: join(dir, "cli.db") },
      encoding: "utf8",
    });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.match(r.stderr, /digest: --week 'last-week' is not an ISO week/);
  });
});

describe("TLS and the real CLI", () => {
  const root = join(import.meta.dirname, "..");
  const tlsDir = join(import.meta.dirname, "fixtures", "digest", "tls");
  const tls = { key: readFileSync(join(tlsDir, "test-smtp-key.pem")), cert: readFileSync(join(tlsDir, "test-smtp-cert.pem")) };
  const onAuth: SMTPServerOptions["onAuth"] = (auth, _s, cb) =>
    auth.username === "digest" && auth.password === SECRET ? cb(null, { user: "digest" }) : cb(new Error("Invalid username or password"));

  /** Runs `wallwatch digest` in a child process (the server lives in this one, so no spawnSync). */
  function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [join(root, "bin", "wallwatch.js"), "digest", ...args], {
        cwd: dir,
        env: { ...process.env, NODE_EXTRA_CA_CERTS: join(tlsDir, "test-smtp-cert.pem"), ...env },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
    });
  }

  async function seededFile(name: string): Promise<string> {
    const { openDb } = await import("../src/db/client.ts");
    const path = join(dir, name);
    const db = openDb(path);
    seedEvents(db, week11);
    closeDb(db);
    return path;
  }

  test("STARTTLS with required TLS and auth, sent by the CLI", async () => {
    // Auth only after STARTTLS: the login cannot succeed in clear text.
    const smtp = await startSmtp({ disabledCommands: [], ...tls, allowInsecureAuth: false, authOptional: false, onAuth });
    const env = { WALLWATCH_DB: await seededFile("starttls.db"), SMTP_URL: `${smtp.url(`digest:${SECRET}`)}?requireTLS=true` };
    try {
      const r = await cli(["--week", "2025-W11", "--to", "a@example.test"], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /digest 2025-W11: 1 sent, 0 failed, 0 already sent/);
      assert.equal(smtp.messages.length, 1);
      assert.equal(smtp.messages[0]!.secure, true);
      assert.ok(!r.stderr.includes(SECRET));
    } finally {
      await smtp.close();
    }
  });

  test("smtps:// (TLS from the first byte), sent by the CLI", async () => {
    const smtp = await startSmtp({ secure: true, ...tls, authOptional: false, onAuth });
    const db = await seededFile("smtps.db");
    try {
      const ok = await cli(["--week", "2025-W11", "--to", "a@example.test"], { WALLWATCH_DB: db, SMTP_URL: smtp.url(`digest:${SECRET}`) });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(smtp.messages[0]!.secure, true);
    } finally {
      await smtp.close();
    }
  });
});
