// Reading the YAML data files (config, sources, entities, triggers, quote lexicon, training
// sets): one way to read, parse and validate them, so every problem is the same kind of one line
// naming the stage, the file and the cause.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { WallwatchError } from "./errors.ts";

/** The file's text; a missing or unreadable file is config.missing naming it. */
export function readDataFile(path: string, stage: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new WallwatchError("config.missing", `${stage}: ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Parsed YAML; a syntax error is config.invalid with the parser's first line. */
export function parseYamlText(text: string, stage: string, source: string): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    throw new WallwatchError("config.invalid", `${stage}: ${source}: not valid YAML: ${(err as Error).message.split("\n")[0]!.replace(/:\s*$/, "")}`);
  }
}

/** The value checked against `schema`; the first problem is config.invalid naming its field. */
export function validateData<S extends z.ZodType>(schema: S, raw: unknown, stage: string, source: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new WallwatchError("config.invalid", `${stage}: ${source}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
}
