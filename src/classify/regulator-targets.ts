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

// "opened a formal investigation", "dropped its preliminary inquiry": a case whose object the
// complaint told just before names ("Docplanner complained … that CeZ was refusing …").
const CASE_ACT =
  /\b(?:open(?:ed|s)?|launch(?:ed|es)?|beg[au]n|start(?:ed|s)?|initiat(?:ed|es)|drop(?:ped|s)?|clos(?:ed|es)|end(?:ed|s)|suspend(?:ed|s)|conclud(?:ed|es)|shelv(?:ed|es))\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|proceedings|case|review)\b/i;
/** How many sentences back the complaint a regulator's case answers may be told. */
const COMPLAINT_REACH = 2;
// "blocked the takeover", "cleared the $69 billion deal", "letting the purchase close": a
// regulator's act on a takeover the story told before, between the buyer and the bought.
const TAKEOVER_ACT =
  /\b(?:block\w*|clear\w*|approv\w*|prohibit\w*|let(?:ting)?|allow\w*|vet\w*|review\w*)\s+(?:an?\s+earlier\s+version\s+of\s+)?(?:the|that|this)\s+(?:[\w$-]+\s+){0,3}?(?:takeover|acquisition|merger|purchase|buyout)\b/i;
const TAKEOVER_TOLD = /\b(?:agreed to (?:buy|acquire)|bought|acquired|(?:takeover|acquisition|purchase) of|bid for|deal to (?:buy|acquire)|merge with)\b/i;
/** How many sentences back the takeover may be told. */
const TAKEOVER_REACH = 8;

/** "Microsoft agreed to buy Activision Blizzard": the buyer named just before the words, the bought just after. */
function takeoverSides(text: string, registry: EntityRegistry, isRegulator: (n: string) => boolean): string[] | undefined {
  const m = TAKEOVER_TOLD.exec(text);
  if (!m) return undefined;
  const names = registry.match(text).filter((n) => !isRegulator(n.entity.name));
  const buyer = names.findLast((n) => n.end <= m.index && m.index - n.end <= 40);
  const bought = names.find((n) => n.start >= m.index + m[0].length && n.start - (m.index + m[0].length) <= 30);
  return buyer && bought && buyer.entity !== bought.entity ? [buyer.entity.name, bought.entity.name] : undefined;
}

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
    // "Asperindo accused Shopee …, and the commission opened a formal investigation": the accused.
    if (CASE_ACT.test(text) && !SECTOR_TARGET.test(text)) {
      const accused = history.findLast((h) => h.index <= e.sentenceIndex && e.sentenceIndex - h.index <= COMPLAINT_REACH && h.accused && !isRegulator(h.accused))?.accused;
      if (accused) {
        e.parties.push(accused);
        continue;
      }
    }
    // "The commission opened its investigation in September 2022": the case the same regulator
    // is reported acting in elsewhere in the story, with the companies it acts on.
    if ((CASE_REF.test(text) || CASE_ACT.test(text)) && !SECTOR_TARGET.test(text)) {
      const act = events
        .filter((o) => o !== e && o.type === "regulation" && o.parties.some((p) => e.parties.includes(p)) && o.parties.some((p) => !isRegulator(p)))
        .sort((a, b) => Math.abs(a.sentenceIndex - e.sentenceIndex) - Math.abs(b.sentenceIndex - e.sentenceIndex))[0];
      if (act) {
        for (const p of act.parties) if (!e.parties.includes(p)) e.parties.push(p);
        continue;
      }
    }
    // "Microsoft agreed to buy Activision … the CMA blocked the takeover": both sides of the takeover.
    if (TAKEOVER_ACT.test(text)) {
      const sides = sentences
        .slice(Math.max(0, e.sentenceIndex - TAKEOVER_REACH), e.sentenceIndex)
        .map((s) => takeoverSides(s.text, registry, isRegulator))
        .findLast((x) => x !== undefined);
      if (sides) {
        e.parties.push(...sides);
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
