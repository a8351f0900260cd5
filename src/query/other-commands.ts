// `wallwatch quotes`, `articles`, `entities`, `stats` and `sql`: the rest of the query stage.
import type { Command } from "../args.ts";
import { parseCommandArgs, parseDateArg } from "../args.ts";
import { defaultRegistry } from "../classify/entities.ts";
import { findArticles, findQuotes, listEntities, queryStats, runReadOnlySql } from "../db/query-misc.ts";
import { commonOptions, invalid, withReadOnlyDb, output, parseFormat, parsePositiveInt, withFts } from "./common.ts";
import { renderTable } from "./format.ts";
import { resolveParty } from "./parties.ts";

const QUOTE_FIELDS = [
  "id",
  "published_at",
  "speaker",
  "role",
  "affiliation",
  "direct",
  "text",
  "event_id",
  "event_type",
  "article_id",
  "article_title",
  "article_url",
];

export const quotes: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs(
    "quotes",
    argv,
    {
      ...commonOptions,
      speaker: { type: "string" },
      affiliation: { type: "string" },
      party: { type: "string" },
      exact: { type: "boolean" },
      since: { type: "string" },
    },
    false,
  );
  if (values.help) {
    ctx.out(
      "usage: wallwatch quotes [--speaker NAME] [--affiliation ORG] [--party NAME [--exact]] [--since D] [--limit N] [--format F]\n" +
        "  --speaker/--affiliation match part of the name, any case; --party: quotes about that party's events\n",
    );
    return 0;
  }
  const format = parseFormat("quotes", values.format);
  const since = parseDateArg("quotes", "--since", values.since);
  const limit = parsePositiveInt("quotes", "--limit", values.limit, 50);
  return withReadOnlyDb(ctx, async (db) => {
    const partyIds = values.party ? (await resolveParty(db, defaultRegistry(), "quotes", values.party, values.exact ?? false)).ids : undefined;
    const rows = findQuotes(db, { speaker: values.speaker, affiliation: values.affiliation, partyIds, since, limit }).map((q) => ({
      id: q.id,
      published_at: q.publishedAt,
      speaker: q.speaker,
      role: q.role,
      affiliation: q.affiliation,
      direct: q.direct,
      text: q.text,
      event_id: q.eventId,
      event_type: q.eventType,
      article_id: q.articleId,
      article_title: q.articleTitle,
      article_url: q.articleUrl,
    }));
    output(ctx, rows, format, QUOTE_FIELDS, ["published_at", "speaker", "affiliation", "text", "event_id"]);
    return 0;
  });
};

export const articles: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs(
    "articles",
    argv,
    { ...commonOptions, source: { type: "string" }, since: { type: "string" }, search: { type: "string" } },
    false,
  );
  if (values.help) {
    ctx.out(
      'usage: wallwatch articles [--source S] [--since D] [--search "full text query"] [--limit N] [--format F]\n' +
        '  --search takes FTS5 syntax: words (all must occur), "exact phrase", prefix*, OR, NOT, NEAR(a b); best match first\n',
    );
    return 0;
  }
  const format = parseFormat("articles", values.format);
  const since = parseDateArg("articles", "--since", values.since);
  const limit = parsePositiveInt("articles", "--limit", values.limit, 50);
  return withReadOnlyDb(ctx, async (db) => {
    const found = withFts("articles", values.search ?? "", () => findArticles(db, { source: values.source, since, search: values.search, limit }));
    const searching = values.search !== undefined;
    const rows = found.map((a) => ({
      id: a.id,
      published_at: a.publishedAt,
      source: a.source,
      title: a.title,
      url: a.url,
      ...(searching ? { snippet: a.snippet ?? "", rank: a.rank ?? null } : {}),
    }));
    const fields = ["id", "published_at", "source", "title", "url", ...(searching ? ["snippet", "rank"] : [])];
    output(ctx, rows, format, fields, ["id", "published_at", "source", "title", ...(searching ? ["snippet"] : ["url"])]);
    return 0;
  });
};

export const entities: Command = async (argv, ctx) => {
  // `entities unknown` (the classify issue's spelling) is the same as `entities --unknown`.
  const words = argv.filter((a) => a === "unknown");
  const rest = argv.filter((a) => a !== "unknown");
  const { values } = parseCommandArgs("entities", rest, { ...commonOptions, unknown: { type: "boolean" } }, false);
  if (words.length) values.unknown = true;
  if (values.help) {
    ctx.out("usage: wallwatch entities [--unknown | unknown] [--limit N] [--format F]\n  --unknown: organisations seen in text but not in the registry\n");
    return 0;
  }
  const format = parseFormat("entities", values.format);
  const limit = parsePositiveInt("entities", "--limit", values.limit, 1000);
  return withReadOnlyDb(ctx, async (db) => {
    const rows = listEntities(db, { unknownOnly: values.unknown ?? false, limit }).map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      parent: e.parent,
      known: e.known,
      aliases: e.aliases,
      event_count: e.eventCount,
    }));
    output(ctx, rows, format, ["id", "name", "kind", "parent", "known", "aliases", "event_count"], ["name", "kind", "parent", "event_count", "aliases"]);
    return 0;
  });
};

export const stats: Command = async (argv, ctx) => {
  const { values } = parseCommandArgs("stats", argv, { ...commonOptions, since: { type: "string" } }, false);
  if (values.help) {
    ctx.out("usage: wallwatch stats [--since D] [--limit N] [--format F]\n  csv/ndjson rows carry a 'section': per_month, top_party or top_speaker\n");
    return 0;
  }
  const format = parseFormat("stats", values.format);
  const since = parseDateArg("stats", "--since", values.since);
  const top = parsePositiveInt("stats", "--limit", values.limit, 10);
  return withReadOnlyDb(ctx, async (db) => {
    const s = queryStats(db, { since, top });
    const perMonth = s.perMonth.map((r) => ({ month: r.month, type: r.type, events: r.events }));
    const parties = s.topParties.map((r) => ({ name: r.name, events: r.events }));
    const speakers = s.topSpeakers.map((r) => ({ speaker: r.speaker, affiliation: r.affiliation, quotes: r.quotes, events: r.events }));
    if (format === "json") ctx.out(`${JSON.stringify({ per_month: perMonth, top_parties: parties, top_speakers: speakers }, null, 2)}\n`);
    else if (format === "table") {
      ctx.out(
        [
          "events per month and type:",
          renderTable(perMonth, ["month", "type", "events"], ctx.isTTY),
          "top parties:",
          renderTable(parties, ["name", "events"], ctx.isTTY),
          "top quoted people:",
          renderTable(speakers, ["speaker", "affiliation", "quotes", "events"], ctx.isTTY),
        ].join("\n"),
      );
    } else {
      // One flat table so csv stays one RFC 4180 document: a row per statistic, tagged by section.
      const rows = [
        ...perMonth.map((r) => ({ section: "per_month", month: r.month, type: r.type, name: null, affiliation: null, count: r.events })),
        ...parties.map((r) => ({ section: "top_party", month: null, type: null, name: r.name, affiliation: null, count: r.events })),
        ...speakers.map((r) => ({ section: "top_speaker", month: null, type: null, name: r.speaker, affiliation: r.affiliation, count: r.quotes })),
      ];
      output(ctx, rows, format, ["section", "month", "type", "name", "affiliation", "count"], []);
    }
    return 0;
  });
};

export const sql: Command = async (argv, ctx) => {
  const { values, positionals } = parseCommandArgs("sql", argv, { format: commonOptions.format, help: commonOptions.help });
  if (values.help) {
    ctx.out('usage: wallwatch sql "SELECT …" [--format F]\n  read-only: the database is opened read-only and writing statements are refused\n  views: v_events, v_event_parties, v_quotes (docs/querying.md)\n');
    return 0;
  }
  const format = parseFormat("sql", values.format);
  if (positionals.length !== 1) throw invalid("sql", "expected one SQL statement in quotes");
  return withReadOnlyDb(ctx, async (db) => {
    let result: ReturnType<typeof runReadOnlySql>;
    try {
      result = runReadOnlySql(db, positionals[0]!);
    } catch (err) {
      throw invalid("sql", (err as Error).message.split("\n")[0]!);
    }
    const rows = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, blobSafe(r[i])])));
    output(ctx, rows, format, result.columns, result.columns);
    return 0;
  });
};

function blobSafe(v: unknown): unknown {
  return Buffer.isBuffer(v) ? `<blob ${v.length} bytes>` : v;
}
