// The one place that reads the environment and the config files. Everything is validated with
// zod and comes out as one typed Config; every invalid field is reported as one line naming the
// file, the field and the cause.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { parseYamlText, readDataFile } from "./data-file.ts";
import { WallwatchError } from "./errors.ts";

const positiveInt = z.number().int().positive();

/** One news source: data, not code (see data/sources.yaml). */
export const sourceSchema = z
  .object({
    /** Unique name, used in logs, the database and --source. */
    name: z.string().min(1),
    /** Feed, sitemap or listing page URL. */
    url: z.string().url(),
    kind: z.enum(["rss", "atom", "json", "sitemap", "listing"]),
    /** Article pages need a browser to show their text. */
    render: z.boolean().default(false),
    /** BCP-47 language of the outlet, when known. */
    lang: z.string().optional(),
    tags: z.array(z.string()).default([]),
    /** IANA timezone for naive timestamps (Chinese outlets: Asia/Shanghai). */
    timezone: z.string().optional(),
    /** Minimum delay between requests to this source's hosts, in ms (overrides the global one). */
    minDelayMs: z.number().int().nonnegative().optional(),
    /** Regular expressions: article URLs must match one of include (if given) and none of exclude. */
    include: z.array(z.string()).default([]),
    exclude: z.array(z.string()).default([]),
    /** For kind listing: CSS selector of article links on the index page. */
    linkSelector: z.string().optional(),
    /** For kind listing: regular expression article link URLs must match. */
    linkPattern: z.string().optional(),
    /** Turn a source off without deleting it. */
    enabled: z.boolean().default(true),
  })
  .strict();
export type SourceSpec = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema) }).strict();

const fileSchema = z
  .object({
    db: z.string().optional(),
    sources: z.string().optional(),
    logLevel: z.enum(["debug", "info", "warn", "error"]).optional(),
    crawl: z
      .object({
        /** Requests in flight across all hosts. */
        concurrency: positiveInt.default(8),
        /** Requests in flight per host. */
        perHostConcurrency: positiveInt.default(2),
        /** Minimum delay between requests to one host, ms. */
        minDelayMs: z.number().int().nonnegative().default(1000),
        connectTimeoutMs: positiveInt.default(10_000),
        totalTimeoutMs: positiveInt.default(30_000),
        /** Abort a body that sends nothing for this long. */
        stallTimeoutMs: positiveInt.default(10_000),
        maxBytes: positiveInt.default(10 * 1024 * 1024),
        maxRedirects: z.number().int().nonnegative().default(5),
        retries: z.number().int().nonnegative().default(3),
        userAgent: z.string().default("wallwatch/0.1 (news monitoring crawler)"),
        /** Static extraction shorter than this falls back to the browser. */
        renderFallbackMinChars: z.number().int().nonnegative().default(300),
        /** Articles per source per run. */
        maxArticlesPerSource: positiveInt.default(200),
        /** Extraction worker threads (0 = in the main thread). */
        workers: z.number().int().nonnegative().default(2),
        /** Keep raw HTML this many days (0 = do not keep). */
        keepRawHtmlDays: z.number().int().nonnegative().default(0),
      })
      .strict()
      .prefault({}),
    browser: z
      .object({
        executablePath: z.string().default("/usr/bin/chromium"),
        recycleAfterPages: positiveInt.default(200),
        recycleAfterMinutes: positiveInt.default(60),
        pageTimeoutMs: positiveInt.default(30_000),
      })
      .strict()
      .prefault({}),
    schedule: z
      .object({
        timezone: z.string().default("UTC"),
        crawl: z.string().default("*/30 * * * *"),
        digest: z.string().default("0 8 * * 1"),
        maintenance: z.string().default("30 3 * * 0"),
        /** Jobs failing this many times in a row are reported by status and the digest. */
        failureThreshold: positiveInt.default(3),
      })
      .strict()
      .prefault({}),
    digest: z
      .object({
        to: z.array(z.string().email()).default([]),
        from: z.string().default("wallwatch <wallwatch@localhost>"),
        replyTo: z.string().optional(),
        /** Timezone that decides which week an event falls in. */
        timezone: z.string().default("UTC"),
        /** URL or mailto: for the List-Unsubscribe header. */
        unsubscribe: z.string().default("mailto:wallwatch@localhost?subject=unsubscribe"),
        /** Public base URL of a web UI, for entity links; omitted when not set. */
        baseUrl: z.string().url().optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type FileConfig = z.infer<typeof fileSchema>;

export interface Config {
  /** Path of the SQLite database. */
  db: string;
  /** Path of the sources file. */
  sourcesFile: string;
  logLevel: "debug" | "info" | "warn" | "error";
  crawl: FileConfig["crawl"];
  browser: FileConfig["browser"];
  schedule: FileConfig["schedule"];
  digest: FileConfig["digest"] & {
    /** smtp(s)://user:pass@host:port — a secret: never log it. */
    smtpUrl?: string;
  };
  /** Directory the config file was read from (relative paths resolve against it). */
  baseDir: string;
}

/** Root of the installed package (data/ and migrations/ live there). */
export const packageRoot = resolve(dirname(new URL(import.meta.url).pathname), "..");

/** Formats zod issues as "FILE: field.path: message" lines. */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => `config: ${file}: ${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`)
    .join("\n");
}

function readYaml(file: string): unknown {
  return parseYamlText(readDataFile(file, "config"), "config", file) ?? {};
}

export interface LoadOptions {
  /** Explicit --config path; otherwise ./wallwatch.config.yaml when it exists. */
  configPath?: string;
  /** Environment to read (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Loads config file + environment into one validated Config. Throws WallwatchError (config.*). */
export function loadConfig(opts: LoadOptions = {}): Config {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const explicit = opts.configPath ?? env.WALLWATCH_CONFIG;
  const file = explicit ? resolve(cwd, explicit) : resolve(cwd, "wallwatch.config.yaml");
  let raw: unknown = {};
  if (explicit || existsSync(file)) raw = readYaml(file);
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new WallwatchError("config.invalid", formatIssues(file, parsed.error));
  const c = parsed.data;
  const baseDir = explicit || existsSync(file) ? dirname(file) : cwd;
  const at = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  const to = env.WALLWATCH_DIGEST_TO ? env.WALLWATCH_DIGEST_TO.split(",").map((s) => s.trim()).filter(Boolean) : c.digest.to;
  for (const addr of to) {
    if (!z.string().email().safeParse(addr).success) {
      throw new WallwatchError("config.invalid", `config: WALLWATCH_DIGEST_TO: '${addr}' is not an email address`);
    }
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new WallwatchError("config.invalid", "config: SMTP_URL: must start with smtp:// or smtps://");
  }
  const level = env.WALLWATCH_LOG_LEVEL ?? c.logLevel ?? "info";
  if (!["debug", "info", "warn", "error"].includes(level)) {
    throw new WallwatchError("config.invalid", `config: WALLWATCH_LOG_LEVEL: '${level}' is not one of debug, info, warn, error`);
  }
  return {
    db: env.WALLWATCH_DB ? resolve(cwd, env.WALLWATCH_DB) : c.db ? at(c.db) : resolve(cwd, "data/wallwatch.db"),
    sourcesFile: env.WALLWATCH_SOURCES
      ? resolve(cwd, env.WALLWATCH_SOURCES)
      : c.sources
        ? at(c.sources)
        : resolve(packageRoot, "data/sources.yaml"),
    logLevel: level as Config["logLevel"],
    crawl: c.crawl,
    browser: { ...c.browser, executablePath: env.WALLWATCH_CHROMIUM ?? c.browser.executablePath },
    schedule: { ...c.schedule, timezone: env.WALLWATCH_TZ ?? c.schedule.timezone },
    digest: {
      ...c.digest,
      to,
      from: env.WALLWATCH_DIGEST_FROM ?? c.digest.from,
      smtpUrl,
    },
    baseDir,
  };
}

/** Log level and debug switch from the environment, before any config file is read. */
export function envDiagnostics(env: NodeJS.ProcessEnv = process.env): { level: Config["logLevel"]; debug: boolean } {
  const level = env.WALLWATCH_LOG_LEVEL;
  return {
    level: level === "debug" || level === "warn" || level === "error" ? level : "info",
    debug: Boolean(env.WALLWATCH_DEBUG),
  };
}

/** Reads and validates a sources file; throws one WallwatchError listing every invalid field. */
export function loadSources(file: string): SourceSpec[] {
  const parsed = sourcesFileSchema.safeParse(readYaml(file));
  if (!parsed.success) throw new WallwatchError("config.invalid", formatIssues(file, parsed.error));
  const seen = new Set<string>();
  for (const s of parsed.data.sources) {
    if (seen.has(s.name)) throw new WallwatchError("config.invalid", `config: ${file}: sources: duplicate name '${s.name}'`);
    seen.add(s.name);
    for (const p of [...s.include, ...s.exclude, ...(s.linkPattern ? [s.linkPattern] : [])]) {
      try {
        new RegExp(p);
      } catch {
        throw new WallwatchError("config.invalid", `config: ${file}: source '${s.name}': bad pattern ${JSON.stringify(p)}`);
      }
    }
  }
  return parsed.data.sources;
}
