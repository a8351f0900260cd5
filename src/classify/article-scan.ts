// One article's registry matches and the organisations the registry lacks, found once for every
// reader of the article's own names.
import type { EntityRegistry } from "./entities.ts";
import type { PartyMention } from "./parties.ts";
import type { EntityMatch } from "./types.ts";
import { unknownOrgs } from "./unknown-orgs.ts";

/** One article's registry matches and the organisations the registry lacks, each found once, when first asked for. */
export interface ArticleScan {
  matches(): EntityMatch[];
  unknown(): PartyMention[];
}

export function scanArticle(text: string, registry: EntityRegistry): ArticleScan {
  let matches: EntityMatch[] | undefined;
  let unknown: PartyMention[] | undefined;
  const scan: ArticleScan = {
    matches: () => (matches ??= registry.match(text)),
    unknown: () => (unknown ??= unknownOrgs(text, scan.matches(), registry)),
  };
  return scan;
}
