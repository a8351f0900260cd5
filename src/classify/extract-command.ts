// `wallwatch extract FILE... [--published YYYY-MM-DD] [--url URL] [--json]`: the extraction
// contract of DESIGN.md. No database: each file is read, HTML goes through the crawl side's
// extractor, `.txt` is plain text, and the article is classified. One bad file gives its own
// `ok: false` line (and one line on stderr); the others still come out, in the order given.
import { readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Command, type CommandContext, parseCommandArgs, parseDateArg } from "../args.ts";
import { decodeBody } from "../crawl/charset.ts";
import { extractArticle, sniffLanguage } from "../crawl/extract.ts";
import type { ExtractedArticle } from "../crawl/types.ts";
import { describeError, WallwatchError } from "../errors.ts";
import { classifyArticle } from "./index.ts";
import type { Classification } from "./types.ts";

const usage = `usage: wallwatch extract FILE... [--published YYYY-MM-DD] [--url URL] [--json]

Extracts the article, interconnection events and quotes from each file (no database).
HTML (.html, .htm) goes through the crawler's extractor; anything else is plain text, whose
first line is the title when it is short and followed by a blank line.
  --published DATE  publication date anchoring relative dates (default: the page's own, if any)
  --url URL         the page's address (resolves relative links; default: the file's path)
  --json            one JSON object per file, one per line (NDJSON)
Exit status: 0 all files extracted, 1 some file failed, 2 bad usage.`;

const options = {
  published: { type: "string" },
  url: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The article part of the contract: the extractor's fields, with `published` as YYYY-MM-DD (null
 * when neither --published nor the page gives one). */
export type ContractArticle = Pick<ExtractedArticle, "title" | "byline" | "siteName" | "lang" | "text"> & { published: string | null };

export type ExtractResult = { input: string; ok: true; article: ContractArticle; classification: Classification } | { input: string; ok: false; error: string };

const MAX_TITLE = 200;

/** Plain text: a short first line standing alone (blank line after it, no final full stop) is the title. */
export function plainTextArticle(raw: string, published: string | null): ContractArticle {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
  const m = /^([^\n]+)\n\s*\n([\s\S]+)$/.exec(text);
  const first = m?.[1]?.trim();
  const isTitle = first !== undefined && first.length <= MAX_TITLE && !/[.。!?！？]["”’)]?$/.test(first);
  const body = isTitle ? m![2]!.trim() : text;
  return {
    title: isTitle ? first : "",
    byline: null,
    siteName: null,
    lang: sniffLanguage(body)?.lang ?? null,
    published,
    text: body.replace(/\n[ \t]*\n\s*/g, "\n\n"),
  };
}

const isHtml = (path: string, head: string) => {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return true;
  if (ext === ".txt") return false;
  return /^\s*(<!doctype html|<html)/i.test(head);
};

/** Reads, extracts and classifies one file. Never throws: failures become `{ok: false}`. */
export function extractFile(input: string, opts: { published?: string; url?: string }): ExtractResult {
  try {
    let bytes: Buffer;
    try {
      if (statSync(input).isDirectory()) throw new WallwatchError("input.unreadable", `extract: ${input}: is a directory`);
      bytes = readFileSync(input);
    } catch (err) {
      if (err instanceof WallwatchError) throw err;
      throw new WallwatchError("input.unreadable", `extract: ${input}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let article: ContractArticle;
    if (isHtml(input, bytes.subarray(0, 512).toString("latin1"))) {
      const html = decodeBody(bytes, undefined, "html").text;
      const url = opts.url ?? pathToFileURL(resolve(input)).href;
      const found = extractArticle(html, url, {});
      if (!found || found.text.trim() === "") throw new WallwatchError("extract.empty", `extract: ${input}: no article text found`);
      const { title, byline, siteName, lang, text } = found;
      article = { title, byline, siteName, lang, published: opts.published ?? found.published?.slice(0, 10) ?? null, text };
    } else {
      article = plainTextArticle(decodeBody(bytes, undefined, "json").text, opts.published ?? null);
      if (article.text === "") throw new WallwatchError("extract.empty", `extract: ${input}: the file is empty`);
    }
    const classification = classifyArticle({
      title: article.title,
      text: article.text,
      published: article.published,
      lang: article.lang,
      ...(opts.url ? { url: opts.url } : {}),
    });
    return { input, ok: true, article, classification };
  } catch (err) {
    return { input, ok: false, error: describeError(err) };
  }
}

/** The NDJSON line of the extraction contract (DESIGN.md), fields exactly as specified. */
export function extractResultJson(r: ExtractResult): string {
  if (!r.ok) return JSON.stringify({ input: r.input, ok: false, error: r.error });
  const c = r.classification;
  return JSON.stringify({
    input: r.input,
    ok: true,
    relevant: c.relevant,
    article: r.article,
    events: c.events.map((e) => ({
      type: e.type,
      parties: e.parties,
      date: e.date,
      datePrecision: e.datePrecision,
      summary: e.summary,
      evidence: e.evidence,
      confidence: e.confidence,
    })),
    quotes: c.quotes.map((q) => ({ speaker: q.speaker, role: q.role, affiliation: q.affiliation, text: q.text, direct: q.direct })),
  });
}

function extractResultText(r: ExtractResult): string {
  if (!r.ok) return `${r.input}\n  FAILED: ${r.error}\n`;
  const { article: a, classification: c } = r;
  const lines = [
    r.input,
    `  ${a.title || "(no title)"}${a.published ? ` · ${a.published}` : ""}${a.lang ? ` · ${a.lang}` : ""} · ${c.relevant ? "relevant" : "not relevant"} (${c.relevance.toFixed(2)})`,
  ];
  for (const e of c.events) lines.push(`  event ${e.type} [${e.parties.join(", ")}] ${e.date ?? "undated"}: ${e.summary}`);
  for (const q of c.quotes) lines.push(`  quote ${q.speaker}${q.role ? `, ${q.role}` : ""}${q.affiliation ? `, ${q.affiliation}` : ""} (${q.direct ? "direct" : "reported"}): ${q.text}`);
  return `${lines.join("\n")}\n`;
}

export const extract: Command = async (argv: string[], ctx: CommandContext) => {
  const { values, positionals } = parseCommandArgs("extract", argv, options);
  if (values.help) {
    ctx.out(`${usage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new WallwatchError("input.invalid", "extract: give at least one file (see 'wallwatch extract --help')");
  const published = values.published;
  // A full day: relative dates ("on Monday") need one to resolve against.
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new WallwatchError("input.invalid", `extract: --published '${published}' is not a date (YYYY-MM-DD)`);
  }
  parseDateArg("extract", "--published", published);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new WallwatchError("input.invalid", `extract: --url '${values.url}' is not a URL`);

  let failed = 0;
  for (const input of positionals) {
    const r = extractFile(input, { ...(published ? { published } : {}), ...(values.url ? { url: values.url } : {}) });
    if (!r.ok) {
      failed++;
      ctx.log.error(r.error, { input });
    }
    ctx.out(values.json ? `${extractResultJson(r)}\n` : extractResultText(r));
  }
  return failed > 0 ? 1 : 0;
};
