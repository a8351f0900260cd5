// The trial before an opening (and the opening after it): "As early as November last year, the two sides launched a pilot",
// "Tencent and Meituan quietly tested the integration in March", "Nequi had tested Bre-B with a few
// thousand employees since August". Such a sentence has no type words of its own, but the data/eval
// conventions count a pilot and the later rollout as two events, so it becomes a pilot of the
// opening the story tells, with that opening's parties.
import { resolveParties } from "./coref.ts";
import type { Candidate, ClauseContext, EventDraft } from "./detect-clause.ts";
import { groupsOf, subset } from "./groups.ts";
import { toldDate } from "./story-dates.ts";

// A trial run, not a product called "Test" or a "test of" someone's patience.
const TRIAL =
  /\b(?:(?:launched|started|began|ran|conducted|carried out|completed)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:pilot|trial|test)s?\b|(?:piloted|trialled|trialed|trialling|trialing)\b|(?:tested|testing)\s+(?:the|it|its|their)\s+(?:[\w-]+\s+){0,2}?(?:integration|connection|interconnection|access|feature|function|service|link|arrangement|format|scheme|option|programme|program|ads?|payments?)\b|(?:tested|testing|piloted|piloting|trialled|trialed)\s+(?:[\w.&'’-]+\s+){1,3}?with\s+(?:a\s+)?(?:few|handful|small|selected|limited|some|its\s+own|their\s+own|\d[\d,]*)\b|(?:run|ran|running|operated)\s+(?:the|it|its|their)\s+(?:[\w-]+\s+){0,2}?as\s+an?\s+(?:test|trial|pilot)\b|(?:was|were|had been|has been|have been)\s+(?:first\s+|initially\s+|quietly\s+)?(?:tested|piloted|trialled|trialed)\b|\b(?:pilot|trial)s?\b[^.,;]{0,60}?\b(?:ran|run|began|started|running)\s+(?:from|since|in|between|for)\b|(?:tested|testing)\s+(?:the|its|their)\s+(?!waters?\b|patience\b|limits?\b|market\b|resolve\b)(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:with|in|on|since|among|at)\b|\b(?:follows?|followed|following|after)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:pilot|trial|test|beta)s?\b|\b(?:gr[ae]y|beta|small-scale)[\s-]+(?:test(?:ing|s|ed)?|trials?|pilots?)\b|\b(?:pilot|trial)s?\b[^.,;]{0,60}?\bran\s+(?:through|until|till)\b)/i;

// "The two networks had been testing the link", "the connection had been tested": a pilot of the
// opening the story already told, however far back.
const TOLD_BEFORE = /\b(?:the|both)\s+(?:two\s+)?(?:[\w-]+\s+)?(?:links?|integration|connection|interconnection|access|feature|function|service|arrangement|scheme|companies|firms|networks|platforms|sides|apps|operators|carriers|banks|wallets)\b/i;

/** How many sentences back a pilot that names nobody ("a pilot that ran from March") may reach for its opening. */
const NAMELESS_REACH = 3;

/** A pilot told before or after the opening it tried out, as a candidate of that opening's type. */
export function trialOf(text: string, here: { index: number; paragraph: number }, ctx: ClauseContext, events: EventDraft[]): Candidate | null {
  if (!TRIAL.test(text)) return null;
  const when = toldDate(text, ctx);
  if (!when?.date || when.date === ctx.pubDay) return null;
  const own = ctx.partiesOf(text).filter((p) => !p.unknown && !ctx.isRegulator(p.name)).map((p) => p.name);
  const { parties } = resolveParties(text, own, here, ctx.history, ctx.related, (n) => !ctx.isRegulator(n));
  const groups = groupsOf(parties, ctx.registry);
  // "Feishu and WeCom tested …" after "Feishu opened to Tencent Meeting": another product of the
  // same group named outright is another happening.
  // "paid by Weixin" in a pilot of WeChat Pay's opening names the same line of products.
  const sameLine = (p: string, q: string) => p === q || q.startsWith(`${p} `) || p.startsWith(`${q} `) || ctx.registry.ancestors(p).includes(q) || ctx.registry.ancestors(q).includes(p);
  // "The link follows a pilot that ran from March": a pilot naming nobody tried the opening just told.
  const nameless = groups.size === 0 && ctx.partiesOf(text).length === 0;
  if (groups.size === 0 && !nameless) return null;
  // A pilot comes before its opening, or in the same month as it ("since June", opened 9 June).
  const before = (e: EventDraft) => e.date === null || when.date! <= e.date.slice(0, when.date!.length);
  const opening = events.findLast(
    (e) =>
      e.type !== "regulation" &&
      e.type !== "dispute" &&
      before(e) &&
      (nameless ? here.index - e.sentenceIndex <= (TOLD_BEFORE.test(text) ? Number.POSITIVE_INFINITY : NAMELESS_REACH) : subset(groups, groupsOf(e.parties, ctx.registry)) && own.every((p) => e.parties.some((q) => sameLine(p, q)))),
  );
  if (!opening) return null;
  return { type: opening.type, parties: [...opening.parties], score: 3, date: when.date, datePrecision: when.precision, explicitDate: true, status: "pilot", unknown: [], lexicalType: true };
}

// "The link opened to everyone in March this year", "It went live for all customers in May": the
// trial just told, opened to all. Told by a reference, not by name.
const TO_ALL =
  /^(?:[^,]{0,40},\s*)?(?:it|the\s+(?:[\w-]+\s+)?(?:link|service|feature|function|option|connection|interconnection|integration|scheme|programme|program|arrangement|tie-up|pilot|trial))\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:opened|went live|rolled out|extended|expanded|became available|launched)\s+(?:up\s+)?(?:to|for|across|nationwide|in full)\b(?:\s+(?:everyone|all|the public|the whole|every|nationwide)\b)?/i;
const FOR_ALL = /\b(?:everyone|everybody|all\s+(?:\w+\s+)?(?:users|customers|merchants|members|sellers|shoppers|subscribers|banks|cities)|all of\b|the (?:general )?public|nationwide|across the country|every\s+\w+|in full)\b/i;
/** How many sentences back the trial the rollout ends may be told. */
const ROLLOUT_REACH = 3;

/** A rollout to everyone of the pilot just told, as a candidate with that pilot's sides and its own time. */
export function rolloutOf(text: string, here: { index: number }, ctx: ClauseContext, events: EventDraft[]): Candidate | null {
  if (!TO_ALL.test(text) || !FOR_ALL.test(text) || ctx.partiesOf(text).length > 0) return null;
  const when = toldDate(text, ctx);
  if (!when?.date || when.date === ctx.pubDay) return null;
  const pilot = events.findLast((e) => e.status === "pilot" && here.index - e.sentenceIndex <= ROLLOUT_REACH && e.date !== null && e.date < when.date!);
  if (!pilot) return null;
  return { type: pilot.type, parties: [...pilot.parties], score: 3, date: when.date, datePrecision: when.precision, explicitDate: true, status: "launched", unknown: [], lexicalType: true };
}
