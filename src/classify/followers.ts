// A rival doing what the story has just told: "…, and Meituan followed the following year",
// "Taobao and Alipay followed last week, showing risk warnings", "Tenpay followed suit on
// Tuesday". The clause names only the newcomer; the act and its other side are those of the act
// told just before, with the newcomer in the place of that act's subject. Each newcomer is an
// event of its own (data/eval conventions: two platforms doing the same thing are two events).
import type { Candidate, ClauseContext } from "./detect-clause.ts";
import { groupOf } from "./groups.ts";
import { toldDate } from "./story-dates.ts";
import type { EventType } from "./types.ts";

// "NBCUniversal's Peacock reached a similar deal in September 2020": the same act, told as its kind.
const FOLLOWED =
  /\b(?:followed(?:\s+suit)?|did (?:the same|likewise)|went the same way|(?:reached|struck|signed|agreed|cut|sealed)\s+(?:a\s+)?(?:similar|comparable|matching)\s+(?:deal|agreement|arrangement|pact|contract))\b/i;

/** The act told just before, with the text that told it (its first-named party is its subject). */
export interface PriorAct {
  type: EventType;
  parties: string[];
  text: string;
}

/** Candidates for the newcomers of a "followed" clause, or none when it is not one. */
export function followersOf(clause: string, prior: PriorAct | undefined, ctx: ClauseContext): Candidate[] {
  const m = FOLLOWED.exec(clause);
  if (!m || !prior || prior.type === "regulation") return [];
  const after = ctx.partiesOf(clause.slice(m.index));
  // "Douyin followed in July, moving purchases onto Apple's rails" names its own other side.
  if (after.length > 0) return [];
  const newcomers = ctx
    .partiesOf(clause.slice(0, m.index))
    .filter((p) => !p.unknown && !ctx.isRegulator(p.name) && !prior.parties.some((q) => ctx.related(p.name, q)))
    .map((p) => p.name);
  if (newcomers.length === 0) return [];
  const when = toldDate(clause, ctx);
  if (!when?.date) return [];
  // The earlier act's subject is the party its text names first; the newcomer takes its place.
  const at = (name: string) => {
    const found = ctx.partiesOf(prior.text).find((p) => p.name === name || ctx.related(p.name, name));
    return found ? found.start : Number.POSITIVE_INFINITY;
  };
  const subject = [...prior.parties].sort((a, b) => at(a) - at(b))[0]!;
  const others = prior.parties.filter((p) => groupOf(p, ctx.registry) !== groupOf(subject, ctx.registry));
  if (others.length === 0) return [];
  return newcomers.map((name) => ({
    type: prior.type,
    parties: [name, ...others],
    score: 3,
    date: when.date,
    datePrecision: when.precision,
    explicitDate: true,
    unknown: [],
    lexicalType: true,
  }));
}
