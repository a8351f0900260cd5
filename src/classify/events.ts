// Event detection, sentence by sentence (and clause by clause when one sentence reports two
// happenings): a trigger lexicon (plus the sentence classifier when trained) says what kind of
// opening or wall is reported, the registry says who, dates.ts says when. A later sentence that
// restates an event already found becomes a mention of it, so each happening is one event.
import { DATELINE, mainClause, OWN_SUBJECT, QUOTED, QUOTED_SHARE, quotedShare, relativeClauses, splitClauses, withSharedSubject } from "./clauses.ts";
import { clauseEntry, type PartyHistoryEntry, regulatorAntecedent, singularAntecedent } from "./coref.ts";
import { forgetDates, lendDates, publishedDay, resolveDate } from "./dates.ts";
import { type Candidate, type ClauseContext, detectClause, type EventDraft } from "./detect-clause.ts";
import { newsDay, ownDate, toldDate } from "./story-dates.ts";
import type { EntityRegistry } from "./entities.ts";
import { groupsOf, sameGroups, subset } from "./groups.ts";
import { completeLegal, enactedIn, filingIn } from "./legal.ts";
import { objectAgain } from "./clause-objects.ts";
import { followedAct } from "./decision-acts.ts";
import { targetProtagonist } from "./regulator-targets.ts";
import { summariseEvent } from "./merge.ts";
import { mergeRestatement } from "./restatements.ts";
import { twoSidesUnlessListed } from "./sides.ts";
import { followersOf, liftedWall, type PriorAct, SIMILAR } from "./followers.ts";
import { rolloutOf, trialOf } from "./trials.ts";
import { tellsAView } from "./views.ts";
import type { Sentence } from "./sentences.ts";
import { helpersOf } from "./registry-helpers.ts";
import { anyHit, type TriggerLexicon } from "./triggers.ts";
import type { ExtractedEvent } from "./types.ts";

export interface DetectedEvents {
  events: ExtractedEvent[];
  /** Organisations not in the registry that act as parties, as written. */
  unknownEntities: string[];
}

const PILOT_BEFORE =
  /\b(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:pilot|trial|test|beta)(?:\s+(?:programme|program|run|scheme|phase))?(?:\s+(?:in|with|at|for|among)\s+[^,.;]{1,40}?)?\s+(?:that\s+|which\s+)?(?:began|started|launched|ran|run|begun)\s+(?:in|on|last|since|from)\s+[^,.;]{2,30}/i;

// Words that make a name only qualify people ("MIIT officials", "a SAMR spokesperson").
/**
 * Detector probability at which a sentence counts as carrying a generic event cue, so the rules
 * read it for parties, kind and date without a trigger word. Chosen on dev with 5-fold
 * cross-fitted detectors: 0.8 added 53 matched events for 90 predictions (0.9 and 0.95 add fewer);
 * with stop 33's 1,294 dev articles, 0.6 adds 14 more matched for 24 more predictions (0.5: 18 for 32).
 */
const LIKELY = 0.6;
/** Detector probability at which a sentence's event survives the no-event words. */
const SURE = 0.9;

const NAMED_AS_PEOPLE = /\b(?:officials?|spokes(?:man|woman|person)|executives?|chief|head|minister|director)\b/i;

// A regulator named only as where a complaint or case went ("complained to SAMR", "filed with the JFTC").
const HEARD_BY = /\b(?:complain\w*|complaints?|filed|filings?|lodged|petition\w*|appealed|went|turned|took)\b[^.;]{0,60}\b(?:to|with|before)\s/i;

function sameMaker(parties: string[], firstDeal: string[], firstPartners: string[]): string[] {
  const maker = firstDeal.filter((p) => !firstPartners.includes(p));
  return [...new Set([...maker, ...parties.filter((p) => !firstPartners.includes(p))])];
}

const AGAINST = /\b(?:against|accus(?:ed|ing))\b/i;
// Words of a complaint: its teller is the first company the sentence names, the rest are accused.
const COMPLAINT_WORDS = /\b(?:complain(?:ed|s|ing)?|accus(?:ed|es|ing)|alleg(?:ed|es|ing)|filed a complaint)\b/i;
const ACCUSED_BEFORE = /\b(?:(?:complaints?|case|suit|lawsuit|claim)\s+against|accus(?:ed|ing))\s+(?:the\s+)?$/i;
// A sentence whose subject is a regulator named before ("The regulator has moved against Google before.").
const REGULATOR_SUBJECT = /^(?:[^,]{0,30},\s*|(?:In|On|By|Last|Later|Earlier|That|The following|The next)\b[^,]{0,25}?\s(?=the\b))?(?:The|Its)\s+(?:\w+\s+)?(?:regulator|ministry|watchdog|commission|authority|administration|bureau|agency|central bank)\b/i;
// "The ruling is the authority's second in the sector.": a sentence naming no one but the
// regulator's own act makes it the one a following "it" means.
const REGULATOR_TOPIC = /\bthe\s+(?:\w+\s+)?(?:regulator|ministry|watchdog|commission|authority|administration|bureau|agency|central bank)['’]s\b/i;

const LEAD_IN = /^([^:"“”]{10,150}):\s+(?=[^"“”:]{0,80}\b(?:[a-z]+ed|put|cut|set|shut|let|made|took|gave|told|began|won|lost|struck|brought|sent|found|held|kept|left|paid|sold|went|came|ran|got)\b)/;
const OWNER_MODIFIER = /^-(?:owned|backed|controlled|run|operated)\b/;
const LEAD_SUBJECT = /^(?:The|Its)\s+(?:[\w-]+\s+)?(?:authority|regulator|watchdog|commission|ministry|agency|bureau|central bank)\b/;
// "Acting on a complaint that Mercado Libre filed against Apple in 2022, the authority ordered …":
// the complaint behind the act is told apart (filingIn below); the act is the main clause.
const ACTING_ON = /^(?:[-–•]\s*)?(?:Acting on|Following|In response to|Responding to|Prompted by)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:complaints?|petition|referral)\b[^,;]{0,120},\s+(?=(?:the|its|[A-Z]))/i;

/** The act told last: an earlier clause of this sentence, else the story's last event. */
function priorAct(found: Candidate[], clauses: string[], clause: string, events: EventDraft[], sentences: Sentence[]): PriorAct | undefined {
  const here = found.at(-1);
  if (here) return { type: here.type, parties: here.parties, text: clauses.slice(0, clauses.indexOf(clause)).join(" ") };
  const last = events.at(-1);
  return last && { type: last.type, parties: last.parties, text: sentences[last.sentenceIndex]?.text ?? "" };
}

/**
 * "In June, Weibo reached a similar cooperation with Baidu": the kind of the story's first act with
 * the same side (not a detail told since), unless the clause's own words say which.
 */
function similarKind(cand: Candidate, clause: string, events: EventDraft[], related: (a: string, b: string) => boolean): void {
  if (cand.lexicalType || cand.type === "regulation" || !SIMILAR.test(clause)) return;
  const like = events.find((e) => e.parties.some((p) => cand.parties.some((q) => related(p, q))));
  if (like && like.type !== "regulation" && like.type !== "dispute") cand.type = like.type;
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));


/** Finds the interconnection events an article's sentences report. */
export function detectEvents(
  sentences: Sentence[],
  published: string | null | undefined,
  registry: EntityRegistry,
  lex: TriggerLexicon,
  /** The detector's probability per sentence index (null where it has no view). */
  likelihood: readonly (number | null)[] = [],
): DetectedEvents {
  forgetDates();
  const helpers = helpersOf(registry);
  for (const m of helpers.memos) m.clear();
  const pubDay = publishedDay(published);
  const history: PartyHistoryEntry[] = [];
  const events: EventDraft[] = [];
  const pendingLegal: (Candidate & { index: number; evidence: string; complaint?: boolean })[] = [];
  const unknown = new Set<string>();
  const { isRegulator } = helpers;
  const ctx: ClauseContext = {
    history,
    registry,
    lex,
    pubDay,
    isRegulator,
    related: helpers.related,
    partiesOf: helpers.partiesOf,
    storyYear: null,
    storyMonth: null,
    calledBy: helpers.calledBy,
    modelOf: helpers.modelOf,
    isCourt: helpers.isCourt,
  };

  const regulatorsIn = (text: string) => [...new Set(registry.match(text).filter((m) => m.entity.kind === "regulator").map((m) => m.entity.name))];
  for (const s of sentences) {
    const opened = s.index === 0 ? s.text.replace(DATELINE, "") : s.text;
    // "The move follows Taobao's decision last September to let shoppers pay with …": the act it follows.
    const told = followedAct(opened) ?? opened;
    // "It also reverses an old habit: WeChat blocked links to Taobao in 2013": a lead-in that
    // names no one only frames the act told after the colon. A dated heading ("- June 2022: the
    // regulator opened …") is the act's time, not a lead-in.
    const frames = (l: RegExpExecArray | null): l is RegExpExecArray => l !== null && !/\d/.test(l[1]!) && ctx.partiesOf(l[1]!).length === 0;
    // The lead-in's own relative clause ("…, which had already produced a deal of its own: Google
    // signed …") must not cut away the act told after its colon.
    const rawLead = LEAD_IN.exec(told);
    const leadFirst = frames(rawLead);
    const main = leadFirst ? rawLead[0] + mainClause(told.slice(rawLead[0].length)) : mainClause(told);
    const lead = leadFirst ? rawLead : LEAD_IN.exec(main);
    let framed = leadFirst || frames(lead) ? main.slice(lead![0].length) : main;
    // "The authority has acted against the operator before: in 2014 it ordered …": "it" is the lead-in's subject.
    const leadSubject = framed !== main ? LEAD_SUBJECT.exec(lead![1]!) : null;
    if (leadSubject) framed = framed.replace(/^([^,]{0,25}?,?\s*)\bit\b/i, `$1${leadSubject[0].toLowerCase()}`);
    const text = framed.replace(ACTING_ON, "");
    const here = { index: s.index, paragraph: s.paragraph };
    ctx.written = s.text;
    ctx.likely = (likelihood[s.index] ?? 0) >= LIKELY;
    const candidates: Candidate[] = [];
    // The last clause of the sentence that told a date of its own.
    let lastTold: string | null = null;
    // "… discussed logistics, but there is no result yet": the tail takes back what came before.
    const but = /,\s+but\s+(.*)$/.exec(text);
    // "… struck a similar arrangement in 2022, but talks on renewing it stalled": an act with a
    // time of its own happened whatever the tail says came after.
    const takenBack = but !== null && anyHit(but[1]!, lex.notEvent) && !toldDate(text.slice(0, but.index), ctx)?.date;
    if (!QUOTED.test(text) && quotedShare(text) <= QUOTED_SHARE && !takenBack && !tellsAView(s.text, (words) => ctx.partiesOf(words).length > 0)) {
      const clauses = splitClauses(text);
      const found: Candidate[] = [];
      const earlierClauses: string[] = [];
      // "Rappi complained to CADE …, and in March 2021 the regulator barred iFood": whom a later "the regulator" means.
      const toldClauses: string[] = [];
      for (const c of clauses) {
        // "…, and this spring it added …": "it" is the subject of the clause before.
        if (earlierClauses.length > 0) history.push(clauseEntry(here, earlierClauses, toldClauses, regulatorsIn));
        // "…, and, that October, fined the company …": a clause without a subject shares the one before.
        // Only with a time of its own ("fined Grab and ordered it to …" is one decision, told once).
        const before = clauses[clauses.indexOf(c) - 1];
        const { text: shared, deal } = withSharedSubject(c, before, earlierClauses.length > 0);
        let cand = detectClause(shared, text, here, ctx);
        // "…, and Careem began accepting the wallet in June": the object of the clause before.
        if (!cand && found.length > 0) cand = objectAgain(shared, toldClauses.join(" "), found.at(-1)!, ctx, (t) => detectClause(t, text, here, ctx));
        // A later clause with a subject of its own tells its own act ("…, and the two networks completed …").
        if (cand && c !== clauses[0] && OWN_SUBJECT.test(c)) cand.clause = clauses.indexOf(c);
        // The second deal's maker is the first deal's, whoever "it" would otherwise name.
        if (cand && deal && found.length > 0) cand.parties = sameMaker(cand.parties, found.at(-1)!.parties, ctx.partiesOf(before!.slice(deal.index)).map((p) => p.name));
        if (earlierClauses.length > 0) history.pop();
        if (cand) similarKind(cand, c, events, ctx.related);
        if (cand) found.push(cand);
        // "…, and Meituan followed the following year": the act just told, with a newcomer.
        else found.push(...followersOf(c, priorAct(found, clauses, c, events, sentences), ctx, before));
        // "In 2021 X …, and the following year Y …": a later clause counts from this clause's date.
        // "… on 29 January 2025, and AWS made it available … the next day": the next clause counts from this day.
        if (clauses.length > 1 && tellStoryDate(c, ctx, /\b(?:19|20)\d\d\b/.test(c) ? here : undefined)) lastTold = c;
        // "In August 2022 it won the ICC's rights, and within weeks it sublicensed …": the second "it"
        // is who the first one meant, not the first name the clause writes.
        const subject = clauses.length > 1 && earlierClauses.length === 0 ? singularAntecedent(c, here, history) : null;
        if (subject) earlierClauses.push(subject);
        // Courts decide; "it" and "the two sides" never mean them.
        for (const p of ctx.partiesOf(c)) if (!p.unknown && !ctx.isCourt(p.name) && !earlierClauses.includes(p.name)) earlierClauses.push(p.name);
        toldClauses.push(c);
        // "The central bank relented in March 2021, …, and in April 2023 it allowed Meta …": "it" is the regulator the first clause is about.
        const regulatorSubject = c === clauses[0] && clauses.length > 1 && REGULATOR_SUBJECT.test(c) && !ctx.partiesOf(c).some((p) => isRegulator(p.name)) ? regulatorAntecedent(c, here, history, isRegulator, ctx.calledBy) : null;
        if (regulatorSubject && !earlierClauses.includes(regulatorSubject)) earlierClauses.unshift(regulatorSubject);
      }
      // A clause that reports something stands for the sentence; the others only add context.
      // Clauses with actors of their own ("Meituan launched …, and JD.com opened …") are separate
      // acts, so their parties are never pooled into one event.
      const withActors = clauses.filter((c) => ctx.partiesOf(c).length > 0).length;
      if (clauses.length > 1 && found.length >= 1) candidates.push(...found);
      else if (withActors <= 1) {
        const whole = detectClause(text, text, here, ctx);
        if (whole) similarKind(whole, text, events, ctx.related);
        // Nothing reported on its own: what a "followed" clause copies is all there is.
        candidates.push(...(whole ? [whole] : found));
      }
    }
    if (!QUOTED.test(s.text)) {
      const rels = relativeClauses(s.text, ctx.partiesOf);
      // "…, the app that added Wave in 2022 and Orange Money a year later": a later part counts from
      // the part before; the sentence's own story time comes back after.
      const { storyYear, storyMonth, storyAt } = ctx;
      for (const rel of rels) {
        const cand = detectClause(rel, rel, here, ctx);
        // Only an act with a date of its own: an undated relative clause is a description of the name.
        if (cand?.explicitDate && !candidates.some((c) => c.type === cand.type && c.date === cand.date)) candidates.push(cand);
        if (rels.length > 1) tellStoryDate(rel, ctx);
      }
      Object.assign(ctx, { storyYear, storyMonth, storyAt });
    }
    // Antecedents come from the whole sentence: a trailing "a law written with Apple and Google in mind" names who "the two companies" are.
    // "The Delivery Hero-owned platform": an owner naming which platform is meant does not act.
    const named = ctx.partiesOf(s.text).filter((p) => !p.unknown && !ctx.isCourt(p.name) && !OWNER_MODIFIER.test(s.text.slice(p.end, p.end + 12))).map((p) => p.name);
    // "The regulator has moved against Google before." The regulator it means is this sentence's
    // subject, so a following "it issued …" names the regulator, not Google.
    if (!named.some(isRegulator) && (REGULATOR_SUBJECT.test(text) || (named.length === 0 && REGULATOR_TOPIC.test(text)))) {
      const ante = candidates.flatMap((c) => c.parties).find(isRegulator) ?? regulatorAntecedent(text, here, history, isRegulator, ctx.calledBy);
      if (ante) named.unshift(ante);
    }
    // "MIIT officials met …": the regulator is not a party here but is what a later "the ministry" means.
    // "Tencent complained to SAMR": the regulator heard the complaint, and a later "the regulator fined …" means it.
    // A body the registry lacks counts when its name says it regulates ("the Conseil de la Concurrence").
    const idleRegulators = () => [
      ...registry.match(s.text).filter((m) => m.entity.kind === "regulator" && !named.includes(m.entity.name)).map((m) => m.entity.name),
      ...ctx.partiesOf(s.text).filter((m) => m.unknown && isRegulator(m.name)).map((m) => m.name),
    ];
    const heardBy = NAMED_AS_PEOPLE.test(s.text) || HEARD_BY.test(s.text) ? idleRegulators() : [];
    // Every other regulator named without acting is looked up only when a later "the central bank" needs it.
    let regulators: string[] | undefined;
    // "Tada filed a complaint against Kakao Mobility": whom a later "the commission fined it" means.
    // "Nagad complained to the commission that bKash's contracts …": the one told after the complainant.
    const accused =
      (AGAINST.test(s.text) ? registry.match(s.text).find((m) => ACCUSED_BEFORE.test(s.text.slice(Math.max(0, m.start - 24), m.start)) && !isRegulator(m.entity.name))?.entity.name : undefined) ??
      (COMPLAINT_WORDS.test(s.text) ? named.filter((p) => !isRegulator(p))[1] : undefined);
    history.push({ index: s.index, paragraph: s.paragraph, parties: named, ...(heardBy.length > 0 ? { heardBy } : {}), ...(accused ? { accused } : {}), regulators: () => (regulators ??= idleRegulators()) });
    // "Spotify complained in 2019, and in March 2024 the Commission fined Apple. That August, …":
    // the story goes on from the last time the sentence told, not its first.
    tellStoryDate(lastTold ?? text, ctx, here);
    // "…, which in September 2021 told platforms …. WeChat began … later that year": a date in the
    // part the main clause cut still sets the story's year.
    if (text !== s.text && !toldDate(text, ctx)?.date) tellStoryDate(s.text, ctx);

    // "Last Friday it didn't change again: the ministry put off …": the lead-in's time is the act's.
    const leadTime = framed !== main ? ownDate(lead![1]!, ctx) : null;
    if (leadTime?.date) for (const c of candidates) if (!c.explicitDate) Object.assign(c, { date: leadTime.date, datePrecision: leadTime.precision, explicitDate: true });
    // "…, expanding a pilot that began in September": the pilot is its own, earlier happening.
    const pilot = PILOT_BEFORE.exec(told);
    const pilotDate = pilot ? resolveDate(pilot[0], pubDay) : null;
    if (pilot && pilotDate?.date) {
      const main = candidates.find((c) => c.type !== "regulation" && c.type !== "dispute");
      if (main && main.date !== pilotDate.date) {
        candidates.push({ ...main, date: pilotDate.date, datePrecision: pilotDate.precision, explicitDate: true, status: "pilot", distribute: undefined });
        if (main.status === "pilot") delete main.status;
      }
    }
    // A trial of an opening told elsewhere is that opening's pilot, whatever its own words suggest
    // ("have tested the link since March" is not a link opening).
    const trial = QUOTED.test(s.text) ? null : trialOf(text, here, ctx, events);
    if (trial && candidates.every((c) => c.type !== "regulation" && c.type !== "dispute" && subset(groupsOf(c.parties, registry), groupsOf(trial.parties, registry)))) {
      candidates.splice(0, candidates.length, trial);
    }
    // A sentence the detector is sure of, whose main clause the rules found nothing in: the act may
    // sit in the part the main clause cut ("In 2021, when the ministry ordered platforms to …, …").
    // Dev (cross-fitted): +11 matched, +18 predicted.
    if (candidates.length === 0 && ctx.likely && text !== told && !QUOTED.test(s.text)) {
      const whole = detectClause(told, told, here, ctx);
      if (whole) candidates.push(whole);
    }
    // A sentence the detector is all but sure of, whose whole reading the no-event words vetoed
    // ("… so that brands can check whether …", "… and has never brought it back"): taken when it
    // names exactly two sides, at a confidence too low to make an article relevant on its own.
    // Dev (cross-fitted, 1,126): +16 matched, +25 predicted.
    if (candidates.length === 0 && (likelihood[s.index] ?? 0) >= SURE && !QUOTED.test(s.text)) {
      ctx.sure = true;
      const forced = detectClause(told, told, here, ctx);
      ctx.sure = false;
      if (forced && forced.parties.length === 2 && !forced.oneSided) candidates.push({ ...forced, score: 0 });
    }
    // "The block was lifted on 20 June": the wall just told, taken down.
    const lifted = candidates.length === 0 && !QUOTED.test(s.text) ? liftedWall(text, here, ctx, events) : null;
    if (lifted) candidates.push(lifted);
    // "The link opened to everyone in March": the pilot just told, rolled out.
    const rollout = candidates.length === 0 && !QUOTED.test(s.text) ? rolloutOf(text, here, ctx, events) : null;
    if (rollout) candidates.push(rollout);
    const filing = QUOTED.test(s.text) ? null : filingIn(s.text, pubDay, ctx);
    if (filing) pendingLegal.push({ ...filing, index: s.index, evidence: s.text });
    const enacted = QUOTED.test(s.text) ? null : enactedIn(s.text, ctx);
    if (enacted && !candidates.some((c) => c.type === "regulation" && c.date === enacted.date)) candidates.push(enacted);
    const expanded = candidates.flatMap((c): (Candidate & { splitOf?: Candidate })[] => {
      const each = c.distribute;
      return each ? each.map((keep) => ({ ...c, parties: c.parties.filter((p) => p === keep || !each.includes(p)), splitOf: c })) : [c];
    });
    // "Taobao and Tmall began accepting WeChat Pay": the acts one list was split into are not restatements of each other, though one group's.
    const splitFrom = new Map<EventDraft, Candidate>();
    for (const c of expanded) {
      // "… interviewed Tencent Music and NetEase and required them to authorize each other": what a
      // regulator's act requires of its companies is that act, not an opening of their own.
      // Not an opening told in a clause of its own ("…, and the two networks completed the integration later that year").
      if (c.type !== "regulation" && c.type !== "dispute" && expanded.some((r) => r.type === "regulation" && r.clause === c.clause && r.date === c.date && c.parties.every((p) => r.parties.includes(p)))) continue;
      if (c.oneSided) {
        pendingLegal.push({ ...c, index: s.index, evidence: s.text });
        continue;
      }
      // Another clause of this sentence naming other parties ("…, while Alibaba restricted Tencent") is another act;
      // the same sides told by their groups' other names ("Weixin Pay and China UnionPay announced … Weixin users
      // can scan the UnionPay codes") are the same act, though a suit and a countersuit are two happenings.
      const sameSides = (e: EventDraft) => sameNames(e.parties, c.parties) || (e.type === c.type && c.type !== "dispute" && sameGroups(e.parties, c.parties, registry));
      const priors = (expanded.length > 1 ? events.filter((e) => e.sentenceIndex !== s.index || sameSides(e)) : events).filter((e) => !c.splitOf || splitFrom.get(e) !== c.splitOf);
      if (mergeRestatement(c, text, s.index, priors, registry, isRegulator)) continue;
      // "Since 2021, when regulators told platforms to stop blocking …": an act naming no one at all
      // may say more of one already told, but is no event of its own: nobody could ask for it by name.
      if (c.parties.length === 0) continue;
      for (const u of c.unknown) unknown.add(u);
      const draft: EventDraft = {
        type: c.type,
        parties: c.parties,
        date: c.date,
        datePrecision: c.datePrecision,
        summary: "",
        evidence: s.text,
        confidence: Math.min(0.99, 0.45 + 0.08 * c.score + (c.parties.length >= 2 ? 0.1 : 0)),
        ...(c.status ? { status: c.status } : {}),
        ...(c.effectiveDate ? { effectiveDate: c.effectiveDate } : {}),
        sentenceIndex: s.index,
        explicitDate: c.explicitDate,
        lexicalType: c.lexicalType,
      };
      events.push(draft);
      if (c.splitOf) splitFrom.set(draft, c.splitOf);
    }
  }
  completeLegal(pendingLegal, events, registry, isRegulator);
  targetProtagonist(events, sentences, history, registry, isRegulator);
  lendDates(events, sentences, pubDay, helpers.sameGroups);
  // News the story dates only by publication happened on the day the story says it was told.
  const told = newsDay(sentences, pubDay);
  if (told) for (const e of events) if (!e.explicitDate && e.date === pubDay) e.date = told;
  return {
    // A wall or a deal has two sides; one named alone ("Xiaohongshu folded outside links") is
    // reported only as the opening of a platform to everyone (link_access).
    events: twoSidesUnlessListed(
      events.filter((e) => e.type === "regulation" || e.type === "link_access" || groupsOf(e.parties, registry).size >= 2 || e.parties.length >= 2).map(({ explicitDate: _x, lexicalType: _l, ...e }) => ({ ...e, parties: [...e.parties].sort() })),
      registry,
    ).map((e) => ({ ...e, summary: summariseEvent(e) })),
    unknownEntities: [...unknown].sort(),
  };
}

/** Moves the story's "now" to the date a text tells, for "that summer", "the following year" after it. */
function tellStoryDate(text: string, ctx: ClauseContext, at?: { index: number; paragraph: number }): boolean {
  const told = toldDate(text, ctx);
  if (told?.date) {
    ctx.storyYear = Number(told.date.slice(0, 4));
    ctx.storyMonth = told.date.length >= 7 ? told.date.slice(0, 7) : null;
    if (at && told.date !== ctx.pubDay) ctx.storyAt = { ...at, date: told.date, precision: told.precision };
    if (at && told.date !== ctx.pubDay && told.precision === "day") ctx.storyDay = told.date;
  }
  return !!told?.date;
}
