// `wallwatch events`, `event ID` and `pair A B`: the event side of the query stage.
import type { Command } from "../args.ts";
import { parseCommandArgs, parseDateArg } from "../args.ts";
import { defaultRegistry } from "../classify/entities.ts";
import { type EventRow, eventDetail, findEvents, pairTimeline } from "../db/queries.ts";
import {
  commonOptions,
  invalid,
  withReadOnlyDb,
  output,
  parseFormat,
  parsePositiveInt,
  parseTypes,
  wordsToFts,
  withFts,
} from "./common.ts";
import { type Row, renderTable } from "./format.ts";
import { resolveParty } from "./parties.ts";

const EVENT_FIELDS = ["id", "date", "date_precision", "type", "status", "parties", "source_count", "confidence", "summary"];
const EVENT_TABLE = ["id", "date", "type", "parties", "source_count", "summary"];

export function eventRecord(e: EventRow): Row {
  return {
    id: e.id,
    date: e.date,
    date_precision: e.datePrecision,
    type: e.type,
    status: e.status,
    parties: e.parties,
    source_count: e.sourceCount,
    confidence: e.confidence,
    summary: e.summary,
  };
}

const EVENTS_USAGE = `usage: wallwatch events [--party NAME]... [--exact] [--type T]... [--since D] [--until D]
                        [--min-sources N] [--text WORDS] [--sort date|sources] [--limit N] [--format table|json|ndjson|csv]
  --party     events naming this party (aliases and subsidiaries too; several --party = all of them)
  --exact     a party means only itself, not its subsidiaries
  --type      one of the event types (several = any of them)
  --since/--until  ISO date YYYY, YYYY-MM or YYYY-MM-DD; an event dated "2023" overlaps any 2023 range
  --text      words that must all occur in an article reporting the event (full-text search)
`;

export const events: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs(
    "events",
    argv,
    {
      ...commonOptions,
      party: { type: "string", multiple: true },
      exact: { type: "boolean" },
      type: { type: "string", multiple: true },
      since: { type: "string" },
      until: { type: "string" },
      "min-sources": { type: "string" },
      text: { type: "string" },
      sort: { type: "string" },
    },
    false,
  );
  if (values.help) {
    ctx.out(EVENTS_USAGE);
    return 0;
  }
  const format = parseFormat("events", values.format);
  const types = parseTypes("events", values.type);
  const since = parseDateArg("events", "--since", values.since);
  const until = parseDateArg("events", "--until", values.until);
  const minSources = values["min-sources"] === undefined ? undefined : parsePositiveInt("events", "--min-sources", values["min-sources"], 1);
  const limit = parsePositiveInt("events", "--limit", values.limit, 50);
  const sort = values.sort ?? "date";
  if (sort !== "date" && sort !== "sources") throw invalid("events", `unknown --sort '${sort}' (valid: date, sources)`);
  return withReadOnlyDb(ctx, async (db) => {
    const registry = defaultRegistry();
    const partyGroups: number[][] = [];
    for (const p of values.party ?? []) partyGroups.push((await resolveParty(db, registry, "events", p, values.exact ?? false)).ids);
    const text = values.text ? wordsToFts(values.text) : undefined;
    const rows = withFts("events", values.text ?? "", () =>
      findEvents(db, { partyGroups, types, since, until, minSources, text, sort, limit }),
    );
    output(ctx, rows.map(eventRecord), format, EVENT_FIELDS, EVENT_TABLE);
    return 0;
  });
};

const PAIR_USAGE = `usage: wallwatch pair A B [--exact] [--limit N] [--format table|json|ndjson|csv]
  Timeline (oldest first) of every event with a party from A's group and one from B's group.
  A group is the party with its subsidiaries (pair Alibaba Tencent includes Alipay-WeChat Pay events).
`;

export const pair: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommandArgs("pair", argv, { ...commonOptions, exact: { type: "boolean" } });
  if (values.help) {
    ctx.out(PAIR_USAGE);
    return 0;
  }
  if (positionals.length !== 2) throw invalid("pair", `expected two parties, got ${positionals.length} (usage: wallwatch pair A B)`);
  const format = parseFormat("pair", values.format);
  const limit = parsePositiveInt("pair", "--limit", values.limit, 500);
  return withReadOnlyDb(ctx, async (db) => {
    const registry = defaultRegistry();
    const a = await resolveParty(db, registry, "pair", positionals[0]!, values.exact ?? false);
    const b = await resolveParty(db, registry, "pair", positionals[1]!, values.exact ?? false);
    const rows = pairTimeline(db, a.ids, b.ids, limit).map(eventRecord);
    if (format === "table") ctx.out(`${a.name} ↔ ${b.name}: ${rows.length} event${rows.length === 1 ? "" : "s"}\n`);
    output(ctx, rows, format, EVENT_FIELDS, ["date", "type", "parties", "source_count", "summary", "id"]);
    return 0;
  });
};

const MENTION_FIELDS = ["event_id", "mention_id", "article_id", "published_at", "source", "title", "url", "date", "evidence"];

const EVENT_USAGE = `usage: wallwatch event ID [--format table|json|ndjson|csv]
  One event with its mentions (article, source, evidence), quotes and related events.
  csv gives the mentions; json and ndjson give the whole event as one object.
`;

export const event: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommandArgs("event", argv, { format: commonOptions.format, help: commonOptions.help });
  if (values.help) {
    ctx.out(EVENT_USAGE);
    return 0;
  }
  const format = parseFormat("event", values.format);
  if (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!)) throw invalid("event", `expected one event id (a number), got '${positionals.join(" ")}'`);
  const id = Number(positionals[0]);
  return withReadOnlyDb(ctx, async (db) => {
    const d = eventDetail(db, id);
    if (!d) throw invalid("event", `no event with id ${id}`);
    const mentions = d.mentions.map((m) => ({
      mention_id: m.id,
      article_id: m.articleId,
      published_at: m.publishedAt,
      source: m.source,
      title: m.title,
      url: m.url,
      date: m.date,
      evidence: m.evidence,
    }));
    const quotes = d.quotes.map((q) => ({
      quote_id: q.id,
      speaker: q.speaker,
      role: q.role,
      affiliation: q.affiliation,
      direct: q.direct,
      text: q.text,
      article_id: q.articleId,
    }));
    const related = d.related.map((r) => ({ id: r.id, date: r.date, type: r.type, shared_parties: r.sharedParties, summary: r.summary }));
    const whole = { ...eventRecord(d.event), mentions, quotes, related };
    if (format === "json") ctx.out(`${JSON.stringify(whole, null, 2)}\n`);
    else if (format === "ndjson") ctx.out(`${JSON.stringify(whole)}\n`);
    else if (format === "csv") output(ctx, mentions.map((m) => ({ event_id: id, ...m })), "csv", MENTION_FIELDS, []);
    else {
      const e = d.event;
      ctx.out(
        [
          `event ${e.id}: ${e.type}${e.status ? ` (${e.status})` : ""}, ${e.date ?? "undated"}${e.datePrecision ? ` [${e.datePrecision}]` : ""}`,
          `parties: ${e.parties.join(", ")}`,
          `sources: ${e.sourceCount}   confidence: ${e.confidence}`,
          `summary: ${e.summary}`,
          "",
          `mentions (${mentions.length}):`,
          renderTable(mentions, ["published_at", "source", "title", "evidence"], ctx.isTTY),
          `quotes (${quotes.length}):`,
          renderTable(quotes, ["speaker", "affiliation", "direct", "text"], ctx.isTTY),
          `related events (${related.length}):`,
          renderTable(related, ["id", "date", "type", "shared_parties", "summary"], ctx.isTTY),
        ].join("\n"),
      );
    }
    return 0;
  });
};
