// "The Winnipeg Free Press … The Free Press has signed …": a name of three or more words is later
// written by its last two or more after "the", in this article only, unless those words name a
// kind of body, a place or another name of the article.

import type { EntityRegistry, LocalName } from "./entities.ts";
import { escapeRegExp } from "./normalize.ts";
import type { EntityMatch } from "./types.ts";
import { isCountry, placeOrCommonWord } from "./unknown-orgs.ts";

// The tail: two or more capitalised words ending the name.
const TAIL = /^\p{Lu}[\p{L}.'’-]*\s+((?:\p{Lu}[\p{L}'’-]+\s+)+\p{Lu}[\p{L}'’-]+)$/u;
// Tails that name a kind of body, not one: "the Competition Commission" is left to the regulator rules.
const KIND_WORD = /\b(?:Commission|Committee|Authority|Agency|Ministry|Department|Bureau|Office|Court|Tribunal|Council|Bank|Group|Holdings|Company|Corporation|Pay|Payments?|Wallet|Money|Cloud|Mobile|Telecom|Network|Store|Mall|Market|Marketplace|Post|Express|Logistics|Maps?|Search)$/;

/** The last words of the full names this article writes, as their short names where "the" stands before them alone. */
export function nameTails(text: string, registry: EntityRegistry, matches: EntityMatch[]): LocalName[] {
  const out: LocalName[] = [];
  for (const m of matches) {
    const tail = TAIL.exec(m.surface.replace(/^the\s+/i, ""))?.[1];
    if (!tail || KIND_WORD.test(tail) || registry.get(tail) || out.some((o) => o.spellings[0] === tail)) continue;
    if (tail.split(/\s+/).some((w) => placeOrCommonWord(w) || isCountry(w))) continue;
    // Alone after "the", not as the end of the full name.
    const alone = new RegExp(`\\b[Tt]he\\s+${escapeRegExp(tail)}(?![\\p{L}\\p{N}])`, "u");
    if (!alone.test(text)) continue;
    // A tail two names in the article share is neither's.
    if (matches.some((o) => o.entity !== m.entity && o.surface.endsWith(` ${tail}`))) continue;
    out.push({ entity: m.entity, spellings: [tail, `the ${tail}`] });
  }
  return out;
}
