// The classifier version stamped on articles and events. It changes when the rule constant is
// bumped (code changes) or when any rule or model data file changes, so `classify` reprocesses
// stored articles after either without being told.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../config.ts";

/** Bump when the classify code changes in a way that changes its output. */
export const CLASSIFIER_RULES = "classify-2";

const DATA_FILES = ["data/entities.yaml", "data/triggers.yaml", "data/quote-lexicon.yaml"];

/** `CLASSIFIER_RULES+<12 hex of sha256 over the data files and data/models/*.json>`, from `root`. */
export function classifierVersion(root: string = packageRoot): string {
  const hash = createHash("sha256");
  const modelDir = join(root, "data/models");
  const models = existsSync(modelDir)
    ? readdirSync(modelDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => `data/models/${f}`)
    : [];
  for (const rel of [...DATA_FILES, ...models]) {
    const path = join(root, rel);
    // A missing file is part of the version too: adding it later changes the hash.
    hash.update(`${rel}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : "(missing)");
    hash.update("\0");
  }
  return `${CLASSIFIER_RULES}+${hash.digest("hex").slice(0, 12)}`;
}

let cached: string | undefined;

/** The version of the installed classifier (computed once per process). */
export function currentClassifierVersion(): string {
  cached ??= classifierVersion();
  return cached;
}
