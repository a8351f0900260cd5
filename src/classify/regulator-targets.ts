// A regulator's act told without its object ("The Justice Department sued in October 2020", "The
// commission opened its investigation", "The regulator approved the integration") is aimed at the
// case, the deal or the company the story tells around it.
import type { PartyHistoryEntry } from "./coref.ts";
import type { EventDraft } from "./detect-clause.ts";
import type { EntityRegistry } from "./entities.ts";
import { groupOf } from "./groups.ts";
import type { Sentence } from "./sentences.ts";

// An act told with an object of its own kind ("told platforms", "required payment institutions").
const GENERIC_OBJECT =
  /\b(?:platforms?|companies|firms|apps|institutions|issuers|operators|banks|carriers|providers|services|players|merchants|businesses|gatekeepers|developers|sellers|giants|industry|sector|market|wallets|e-wallets|networks|enterprises|stores|marketplaces)\b/i;

// An act whose object is an instrument ("issued guidelines in 2023", "floated a mechanism in a
// white paper") is aimed at no company in particular.
const INSTRUMENT =
  /\b(?:guidelines?|guidance|rules?|regulations?|law|act|notice|circular|white paper|draft|measures|standards?|plan|framework|mechanism|cap|deadline|consultation|bill|policy|code)\b/i;

// "its inquiry into the food delivery sector": a case about a whole trade names no company.
const SECTOR_TARGET = /\b(?:into|of|on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:sector|market|industry|trade)\b/i;

// "its market investigation", "a fact-finding inquiry into how AI answers …", "a survey of
// contracts between delivery apps and restaurants", "launched it as a market inquiry".
const MARKET_STUDY =
  /\b(?:market|sector|sectoral|industry)[- ](?:wide\s+)?(?:investigation|inquiry|study|review|probe|survey)\b|\bfact-finding\b|\bsurvey of\b|\b(?:inquiry|investigation|study)\s+into\s+(?:how|whether)\b/i;

// A definite reference to one case or one company's conduct ("its investigation", "those contracts").
const CASE_REF = /\b(?:its|the|that|this|those|these)\s+(?:\w+\s+)?(?:investigation|probe|inquiry|case|review|contracts?|practices?|conduct|deal|merger|complaint|search company|company|firm)\b/i;

// A regulator's approval or clearance of a deal named by reference ("approved the integration",
// "the cooperation obtained the approval of SAMA", "decided not to oppose it").
const DEAL_REF =
  /\b(?:approv\w*|clear(?:ed|s|ing)?|oppos\w*|authori[sz]\w*|green-?light\w*|sign(?:ed)? off on|nod|blessing)\s+(?:of\s+)?(?:it|them|(?:the|that|this|their|its)\s+(?:[\w-]+\s+){0,2}(?:integration|cooperation|partnership|deal|agreement|arrangement|terms|tie-up|link(?:-up)?|interconnection|project|connection|merger|acquisition|purchase))\b|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:integration|cooperation|partnership|deal|agreement|arrangement|tie-up|link(?:-up)?|interconnection|project)\s+(?:(?:has|had)\s+)?(?:obtained|won|received|got|secured|gained)\s+(?:the\s+)?(?:approval|clearance|blessing|green light|nod)\b/i;
/** How many sentences back the deal a regulator approves may be told. */
const DEAL_REACH = 4;

/**
 * "The Justice Department sued in October 2020": a regulator's act told without its object is
 * aimed at the story's protagonist, the one company the article keeps naming before it.
 */
export function targetProtagonist(events: EventDraft[], sentences: Sentence[], history: PartyHistoryEntry[], registry: EntityRegistry, isRegulator: (n: string) => boolean): void {
  for (const e of events) {
    if (e.type !== "regulation" || !e.parties.every(isRegulator)) continue;
    const text = sentences[e.sentenceIndex]?.text ?? "";
    // "The CMA opened its market investigation into cloud services": a study of a whole market is aimed at no one company.
    if (MARKET_STUDY.test(text)) continue;
    // "The commission opened its investigation in September 2022": the case the same regulator
    // is reported acting in elsewhere in the story, with the companies it acts on.
    if (CASE_REF.test(text) && !SECTOR_TARGET.test(text)) {
      const act = events
        .filter((o) => o !== e && o.type === "regulation" && o.parties.some((p) => e.parties.includes(p)) && o.parties.some((p) => !isRegulator(p)))
        .sort((a, b) => Math.abs(a.sentenceIndex - e.sentenceIndex) - Math.abs(b.sentenceIndex - e.sentenceIndex))[0];
      if (act) {
        for (const p of act.parties) if (!e.parties.includes(p)) e.parties.push(p);
        continue;
      }
    }
    // "The regulator approved the integration in December": the deal told just before is what it acted on.
    if (DEAL_REF.test(text)) {
      const deal = events
        // An undated state ("have long been bookable") is background, not a deal someone approved.
        .filter((o) => o.type !== "regulation" && o.type !== "dispute" && o.date !== null && o.sentenceIndex < e.sentenceIndex && e.sentenceIndex - o.sentenceIndex <= DEAL_REACH && !o.parties.some(isRegulator))
        .sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0];
      if (deal && deal.parties.length >= 2) {
        e.parties.push(...deal.parties);
        continue;
      }
    }
    if (GENERIC_OBJECT.test(text) || INSTRUMENT.test(text)) continue;
    const seen = new Map<string, number>();
    const names = new Map<string, number>();
    for (const h of history) {
      if (h.index > e.sentenceIndex) break;
      const companies = h.parties.filter((p) => !isRegulator(p));
      for (const g of new Set(companies.map((p) => groupOf(p, registry)))) seen.set(g, (seen.get(g) ?? 0) + 1);
      for (const n of companies) names.set(n, (names.get(n) ?? 0) + 1);
    }
    const [top, next] = [...seen].sort((a, b) => b[1] - a[1]);
    if (!top || top[1] < 2 || (next && top[1] < 2 * next[1])) continue;
    // The group's name the story uses most ("Google", not its parent "Alphabet").
    const name = [...names].filter(([n]) => groupOf(n, registry) === top[0]).sort((a, b) => b[1] - a[1])[0]?.[0];
    // Not the regulator's own system ("The QCB launched Fawran and required every bank to join").
    if (name && !registry.ancestors(name).some((a) => e.parties.includes(a))) e.parties.push(name);
  }
}
