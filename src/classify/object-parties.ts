// Sides a clause reaches as objects rather than by name: "ByteDance sued it", "Vipshop began
// offering it", "linked their apps to the wallet" name a party the story told just before.

import type { ClauseContext } from "./detect-clause.ts";
import { groupsOf } from "./groups.ts";
import { objectPronoun } from "./regulator-cues.ts";

// "to the wallet", "on the app", "joined the network": a platform's noun after a preposition, not "the app of …" or "the app stores".
const PLATFORM_OBJECT = /\b(?:to|with|into|on|onto|inside|joined|joins)\s+the\s+(?:app|platform|wallet|service|messenger|marketplace|network|switch|exchange)\b(?!\s+(?:of|for)\b)(?!\s+[a-z]+s\b)/i;
const PAIR_BOTH = /\b(?:both|each)\b/i;

// "Paytm was the first to accept the cards": a thing the story's recent party is known by ("RuPay
// cards"). Only "the" and a plural: "its lockers" may as well be the subject's own, and a singular
// ("the bank", "the assistant") is more often a kind than a product. Nouns every kind of platform is
// called by say nothing of which one.
const KIND_NOUN = /\bthe\s+([a-z]{3,}s)\b(?!\s+(?:of|for)\b)/g;
const GENERIC_NOUN = /^(?:apps|platforms|services|wallets|networks|systems|sites|websites|stores|companies|firms|groups|products|brands|users|customers|merchants|sellers|shops|partners|rivals|deals|features|options|payments|accounts|links|news)$/;
/** How many sentences back the thing may have been named. */
const KIND_REACH = 3;

/** The clause's parties with those it names only as objects added from the sentences before. */
export function withObjectParties(
  clause: string,
  parties: string[],
  here: { index: number },
  ctx: ClauseContext,
  /** `wayTold`: ways to pay an "offering it" may take; `regulatorImplied`: the clause implies an unnamed regulator. */
  cues: { wayTold: string[]; regulatorImplied: boolean; pairSubject?: boolean },
): string[] {
  const { history, registry, isRegulator, related } = ctx;
  let out = parties;
  // "Pinduoduo added Douyin Pay … Vipshop began offering it": the way to pay told just before.
  // "JD.com and Meituan supported it earlier": so for a pair of subjects, each taking it.
  if ((groupsOf(out, registry).size === 1 || cues.pairSubject) && !out.some(isRegulator)) {
    const way = cues.wayTold.find((p) => !out.some((q) => related(p, q)));
    if (way) out = [...out, way];
  }
  // "…, and ByteDance sued it in 2021": the object pronoun is the subject told just before.
  if (objectPronoun(clause) && groupsOf(out, registry).size === 1) {
    const before = history.findLast((h) => h.index < here.index && h.parties.length > 0);
    // What a regulator fines or orders is a company, not the regulator told before it.
    const acting = out.some(isRegulator);
    // After a complaint, what a regulator fines is the company complained against.
    const accused = acting && before?.accused && !out.some((q) => related(before.accused!, q)) ? before.accused : undefined;
    const subject = accused ?? before?.parties.find((p) => !out.some((q) => related(p, q)) && !(acting && isRegulator(p)));
    if (subject) out = [...out, subject];
  }
  // "Dashen Bank and Awash Bank both linked their apps to the wallet": the platform the story told
  // last, when the clause names no other side (a platform's noun never names the retailer beside it).
  if (!out.some(isRegulator) && !cues.regulatorImplied && PLATFORM_OBJECT.test(clause) && (groupsOf(out, registry).size === 1 || (out.length === 2 && (PAIR_BOTH.test(clause) || cues.pairSubject === true)))) {
    const before = history.findLast((h) => h.index < here.index && here.index - h.index <= 2 && h.parties.some((p) => !isRegulator(p)));
    // An exchange is often a company in the registry ("blocked card payments to the exchange").
    const anyKind = /\bthe\s+exchange\b/i.test(clause);
    const platform = before?.parties.find((p) => !isRegulator(p) && !out.some((q) => related(p, q)) && (anyKind || registry.get(p)?.kind !== "company"));
    if (platform) out = [...out, platform];
  }
  // "Paytm was the first to accept the cards": the party told just before whose name for the thing the clause uses.
  if (!out.some(isRegulator) && !cues.regulatorImplied && groupsOf(out, registry).size === 1) {
    for (const m of clause.matchAll(KIND_NOUN)) {
      const noun = m[1]!;
      if (GENERIC_NOUN.test(noun)) continue;
      const stem = noun.replace(/s$/, "");
      const calledSo = (p: string) => {
        const e = registry.get(p);
        const names = e ? [e.name, ...e.aliases] : [p];
        return names.some((a) => {
          const words = a.split(/\s+/);
          return words.length >= 2 && words.at(-1)!.toLowerCase().replace(/s$/, "") === stem && names.includes(words.slice(0, -1).join(" "));
        });
      };
      const fits = (p: string) => !isRegulator(p) && !out.some((q) => related(p, q)) && calledSo(p);
      const thing = history.findLast((h) => h.index < here.index && here.index - h.index <= KIND_REACH && h.parties.some(fits))?.parties.find(fits);
      if (thing) return [...out, thing];
    }
  }
  return out;
}

/** "Bank of Kigali and Equity Bank connected …": the clause's only two names open it, joined by "and", after nothing but a time. */
export function opensWithPair(clause: string, mentions: { start: number; end: number }[]): boolean {
  const [first, second] = mentions;
  // A gloss may follow the first name: "Jingdong (京东) and US Group (美团)".
  if (mentions.length !== 2 || !first || !second || !/^\s*(?:[(（][^()（）]{1,30}[)）]\s*)?(?:and|&)\s*$/.test(clause.slice(first.end, second.start))) return false;
  return !/[a-z]{4,}\s*$/.test(clause.slice(0, first.start).replace(/\b(?:in|on|since|from|by|last|this|early|late|mid|within|weeks|days|months|then|now)\b/gi, ""));
}
