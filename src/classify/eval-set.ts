// The labelled evaluation set on disk: data/eval/{dev,holdout}/NNN-slug.json (three or four
// digits), one article per file. Loading validates every file, so a typo in a label fails loudly instead of skewing scores.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { WallwatchError } from "../errors.ts";
import { EVENT_TYPES } from "./types.ts";

export const EVAL_SPLITS = ["dev", "holdout"] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];

export const EVAL_STYLES = ["wire", "translated", "blog", "analyst", "feature", "negative"] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

const goldEventSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  parties: z.array(z.string().min(1)).min(1),
  date: isoDate.nullable(),
  evidence: z.string().min(1),
});

const goldQuoteSchema = z.strictObject({
  speaker: z.string().min(1),
  role: z.string().min(1).nullable(),
  affiliation: z.string().min(1).nullable(),
  direct: z.boolean(),
});

export const goldArticleSchema = z
  .strictObject({
    id: z.string().regex(/^\d{3,4}-[a-z0-9-]+$/, "expected NNN-slug (three or four digits)"),
    style: z.enum(EVAL_STYLES),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
    title: z.string().min(1),
    text: z.string().min(200),
    relevant: z.boolean(),
    events: z.array(goldEventSchema),
    quotes: z.array(goldQuoteSchema),
  })
  .refine((a) => a.relevant === a.events.length > 0, { message: "relevant must be true exactly when there are events" })
  .refine((a) => a.events.every((e) => a.text.includes(e.evidence)), { message: "every evidence must occur in the text" })
  .refine((a) => a.quotes.every((q) => a.text.includes(q.speaker)), { message: "every speaker must occur in the text" });

export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** A gold article with where it came from. */
export interface LoadedArticle {
  split: EvalSplit;
  file: string;
  article: GoldArticle;
}

/** Reads and validates every article of one split; any invalid file fails with one line naming it. */
export function loadSplit(root: string, split: EvalSplit): LoadedArticle[] {
  const dir = join(root, split);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch (err) {
    throw new WallwatchError("input.unreadable", `eval: ${dir}: cannot read directory`, { cause: err });
  }
  return names.sort().map((name) => {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      throw new WallwatchError("input.invalid", `eval: ${file}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
    const parsed = goldArticleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new WallwatchError("input.invalid", `eval: ${file}: ${issue.path.join(".") || "(article)"}: ${issue.message}`);
    }
    if (`${parsed.data.id}.json` !== name) throw new WallwatchError("input.invalid", `eval: ${file}: id "${parsed.data.id}" does not match the file name`);
    return { split, file, article: parsed.data };
  });
}

/** Both splits, dev first. */
export function loadEvalSet(root: string): LoadedArticle[] {
  return EVAL_SPLITS.flatMap((s) => loadSplit(root, s));
}
