// What a clause's own words say its kind is: the lexicon's phrases, or, when the clause has none,
// the terms of the deal it names, what its appositive says a party is, a way to pay it accepts by
// name, or a complaint about what a rival does.
import { APPOSITIVE } from "./clauses.ts";
import type { ClauseContext } from "./detect-clause.ts";
import { COMPLAINED_THAT } from "./legal.ts";
import type { PartyMention } from "./parties.ts";
import { PAYMENT_IT, paymentNamed, waysToPayBefore } from "./payment-names.ts";
import { scoreTypes, type TriggerLexicon } from "./triggers.ts";
import type { EventType } from "./types.ts";

/** Lexicon weight a sentence needs before it can report an event. */
export const MIN_SCORE = 2;

const ACCEPTED = /\baccept(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}$/i;
// "has officially accessed M-Pesa", "integrated GCash": a wallet a business connects is a way to pay it offers.
const OFFERED = /\b(?:(?:offer|support|access|integrate|add)(?:s|ed|ing|d)?|take|takes|took|taken|taking|(?:connect|link)(?:s|ed|ing)?\s+(?:to|with))\s+(?:[(（][^)）]{1,8}[)）]\s*)?(?:(?:officially|fully|also)\s+)?$/i;
const ACCEPTED_WEIGHT = 2;
const DEAL_WORD = /\b(?:deal|agreement|arrangement|contract|partnership|pact|plan|programme|program|scheme|initiative)\b/i;
const DEAL_TERMS = /\b(?:under which|whereby)\b(.*)$/i;

function openingTypes(text: string, lex: TriggerLexicon): Partial<Record<EventType, number>> {
  const { regulation: _r, dispute: _d, ...rest } = scoreTypes(text, lex);
  return rest;
}

export interface WordedKinds {
  /** Lexicon weight per kind. */
  lexical: Partial<Record<EventType, number>>;
  /** Whether the kind came from the terms of a deal the clause names ("…, under which …"). */
  dealTerms: boolean;
  /** Ways to pay told just before that "began offering it" takes. */
  wayTold: string[];
}

/** The kinds a clause's words say it reports, with where they came from. */
export function wordedKinds(clause: string, sentence: string, here: { index: number; paragraph: number }, ctx: ClauseContext): WordedKinds {
  const { history, registry, lex, isRegulator } = ctx;
  let lexical = scoreTypes(clause, lex);
  let dealTerms = false;
  // Not a lead-in before a colon ("Le Monde's case had a history: Google signed …"): it tells no act.
  if (Object.keys(lexical).length === 0 && clause !== sentence && !sentence.includes(`${clause.trimEnd()}:`)) {
    // "… and UnionPay and Alipay completed the interconnection": the sentence says what kind.
    const { regulation: _r, ...rest } = scoreTypes(sentence, lex);
    lexical = rest;
  }
  if (Object.keys(lexical).length === 0 && DEAL_WORD.test(clause)) {
    // "Noon has struck a deal with Snap under which Snapchat users will be sent into Noon's app":
    // the terms, cut from the main clause, say what kind of deal it is.
    const terms = DEAL_TERMS.exec(ctx.written ?? "")?.[1];
    if (terms && !clause.includes(terms)) {
      lexical = openingTypes(terms, lex);
      dealTerms = Object.keys(lexical).length > 0;
    }
  }
  // "Lalamove will switch its drivers to GrabMaps, the mapping service built by Grab": what a party
  // is, said in the appositive the main clause drops, says what kind of opening it is.
  if (Object.keys(lexical).length === 0 && ctx.written && ctx.written !== sentence) {
    const described = ctx.written.match(APPOSITIVE)?.join(" ") ?? "";
    if (described) lexical = openingTypes(described, lex);
  }
  // "LINE MAN Wongnai began accepting TrueMoney", "Rappi has accepted Nequi since 2021": what a
  // business accepts by name is a way to pay (not "accepted Google's terms", not a regulator).
  // "Nu México has offered DiMo since May 2024": a payment system a business offers or supports is one too.
  // "Pinduoduo added Douyin Pay … Vipshop began offering it": what a business takes or offers is the way to pay told just before.
  const wayTold = PAYMENT_IT.test(clause) ? waysToPayBefore(here, history, registry) : [];
  // Accepting a way to pay by name outweighs what it is accepted for ("accept Douyin Pay for food delivery").
  if (wayTold.length > 0 || /\b(?:accept|offer|support|take|took|access|integrat|add|connect|link)/i.test(clause)) {
    const takenToPay = (m: PartyMention) => {
      const before = clause.slice(Math.max(0, m.start - 40), m.start);
      return ACCEPTED.test(before) || (OFFERED.test(before) && paymentNamed(m.name, registry) && registry.get(m.name)?.kind !== "company");
    };
    const accepted = ctx.partiesOf(clause).some((m) => takenToPay(m) && !/^['’]s\b/.test(clause.slice(m.end)) && !isRegulator(m.name));
    if (accepted || wayTold.length > 0) lexical = { ...lexical, payment: (lexical.payment ?? 0) + ACCEPTED_WEIGHT };
  }
  // "Khalti complained to the central bank that eSewa-linked agents were removing its stickers":
  // a complaint about what a rival does is a dispute whatever the conduct's words.
  if (Object.keys(lexical).length === 0 && COMPLAINED_THAT.test(clause)) lexical = { dispute: MIN_SCORE };
  return { lexical, dealTerms, wayTold };
}
