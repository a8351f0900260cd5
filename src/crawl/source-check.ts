// `wallwatch source check URL-OR-FILE...`: fetch (or read) and parse feeds without storing
// anything, so a user can try a source before adding it to sources.yaml. One bad input never
// stops the others; each gets its own line.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Command, type CommandContext, parseCommandArgs } from "../args.ts";
import { sourceSchema } from "../config.ts";
import { describeError, WallwatchError } from "../errors.ts";
import { decodeBody } from "./charset.ts";
import { type ParseFeedOptions, parseFeed } from "./feed.ts";
import type { DecodedBody, Fetcher, ParsedFeed } from "./types.ts";

const usage = `usage: wallwatch source check URL-OR-FILE... [--json] [--kind KIND] [--timezone TZ]
                              [--link-selector CSS] [--link-pattern REGEX]

Fetches (or reads) each feed, sitemap or listing page and prints what wallwatch sees in it.
  --json            one JSON object per input, one per line (NDJSON)
  --kind KIND       rss | atom | json | sitemap | listing (only 'listing' changes parsing)
  --timezone TZ     IANA zone for naive timestamps, e.g. Asia/Shanghai
  --link-selector   for listings: CSS selector of article links
  --link-pattern    for listings: regular expression article URLs must match
Exit status: 0 all parsed, 1 some input failed, 2 bad usage.`;

const options = {
  json: { type: "boolean" },
  kind: { type: "string" },
  timezone: { type: "string" },
  "link-selector": { type: "string" },
  "link-pattern": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** What one input produced: a parsed feed and how its bytes were decoded, or an error line. */
export type CheckResult =
  | { input: string; ok: true; feed: ParsedFeed; decoded: Pick<DecodedBody, "charset" | "charsetSource"> }
  | { input: string; ok: false; error: string };

function kindFromContentType(contentType: string | undefined, fallback: "xml" | "html" | "json"): "xml" | "html" | "json" {
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("json")) return "json";
  if (ct.includes("html")) return "html";
  if (ct.includes("xml")) return "xml";
  return fallback;
}

function kindFromPath(path: string): "xml" | "html" | "json" {
  const ext = extname(path).toLowerCase();
  return ext === ".json" ? "json" : ext === ".html" || ext === ".htm" ? "html" : "xml";
}

/** Reads or fetches one input and parses it. Never throws: failures become `{ok: false}`. */
async function checkOne(input: string, opts: ParseFeedOptions, getFetcher: () => Promise<Fetcher>): Promise<CheckResult> {
  try {
    let decoded: DecodedBody;
    let baseUrl: string;
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) throw new WallwatchError("input.unreadable", `input: ${input}: is a directory`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(input);
      } catch (err) {
        throw new WallwatchError("input.unreadable", `input: ${input}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
      decoded = decodeBody(bytes, undefined, kindFromPath(input));
      baseUrl = pathToFileURL(resolve(input)).href;
    } else if (/^https?:\/\//i.test(input)) {
      const fetcher = await getFetcher();
      // The user typed this URL, so a feed on localhost or the LAN is what they mean to check.
      const res = await fetcher.fetch({ url: input, accept: "feed", allowPrivate: true });
      if (res.status >= 400) throw new WallwatchError("fetch.http_status", `fetch: ${input}: HTTP ${res.status}`);
      const contentType = res.headers["content-type"];
      decoded = decodeBody(res.body, contentType, kindFromContentType(contentType, "xml"));
      baseUrl = res.url;
    } else {
      throw new WallwatchError("input.invalid", `input: ${input}: no such file, and not an http(s) URL`);
    }
    const feed = await parseFeed(decoded.text, baseUrl, opts);
    return { input, ok: true, feed, decoded: { charset: decoded.charset, charsetSource: decoded.charsetSource } };
  } catch (err) {
    return { input, ok: false, error: describeError(err) };
  }
}

/** The NDJSON line of the extraction contract (see DESIGN.md). */
export function checkResultJson(r: CheckResult): string {
  if (!r.ok) return JSON.stringify({ input: r.input, ok: false, error: r.error });
  const { format, title, link, items } = r.feed;
  return JSON.stringify({
    input: r.input,
    ok: true,
    format,
    title,
    link,
    items: items.map((i) => ({ title: i.title, link: i.link, id: i.id, published: i.published })),
  });
}

const previewItems = 5;

function checkResultText(r: CheckResult): string {
  if (!r.ok) return `${r.input}\n  FAILED: ${r.error}\n`;
  const f = r.feed;
  const lines = [
    r.input,
    `  ${f.format}: ${f.title || "(no title)"}  ${f.link}`,
    `  ${f.items.length} item${f.items.length === 1 ? "" : "s"}${f.dropped ? `, ${f.dropped} dropped (no usable link)` : ""}; charset ${r.decoded.charset} (${r.decoded.charsetSource})`,
  ];
  for (const item of f.items.slice(0, previewItems)) {
    lines.push(`  - ${item.published ? `${item.published.slice(0, 16).replace("T", " ")}  ` : ""}${item.title || "(untitled)"}`, `    ${item.link}`);
  }
  if (f.items.length > previewItems) lines.push(`  … ${f.items.length - previewItems} more`);
  return `${lines.join("\n")}\n`;
}

export const sourceCheck: Command = async (argv: string[], ctx: CommandContext) => {
  const { values, positionals } = parseCommandArgs("source check", argv, options);
  if (values.help) {
    ctx.out(`${usage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new WallwatchError("input.invalid", "source check: give at least one URL or file (see 'wallwatch source check --help')");
  const kind = values.kind === undefined ? undefined : sourceSchema.shape.kind.safeParse(values.kind);
  if (kind && !kind.success) throw new WallwatchError("input.invalid", `source check: --kind '${values.kind}' is not one of rss, atom, json, sitemap, listing`);
  if (values.timezone) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: values.timezone });
    } catch {
      throw new WallwatchError("input.invalid", `source check: --timezone '${values.timezone}' is not an IANA time zone`);
    }
  }
  const opts: ParseFeedOptions = {
    kind: kind?.data,
    timezone: values.timezone,
    linkSelector: values["link-selector"],
    linkPattern: values["link-pattern"],
  };

  let fetcher: Fetcher | undefined;
  const getFetcher = async (): Promise<Fetcher> => {
    if (fetcher) return fetcher;
    const { createFetcher } = await import("./fetch.ts");
    const created = createFetcher(ctx.config().crawl, ctx.log);
    fetcher = created;
    return created;
  };
  let failed = 0;
  try {
    for (const input of positionals) {
      const result = await checkOne(input, opts, getFetcher);
      if (!result.ok) failed++;
      ctx.out(values.json ? `${checkResultJson(result)}\n` : checkResultText(result));
    }
  } finally {
    await fetcher?.close();
  }
  return failed > 0 ? 1 : 0;
};
