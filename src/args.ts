// Shared argument handling for the subcommands: node's parseArgs, with its errors turned into one
// clear usage line.
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Config } from "./config.ts";
import { WallwatchError } from "./errors.ts";
import type { Logger } from "./log.ts";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new WallwatchError("input.invalid", `${command}: ${(err as Error).message.split("\n")[0]} (see 'wallwatch ${command} --help')`);
  }
}

/** What every command gets from the entry point. */
export interface CommandContext {
  /** The validated config (loaded on first use, so --help never needs one). */
  config(): Config;
  log: Logger;
  /** Data output (stdout). */
  out(text: string): void;
  /** True when stdout is a terminal (tables and progress bars) rather than a pipe. */
  isTTY: boolean;
}

export type Command = (argv: string[], ctx: CommandContext) => Promise<number>;

/** Validates an ISO date argument (YYYY, YYYY-MM or YYYY-MM-DD). */
export function parseDateArg(command: string, flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  const valid = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) throw new WallwatchError("input.invalid", `${command}: ${flag} '${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
}
