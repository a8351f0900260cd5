// The trial before an opening: "As early as November last year, the two sides launched a pilot",
// "Tencent and Meituan quietly tested the integration in March". Such a sentence has no type
// words of its own, but the data/eval conventions count a pilot and the later rollout as two
// events, so it becomes a pilot of the opening the story tells, with that opening's parties.
import { resolveParties } from "./coref.ts";
import type { Candidate, ClauseContext, EventDraft } from "./detect-clause.ts";
import { groupsOf, subset } from "./groups.ts";
import { toldDate } from "./story-dates.ts";

// A trial run, not a product called "Test" or a "test of" someone's patience.
const TRIAL =
  /\b(?:(?:launched|started|began|ran|conducted|carried out|completed)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:pilot|trial|test)s?\b|(?:piloted|trialled|trialed|trialling|trialing)\b|(?:tested|testing)\s+(?:the|it|its|their)\s+(?:[\w-]+\s+){0,2}?(?:integration|connection|interconnection|access|feature|function|service|link|arrangement|format|scheme|option|programme|program|ads?|payments?)\b|(?:run|ran|running|operated)\s+(?:the|it|its|their)\s+(?:[\w-]+\s+){0,2}?as\s+an?\s+(?:test|trial|pilot)\b)/i;

/** A pilot told before or after the opening it tried out, as a candidate of that opening's type. */
export function trialOf(text: string, here: { index: number; paragraph: number }, ctx: ClauseContext, events: EventDraft[]): Candidate | null {
  if (!TRIAL.test(text)) return null;
  const when = toldDate(text, ctx);
  if (!when?.date || when.date === ctx.pubDay) return null;
  const own = ctx.partiesOf(text).filter((p) => !p.unknown && !ctx.isRegulator(p.name)).map((p) => p.name);
  const { parties } = resolveParties(text, own, here, ctx.history, ctx.related, (n) => !ctx.isRegulator(n));
  const groups = groupsOf(parties, ctx.registry);
  if (groups.size === 0) return null;
  const opening = events.findLast(
    (e) => e.type !== "regulation" && e.type !== "dispute" && subset(groups, groupsOf(e.parties, ctx.registry)) && (e.date === null || when.date! < e.date.slice(0, when.date!.length)),
  );
  if (!opening) return null;
  return { type: opening.type, parties: [...opening.parties], score: 3, date: when.date, datePrecision: when.precision, explicitDate: true, status: "pilot", unknown: [], lexicalType: true };
}
