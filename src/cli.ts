// Entry point: global options, a lazy command map (a command's stage loads only when it runs),
// and exit codes: 0 ok, 1 something failed or needs attention, 2 bad usage or config.
import type { Command, CommandContext } from "./args.ts";
import { type Config, envDiagnostics, loadConfig } from "./config.ts";
import { describeError, WallwatchError } from "./errors.ts";
import { createLogger } from "./log.ts";

type Loader = () => Promise<Command>;

const commands: Record<string, { summary: string; load: Loader }> = {
  "source check": { summary: "fetch and parse feeds without storing anything", load: async () => (await import("./crawl/source-check.ts")).sourceCheck },
  crawl: { summary: "discover, fetch, extract and store new articles", load: async () => (await import("./crawl/crawl-command.ts")).crawl },
  extract: { summary: "extract article, events and quotes from files (no database)", load: async () => (await import("./classify/extract-command.ts")).extract },
  classify: { summary: "turn stored articles into events, mentions and quotes", load: async () => (await import("./classify/classify-command.ts")).classify },
  digest: { summary: "build and send the weekly digest", load: async () => (await import("./digest/command.ts")).digest },
  events: { summary: "list events by party, type, date, sources, text", load: async () => (await import("./query/commands.ts")).events },
  event: { summary: "one event with mentions, sources, quotes, related events", load: async () => (await import("./query/commands.ts")).event },
  quotes: { summary: "who said what", load: async () => (await import("./query/commands.ts")).quotes },
  articles: { summary: "stored articles, with full-text search", load: async () => (await import("./query/commands.ts")).articles },
  pair: { summary: "timeline of events between two parties", load: async () => (await import("./query/commands.ts")).pair },
  entities: { summary: "the entity registry and unknown organisations", load: async () => (await import("./query/commands.ts")).entities },
  stats: { summary: "events per type per month, top parties and speakers", load: async () => (await import("./query/commands.ts")).stats },
  sql: { summary: "run read-only SQL against the database", load: async () => (await import("./query/commands.ts")).sql },
  schedule: { summary: "run the scheduled jobs until stopped", load: async () => (await import("../jobs/commands.ts")).schedule },
  run: { summary: "run crawl → classify (→ digest if due) once", load: async () => (await import("../jobs/commands.ts")).runOnce },
  status: { summary: "health: last runs, failing sources, counts", load: async () => (await import("../jobs/commands.ts")).status },
  backup: { summary: "consistent copy of the database", load: async () => (await import("../jobs/commands.ts")).backup },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "usage: wallwatch [--config FILE] <command> [options]",
    "",
    "commands:",
    ...lines,
    "",
    "'wallwatch <command> --help' shows a command's options.",
    "Config: wallwatch.config.yaml (or --config / WALLWATCH_CONFIG); database: data/wallwatch.db (or WALLWATCH_DB).",
  ].join("\n");
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  let configPath: string | undefined;
  while (args[0]?.startsWith("--")) {
    const flag = args.shift()!;
    if (flag === "--config") configPath = args.shift();
    else if (flag.startsWith("--config=")) configPath = flag.slice("--config=".length);
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${usage()}\n`);
      return 0;
    } else if (flag === "--version") {
      process.stdout.write("wallwatch 0.1.0\n");
      return 0;
    } else {
      process.stderr.write(`wallwatch: unknown option ${flag}\n${usage()}\n`);
      return 2;
    }
  }
  if (args.length === 0 || args[0] === "help") {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const two = `${args[0]} ${args[1] ?? ""}`;
  const name = commands[two] ? two : args[0]!;
  const entry = commands[name];
  if (!entry) {
    process.stderr.write(`wallwatch: unknown command '${args[0]}' (see 'wallwatch --help')\n`);
    return 2;
  }
  const rest = args.slice(name.split(" ").length);
  let config: Config | undefined;
  const diag = envDiagnostics();
  const log = createLogger({ level: diag.level });
  const ctx: CommandContext = {
    config: () => {
      config ??= loadConfig({ configPath });
      return config;
    },
    log,
    out: (text) => process.stdout.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  };
  try {
    const command = await entry.load();
    return await command(rest, ctx);
  } catch (err) {
    process.stderr.write(`wallwatch: ${describeError(err)}\n`);
    if (!(err instanceof WallwatchError) && diag.debug) process.stderr.write(`${(err as Error).stack}\n`);
    if (err instanceof WallwatchError && (err.kind.startsWith("config.") || err.kind === "input.invalid" || err.kind === "query.invalid")) return 2;
    return 1;
  }
}
