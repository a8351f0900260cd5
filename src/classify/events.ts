// Event detection, sentence by sentence (and clause by clause when one sentence reports two
// happenings): a trigger lexicon (plus the sentence classifier when trained) says what kind of
// opening or wall is reported, the registry says who, dates.ts says when. A later sentence that
// restates an event already found becomes a mention of it, so each happening is one event.
import { type PartyHistoryEntry, regulatorAntecedent, resolveParties } from "./coref.ts";
import { lendDates, publishedDay, type ResolvedDate, resolveDate, sameTime } from "./dates.ts";
import type { EntityRegistry } from "./entities.ts";
import { findParties, type PartyMention } from "./parties.ts";
import type { Sentence } from "./sentences.ts";
import { anyHit, scoreTypes, statusOf, type TriggerLexicon } from "./triggers.ts";
import { typeScores } from "./type-model.ts";
import { EVENT_TYPES, type EventType, type ExtractedEvent } from "./types.ts";

export interface DetectedEvents {
  events: ExtractedEvent[];
  /** Organisations not in the registry that act as parties, as written. */
  unknownEntities: string[];
}

/** Lexicon weight a sentence needs before it can report an event. */
const MIN_SCORE = 2;
/** Weight a one-party sentence needs (two parties make an interconnection far likelier). */
const MIN_SCORE_ONE_PARTY = 3;
/** How much a model probability of 1 counts, in lexicon weight. */
const MODEL_WEIGHT = 3;
/** Model probability at which a generic cue ("cooperation", "interconnection") counts as that type's word. */
const GENERIC_MODEL_P = 0.5;

// "HANGZHOU, Sept 12 - " / "OAKLAND, California, May 1 — ": the dateline restates publication.
// Also "Beijing, March 12 (Xinhua) --", "HONG KONG, March 12, 2025 /PRNewswire/ --", "Hangzhou, 12 March:", "March 12, 2025 -".
const DATELINE =
  /^(?:[A-Z][A-Za-z .'-]+,(?:\s+[A-Z][a-z]+,)?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:\/[^/]{1,40}\/\s*)?(?:[-–—]{1,2}|:)\s*/;
// A direct quotation: its words are the speaker's opinion, not a report (quotes.ts reads it).
const QUOTED = /^["“'‘]/;
/** Share of a sentence inside quotation marks beyond which it is a quote, not a report. */
const QUOTED_SHARE = 0.5;
const quotedShare = (text: string): number => {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]/g)) inside += m[1]!.length;
  return inside / Math.max(1, text.length);
};
// Background without a date of its own: "had sued … more than 100 times", "has for years stopped".
const UNDATED_BACKGROUND = /^(?:before this|before that|previously)\b|^(?:此前|之前|早前)|\b(?:had\s+(?:already\s+|long\s+|also\s+)?\w+(?:ed|en|ught|un)\b|for years|for a long time|has long|have long|in the past|used to|years ago|long ago|once(?=\s+\w+ed\b)|at one point|historically|has since|have since|(?:much|most) of the (?:past|last) (?:decade|few years))\b/i;
// Clause boundaries where one sentence may report a second happening.
const CLAUSE_SPLIT = /,\s+(?:and|but)\s+|;\s+|，而且|；/;
// A trailing comment on the main clause (", ending a decade-long standoff", ", meeting a deadline
// set by the ministry"): context, not parties or type of the happening.
const TRAILING =
  /,\s+(?:ending|marking|reflecting|following|meeting|saying|citing|reviving|renewing|echoing|recalling|listed|the latest|a step|a move|which|in which|in a move|(?:a|one|two|three|several|\w+) (?:days?|weeks?|months?|years?) (?:after|before)|an? (?:law|rule|bill|regulation|measure|policy) (?:written|aimed|targeting|designed|that|which))\b|,?\s+(?:under which|whereby)\b/i;
// Walls are reported with negations ("stopped users from …"), so only doubt, not "not", voids a dispute.
// A case or feud said to go on ("is still pending", "has not ended") is a state, not a happening.
const DOUBT =
  /^(?:whether|if)\b|\b(?:whether|might|rumou?r\w*|speculat\w*|no signs? of|(?:is|are|remains?) (?:still )?(?:pending|unresolved|ongoing)|still pending|(?:has|have) not (?:yet )?(?:ended|been (?:resolved|settled))|尚未结束|仍在审理)\b/i;
// A sentence opening with a definite reference to something already told ("The verdict …",
// "The feature …") restates it, whatever type and date words it adds.
const RESTATES =
  /^(?:(?:according to|under) [^,]{3,60},\s*)?(?:the|this|that)\s+(?:\w+\s+)?(?:verdict|lawsuit|suit|case|move|change|deal|agreement|decision|ruling|fine|penalty|practice|cooperation|partnership|feature|function|option|integration|step|launch|opening|tie-up|ban|blocking|block|interconnection|arrangement|reversal|rollout|pilot|complaint|investigation|probe|guidelines|rules|law|draft|order)\b/i;
// Words of a court case: its sides are the litigants, whichever sentence names the second one.
const LEGAL = /\b(?:judges?|court|ruled|ruling|verdict|judg(?:e)?ment|case|lawsuit|sued|appeal\w*|contempt|injunction)\b|法院|判决|起诉|诉讼/i;
// "The court found that …", "a federal judge ruled …": the finding reports the case.
const COURT_FINDS = /\b(?:court|judge|jury)\s+(?:\w+\s+)?(?:found|ruled|held|decided|ordered|barred)\b|法院.{0,12}(?:认定|判决|裁定)/i;
const OBJECT_PRONOUN = /\b(?:sued|sues|accused|blocked|banned|barred|fined|ordered|summoned|partnered with|joined|integrated with)\s+(?:it|them)\b/i;
// Acts that put a wall up or take a rival to court, and words that say a wall came down instead.
const WALL_ACT = /\b(?:block(?:ed|s|ing)?|ban(?:s|ned|ning)?|barr(?:ed|ing)|bars|cut(?:s|ting)? off|shut(?:s|ting)? out|(?:cut|cuts|cutting|shut|shuts|shutting|kick\w*|lock\w*) (?:[\w'’-]+ ){1,5}out of|su(?:ed|es|ing)|lawsuit|accus\w*)\b|屏蔽|封杀|起诉|二选一/i;
const WALL_LIFTED =
  /\b(?:unblock\w*|lift\w*|end(?:ed|s|ing)?|drop\w*|remov\w*|scrap\w*|revers\w*|reopen\w*|restor\w*|resum\w*|no longer|stop(?:ped|s)? blocking|allow\w*|let)\b|解除|恢复|不再/i;
/** How many sentences away a one-sided legal act may find its opponent. */
const LEGAL_REACH = 3;
// A regulator not named: "Regulators ordered Tencent Music to …", "the authorities told platforms …".
const UNNAMED_REGULATOR = /^(?:[^,]{0,40},\s*)?(?:China's\s+|Chinese\s+|the\s+)?(?:regulators|authorities|government|state regulators|antitrust regulators)\b|^(?:监管部门|有关部门|监管机构)/i;
// "The new agreement also adds …": a further happening, not a restatement.
const ADDS = /\b(?:also|additionally|in addition|separately)\b/i;
// "According to the agreement, …": details of the event just reported, which say what kind it is.
const ELABORATES =
  /^(?:according to|under|as part of|in) (?:the|this) (?:new |draft |revised |latest |final )?(?:agreement|deal|arrangement|cooperation|plan|appendix|draft|measures|rules|notice|guidelines|list|decision|order|ruling|guidance|requirements?|law|act|regulations?)\b/i;
const PILOT_BEFORE =
  /\b(?:a|the|its|their)\s+(?:\w+\s+)?(?:pilot|trial|test)(?:\s+(?:programme|program|run|scheme))?\s+(?:that\s+|which\s+)?(?:began|started|launched|ran|run|begun)\s+(?:in|on|last|since|from)\s+[^,.;]{2,30}/i;
const WITH_PARTNER = /\b(?:cooperat(?:ed|es|ing)|partnered|teamed up|signed an? (?:\w+ )?(?:agreement|deal))\s+with\s+[A-Z]/;
const REASON = /\s(?:for|over)\s+(?:allegedly\s+|its\s+|their\s+)?\w+ing\b/i;
const PILOT_WORD = /\b(?:pilot|trial)\b/i;
// "That summer", "the following year": dated by the year the story last named.
// "Later that month", "before the month was out", "the following month": the month the story last named.
const STORY_MONTH = /\b(?:(?:later |earlier |in |by the end of |at the end of )?(?:that|the same) month|before the month was out|by the month's end|(the (?:following|next) month|a month later))\b/i;
const STORY_YEAR = /\b(?:(that|the same) (?:year|spring|summer|autumn|fall|winter)|that was the year|back then|at the time|at that time|(the (?:following|next) year|a year later))\b/i;


interface Candidate {
  type: EventType;
  parties: string[];
  score: number;
  date: string | null;
  datePrecision: ExtractedEvent["datePrecision"];
  /** The date came from the text, not from publication. */
  explicitDate: boolean;
  effectiveDate?: string;
  status?: ExtractedEvent["status"];
  unknown: string[];
  /** The type came from the lexicon's type words, not only from generic cues and the model. */
  lexicalType: boolean;
  /** A legal act against one named side whose opponent another sentence names (see completeLegal). */
  oneSided?: boolean;
  /** Two parties that each did it separately ("Alipay and WeChat Pay both …"): one event each. */
  distribute?: [string, string];
}

// "A and B both …", "… A and B one after another": each of the pair acts in its own happening.
const PAIR_JOIN = /^\s*(?:\([^)]*\)\s*)?(?:and|&|和|与)\s*$/;
const PAIR_EACH = /^\s*(?:\([^)]*\)\s*)?(?:have\s+|has\s+)?(?:both|each|one after another|respectively|separately)\b/i;

function distributedPair(clause: string, mentions: { name: string; start: number; end: number }[]): [string, string] | undefined {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.name !== b.name && PAIR_JOIN.test(clause.slice(a.end, b.start)) && PAIR_EACH.test(clause.slice(b.end, b.end + 40))) return [a.name, b.name];
  }
  return undefined;
}

function pickType(scores: Partial<Record<EventType, number>>, hasRegulator: boolean): { type: EventType; score: number } | null {
  const total = Object.values(scores).reduce((a, b) => a + (b ?? 0), 0);
  // A regulator acting on platforms is a regulation event whatever the act is about.
  if (hasRegulator && total > 0) return { type: "regulation", score: Math.max(total, MIN_SCORE) };
  let best: { type: EventType; score: number } | null = null;
  for (const t of EVENT_TYPES) {
    const s = scores[t];
    if (s !== undefined && s > 0 && (!best || s > best.score)) best = { type: t, score: s };
  }
  return best;
}

// An appositive describing the name just before it (", the food delivery giant backed by Tencent,").
// The main sentence resumes after it, so the next word is not a conjunction (", and clicking …").
const APPOSITIVE = /(?<=\b[A-Z][\w.&+-]*\)?),\s+(?:the|a|an|[A-Z][\w.&-]*['’]s)\s+[^,"“”]{3,70},(?!\s*(?:and|or|but|while|so|then|which|who)\b)/g;
// Parts of the types' own vocabulary that say two platforms are different organisations.
const ACROSS_WALLS = /\b(?:external|third-party|outside (?:links|platforms|apps|stores|websites)|other platforms|rival platforms|each other)\b|外部|第三方/i;

// ", which sued Apple in August 2020": a relative clause after a name reports that name's own act.
const RELATIVE = /,\s+(?:which|who)\s+(?!(?:is|are|was|were|has been|have been|had been)\b)/gi;

/** The relative clauses of a sentence rewritten with their subject ("Epic Games sued Apple …"). */
function relativeClauses(text: string, partiesOf: (t: string) => PartyMention[]): string[] {
  const out: string[] = [];
  // Cheap test first: most sentences have no relative clause, and matching names costs more.
  if (!/,\s+(?:which|who)\s/i.test(text)) return out;
  const names = partiesOf(text);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    const subject = names.find((p) => p.end <= m!.index && m!.index - p.end <= 1);
    if (!subject) continue;
    const rest = text.slice(m.index + m[0].length);
    out.push(mainClause(`${text.slice(subject.start, subject.end)} ${rest}`));
  }
  return out;
}

const mainClause = (text: string): string => {
  const m = TRAILING.exec(text);
  let main = text;
  if (m && m.index > 20) {
    // The comment ends where a new clause with its own named subject begins (", citing …, and ByteDance sued …").
    const tail = text.slice(m.index + m[0].length);
    const next = tail.search(/,\s+(?:and|but)\s+(?=[A-Z])|;\s+/);
    main = text.slice(0, m.index) + (next >= 0 ? tail.slice(next) : "");
  }
  return main.replace(APPOSITIVE, ",");
};

function splitClauses(text: string): string[] {
  const parts = text.split(CLAUSE_SPLIT).filter((p) => p.trim().length > 0);
  return parts.length > 1 ? parts : [text];
}

// Group lookups repeat for the same few names in every sentence; cache them per registry.
const groupCache = new WeakMap<EntityRegistry, Map<string, string>>();
function groupOf(name: string, registry: EntityRegistry): string {
  let cache = groupCache.get(registry);
  if (!cache) {
    cache = new Map();
    groupCache.set(registry, cache);
  }
  let g = cache.get(name);
  if (g === undefined) {
    g = registry.group(name);
    cache.set(name, g);
  }
  return g;
}

/** Group (top-most owner) of each party, so "WeChat" restates "WeChat Pay" at the Tencent level. */
const groupsOf = (parties: string[], registry: EntityRegistry) => new Set(parties.map((p) => groupOf(p, registry)));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/** Finds the interconnection events an article's sentences report. */
export function detectEvents(sentences: Sentence[], published: string | null | undefined, registry: EntityRegistry, lex: TriggerLexicon): DetectedEvents {
  const pubDay = publishedDay(published);
  const history: PartyHistoryEntry[] = [];
  const events: (ExtractedEvent & { explicitDate: boolean; lexicalType: boolean })[] = [];
  const pendingLegal: (Candidate & { index: number; evidence: string })[] = [];
  const unknown = new Set<string>();
  const isRegulator = (name: string) => registry.get(name)?.kind === "regulator";
  const related = (a: string, b: string) => groupOf(a, registry) === groupOf(b, registry);
  // The same clause is looked at more than once (alone, for actors, as a later clause's context).
  const memo = <T>(fn: (text: string) => T) => {
    const seen = new Map<string, T>();
    return (text: string): T => {
      let v = seen.get(text);
      if (v === undefined) {
        v = fn(text);
        seen.set(text, v);
      }
      return v;
    };
  };
  const ctx: ClauseContext = {
    history,
    registry,
    lex,
    pubDay,
    isRegulator,
    related,
    partiesOf: memo((t) => findParties(t, registry)),
    storyYear: null,
    storyMonth: null,
    calledBy: (name, noun) => {
      const e = registry.get(name);
      return !!e && [e.name, ...e.aliases].some((a) => a.toLowerCase().includes(noun));
    },
    modelOf: memo(modelScores),
    isCourt: (name) => {
      const e = registry.get(name);
      return !!e && e.kind === "institution" && [e.name, ...e.aliases].some((a) => /\bcourt\b|法院/i.test(a));
    },
  };

  for (const s of sentences) {
    const text = mainClause(s.index === 0 ? s.text.replace(DATELINE, "") : s.text);
    const here = { index: s.index, paragraph: s.paragraph };
    const candidates: Candidate[] = [];
    // "… discussed logistics, but there is no result yet": the tail takes back what came before.
    const butTail = /,\s+but\s+(.*)$/.exec(text)?.[1];
    const takenBack = butTail !== undefined && anyHit(butTail, lex.notEvent);
    if (!QUOTED.test(text) && quotedShare(text) <= QUOTED_SHARE && !takenBack) {
      const clauses = splitClauses(text);
      const found: Candidate[] = [];
      const earlierClauses: string[] = [];
      for (const c of clauses) {
        // "…, and this spring it added …": "it" is the subject of the clause before.
        if (earlierClauses.length > 0) history.push({ index: s.index - 0.5, paragraph: s.paragraph, parties: earlierClauses });
        const cand = detectClause(c, text, here, ctx);
        if (earlierClauses.length > 0) history.pop();
        if (cand) found.push(cand);
        for (const p of ctx.partiesOf(c)) if (!p.unknown && !earlierClauses.includes(p.name)) earlierClauses.push(p.name);
      }
      // A clause that reports something stands for the sentence; the others only add context.
      // Clauses with actors of their own ("Meituan launched …, and JD.com opened …") are separate
      // acts, so their parties are never pooled into one event.
      const withActors = clauses.filter((c) => ctx.partiesOf(c).length > 0).length;
      if (clauses.length > 1 && found.length >= 1) candidates.push(...found);
      else if (withActors <= 1) {
        const whole = detectClause(text, text, here, ctx);
        if (whole) candidates.push(whole);
      }
    }
    if (!QUOTED.test(s.text)) {
      for (const rel of relativeClauses(s.text, ctx.partiesOf)) {
        const cand = detectClause(rel, rel, here, ctx);
        // Only an act with a date of its own: an undated relative clause is a description of the name.
        if (cand?.explicitDate && !candidates.some((c) => c.type === cand.type && c.date === cand.date)) candidates.push(cand);
      }
    }
    // Antecedents come from the whole sentence: a trailing "a law written with Apple and Google in mind" names who "the two companies" are.
    history.push({ index: s.index, paragraph: s.paragraph, parties: ctx.partiesOf(s.text).filter((p) => !p.unknown).map((p) => p.name) });
    const told = (resolveDate(text, pubDay) ?? storyDate(text, ctx))?.date;
    if (told) {
      ctx.storyYear = Number(told.slice(0, 4));
      ctx.storyMonth = told.length >= 7 ? told.slice(0, 7) : null;
    }

    // "…, expanding a pilot that began in September": the pilot is its own, earlier happening.
    const pilot = PILOT_BEFORE.exec(text);
    const pilotDate = pilot ? resolveDate(pilot[0], pubDay) : null;
    if (pilot && pilotDate?.date) {
      const main = candidates.find((c) => c.type !== "regulation" && c.type !== "dispute");
      if (main && main.date !== pilotDate.date) {
        candidates.push({ ...main, date: pilotDate.date, datePrecision: pilotDate.precision, explicitDate: true, status: "pilot", distribute: undefined });
        if (main.status === "pilot") delete main.status;
      }
    }
    const expanded = candidates.flatMap((c) => {
      const pair = c.distribute;
      return pair ? pair.map((_, k) => ({ ...c, parties: c.parties.filter((p) => p !== pair[1 - k]) })) : [c];
    });
    for (const c of expanded) {
      if (c.oneSided) {
        pendingLegal.push({ ...c, index: s.index, evidence: s.text });
        continue;
      }
      const groups = groupsOf(c.parties, registry);
      const restates = (RESTATES.test(text) && !ADDS.test(text)) || ELABORATES.test(text);
      // "According to the appendix, WeChat, Taobao and Douyin are listed …": the regulator's act just
      // reported names the companies it covers; they join it rather than making an event of their own.
      const covered =
        restates && !c.parties.some(isRegulator)
          ? events.findLast((e) => e.type === "regulation" && (e.parties.every(isRegulator) || ELABORATES.test(text)) && e.sentenceIndex >= s.index - 2)
          : undefined;
      if (covered) {
        // "Under the new order, WeChat must …": the terms of an act already reported with its companies add no event.
        if (covered.parties.every(isRegulator)) for (const p of c.parties) if (!covered.parties.includes(p)) covered.parties.push(p);
        if (!covered.alsoIn?.includes(s.index)) covered.alsoIn = [...(covered.alsoIn ?? []), s.index];
        continue;
      }
      // "The pilot let some shoppers …" restates the pilot, not the rollout reported beside it.
      const pilotFirst = PILOT_WORD.test(text) ? [...events].sort((a, b) => Number(b.status === "pilot") - Number(a.status === "pilot")) : events;
      const same = pilotFirst.find((e) => {
        const eg = groupsOf(e.parties, registry);
        if (!subset(groups, eg) && !subset(eg, groups)) return false;
        if (restates && e.sentenceIndex >= s.index - 2) return true;
        return e.type === c.type && sameTime(e, c);
      });
      if (same) {
        if (same.sentenceIndex !== s.index && !same.alsoIn?.includes(s.index)) same.alsoIn = [...(same.alsoIn ?? []), s.index];
        // A regulator's act first reported alone gains the companies a fuller sentence names
        // ("… attended by Alibaba, Tencent …"); other events keep the parties first reported.
        if (same.type === "regulation" && same.parties.every(isRegulator)) {
          const have = groupsOf(same.parties, registry);
          for (const p of c.parties) if (!have.has(groupOf(p, registry))) same.parties.push(p);
        }
        if (!same.explicitDate && c.explicitDate) {
          same.date = c.date;
          same.datePrecision = c.datePrecision;
          same.explicitDate = true;
        }
        // A type read only from generic words yields to the elaborating sentence's own words.
        if (!same.lexicalType && c.lexicalType) {
          same.type = c.type;
          same.lexicalType = true;
        }
        same.status ??= c.status;
        if (!same.effectiveDate && c.effectiveDate) same.effectiveDate = c.effectiveDate;
        continue;
      }
      for (const u of c.unknown) unknown.add(u);
      events.push({
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
      });
    }
  }
  const sameGroups = (a: string[], b: string[]) => {
    const ga = groupsOf(a, registry);
    const gb = groupsOf(b, registry);
    return ga.size === gb.size && subset(ga, gb);
  };
  completeLegal(pendingLegal, events, registry);
  lendDates(events, sentences, pubDay, sameGroups);
  return {
    events: events.map(({ explicitDate: _x, lexicalType: _l, ...e }) => ({ ...e, parties: [...e.parties].sort(), summary: summarise(e) })),
    unknownEntities: [...unknown].sort(),
  };
}

// The trade a type is about, as it shows in a product's name.
const TRADE: Partial<Record<EventType, RegExp>> = {
  payment: /pay|wallet|quickpass/i,
  traffic: /\bads\b|advertising|mama|magnetic engine|ocean engine/i,
  service: /logistics|maps?\b|amap|cloud|cainiao/i,
  content: /music|video|games?\b/i,
};

function collapseGroup(parties: string[], type: EventType, registry: EntityRegistry): string[] {
  const trade = TRADE[type];
  if (!trade || parties.length < 3) return parties;
  const byGroup = new Map<string, string[]>();
  for (const p of parties) byGroup.set(groupOf(p, registry), [...(byGroup.get(groupOf(p, registry)) ?? []), p]);
  if (byGroup.size < 2) return parties;
  const drop = new Set<string>();
  for (const names of byGroup.values()) {
    const fits = names.filter((n) => trade.test(n));
    if (names.length > 1 && fits.length === 1) for (const n of names) if (n !== fits[0]) drop.add(n);
  }
  return parties.filter((p) => !drop.has(p));
}

/**
 * A one-sided legal act ("Apple won most of that case in 2021") takes its opponent from the
 * nearest two-sided dispute that names the same side; it is its own event when its date differs.
 */
function completeLegal(
  pending: (Candidate & { index: number; evidence: string })[],
  events: (ExtractedEvent & { explicitDate: boolean; lexicalType: boolean })[],
  registry: EntityRegistry,
): void {
  const disputes = events.filter((e) => e.type === "dispute" && groupsOf(e.parties, registry).size >= 2);
  for (const p of pending) {
    const side = groupsOf(p.parties, registry);
    const donor = disputes
      .filter((e) => Math.abs(e.sentenceIndex - p.index) <= LEGAL_REACH && subset(side, groupsOf(e.parties, registry)))
      .sort((a, b) => Math.abs(a.sentenceIndex - p.index) - Math.abs(b.sentenceIndex - p.index))[0];
    if (!donor) continue;
    const parties = [...p.parties, ...donor.parties.filter((d) => !side.has(groupOf(d, registry)))];
    const groups = groupsOf(parties, registry);
    const clash = events.some((e) => e.type === "dispute" && sameTime(e, p) && subset(groups, groupsOf(e.parties, registry)) && subset(groupsOf(e.parties, registry), groups));
    if (clash) {
      // The same ruling reported undated first ("has ruled") takes this sentence's date.
      const same = events.find((e) => e.type === "dispute" && !e.explicitDate && sameTime(e, p) && subset(groups, groupsOf(e.parties, registry)));
      if (same && p.explicitDate) Object.assign(same, { date: p.date, datePrecision: p.datePrecision, explicitDate: true });
      continue;
    }
    events.push({
      type: "dispute",
      parties,
      date: p.date,
      datePrecision: p.datePrecision,
      summary: "",
      evidence: p.evidence,
      confidence: Math.min(0.99, 0.45 + 0.08 * p.score + 0.1),
      ...(p.status ? { status: p.status } : {}),
      sentenceIndex: p.index,
      explicitDate: p.explicitDate,
      lexicalType: p.lexicalType,
    });
  }
  events.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}

let modelMissing = false;

/** The trained type model's view, or nothing when its file is absent: the lexicon alone still classifies. */
function modelScores(clause: string): Partial<Record<EventType, number>> {
  if (modelMissing) return {};
  try {
    return typeScores(clause);
  } catch {
    modelMissing = true;
    return {};
  }
}

interface ClauseContext {
  history: PartyHistoryEntry[];
  registry: EntityRegistry;
  lex: TriggerLexicon;
  pubDay: string | null;
  isRegulator: (name: string) => boolean;
  related: (a: string, b: string) => boolean;
  partiesOf: (text: string) => PartyMention[];
  /** The year the story last named, for "that summer" / "the following year". */
  storyYear: number | null;
  /** The month (YYYY-MM) the story last named, for "later that month". */
  storyMonth: string | null;
  calledBy: (name: string, noun: string) => boolean;
  isCourt: (name: string) => boolean;
  modelOf: (text: string) => Partial<Record<EventType, number>>;
}

/** A year given relative to the story's last year ("That summer", "The following year"). */
function storyDate(text: string, ctx: { storyYear: number | null; storyMonth: string | null }): ResolvedDate | null {
  const { storyYear, storyMonth } = ctx;
  const mm = storyMonth === null ? null : STORY_MONTH.exec(text);
  if (mm && storyMonth !== null) {
    if (!mm[1]) return { date: storyMonth, precision: "month" };
    const d = new Date(Date.UTC(Number(storyMonth.slice(0, 4)), Number(storyMonth.slice(5, 7)), 15));
    return { date: d.toISOString().slice(0, 7), precision: "month" };
  }
  const m = storyYear === null ? null : STORY_YEAR.exec(text);
  if (!m || storyYear === null) return null;
  return { date: String(storyYear + (m[2] ? 1 : 0)), precision: "year" };
}

function detectClause(clause: string, sentence: string, here: { index: number; paragraph: number }, ctx: ClauseContext): Candidate | null {
  const { history, registry, lex, pubDay, isRegulator, related } = ctx;
  let lexical = scoreTypes(clause, lex);
  if (Object.keys(lexical).length === 0 && clause !== sentence) {
    // "… and UnionPay and Alipay completed the interconnection": the sentence says what kind.
    const { regulation: _r, ...rest } = scoreTypes(sentence, lex);
    lexical = rest;
  }
  const model = ctx.modelOf(clause);
  const scores: Partial<Record<EventType, number>> = { ...lexical };
  const generic = anyHit(clause, lex.generic);
  for (const [t, p] of Object.entries(model) as [EventType, number][]) {
    // The model supports a type the words already suggest; alone it only types a generic cue
    // ("reached cooperation"), which then counts as one word of that type.
    if (lexical[t] !== undefined) scores[t] = (scores[t] ?? 0) + p * MODEL_WEIGHT;
    else if (generic) scores[t] = (scores[t] ?? 0) + p * MODEL_WEIGHT + (p >= GENERIC_MODEL_P ? 1 : 0);
  }
  if (Object.keys(scores).length === 0) return null;
  const mentions = ctx.partiesOf(clause);
  const own = mentions.map((m) => m.name);
  // Courts decide between the sides; they are never a side themselves.
  // "the ministry's spokesman", "the regulator said", "Its 2021 decision": the regulator introduced earlier acts here.
  const regAnte = own.some(isRegulator) ? null : regulatorAntecedent(clause, here, history, isRegulator, ctx.calledBy);
  // An "Its" that names the regulator names nobody else.
  let anaphorText = regAnte ? clause.replace(/^([^,]{0,30},\s*)?Its\b/, "$1The") : clause;
  // "told platforms to stop blocking each other's links": under a regulator "each other" is the
  // platforms it addresses, not the pair of an earlier sentence.
  if (regAnte || own.some(isRegulator)) anaphorText = anaphorText.replace(/\b(?:each other|one another)\b/gi, "them");
  let { parties } = resolveParties(anaphorText, own.filter((n) => !ctx.isCourt(n)), here, history, related, (n) => !isRegulator(n) && !ctx.isCourt(n));
  if (regAnte && !parties.some(isRegulator)) parties = [regAnte, ...parties];
  // "…, and ByteDance sued it in 2021": the object pronoun is the subject told just before.
  if (OBJECT_PRONOUN.test(clause) && groupsOf(parties, registry).size === 1) {
    const before = history.findLast((h) => h.index < here.index && h.parties.length > 0);
    const subject = before?.parties.find((p) => !parties.some((q) => related(p, q)));
    if (subject) parties = [...parties, subject];
  }
  const hasRegulator = parties.some(isRegulator) || UNNAMED_REGULATOR.test(clause);
  // Regulation needs a regulator; a court ruling or a company citing a rule is about something else.
  const { regulation: _r, ...nonRegulation } = scores;
  let picked = pickType(hasRegulator ? scores : nonRegulation, hasRegulator);
  // What a court found is the case between the sides, whatever service the finding describes;
  // a wall put up ("blocked Baidu's search crawler") is a dispute whatever it walls off.
  if (picked && !hasRegulator && (COURT_FINDS.test(clause) || (WALL_ACT.test(clause) && !WALL_LIFTED.test(clause) && (scores.dispute ?? 0) >= MIN_SCORE_ONE_PARTY))) {
    picked = { type: "dispute", score: Math.max(picked.score, MIN_SCORE_ONE_PARTY) };
  }
  if (!picked || parties.length === 0) return null;
  // An interconnection (or a wall) lies between two organisations; one group alone is not one,
  // unless the sentence says the other side is outside ("external links", "rivals").
  const groups = groupsOf(parties, registry);
  // Litigants are companies: "Douyin took WeChat users' data … pay Tencent" is Douyin against Tencent.
  if (picked.type === "dispute" && LEGAL.test(clause)) {
    const named = parties;
    parties = parties.filter((p) => !registry.ancestors(p).some((a) => named.includes(a)));
  }
  // "fined Alibaba … for forcing merchants not to sell on JD.com": who the reason names is not the act's target.
  if (picked.type === "regulation") {
    const reason = REASON.exec(clause);
    if (reason) {
      const late = new Set(mentions.filter((m) => m.start > reason.index && !isRegulator(m.name)).map((m) => m.name));
      const kept = parties.filter((p) => !late.has(p));
      if (kept.some((p) => !isRegulator(p))) parties = kept;
    }
  }
  // Two names of one group in one act ("WeChat would let Taobao shops use WeChat Pay"): the one
  // whose trade is the act's is the party; the other only hosts or announces it.
  parties = collapseGroup(parties, picked.type, registry);
  let oneSided = false;
  // A group's own company named as the partner ("Tencent had cooperated with Sogou") acted apart from it.
  const groupPartner = parties.length >= 2 && WITH_PARTNER.test(clause);
  if (picked.type !== "regulation" && groups.size < 2 && !ACROSS_WALLS.test(clause) && !groupPartner) {
    // A court act or a lawsuit naming one side ("the judge found that Apple …") has an opponent
    // the story names elsewhere; anything else with one side is not an interconnection.
    if (picked.type !== "dispute" || !LEGAL.test(clause)) return null;
    oneSided = true;
  }
  const need = parties.length >= 2 || picked.type === "regulation" ? MIN_SCORE : MIN_SCORE_ONE_PARTY;
  if (picked.score < need) return null;
  if (picked.type !== "dispute" ? anyHit(clause, lex.notEvent) : DOUBT.test(clause)) return null;

  const resolved = resolveDate(clause, pubDay) ?? (clause === sentence ? null : resolveDate(sentence, pubDay)) ?? storyDate(clause, ctx);
  let date: string | null = resolved?.date ?? null;
  let datePrecision: Candidate["datePrecision"] = resolved?.precision ?? null;
  const explicitDate = date !== null;
  if (date === null && !UNDATED_BACKGROUND.test(clause)) {
    // Undated news is dated by its publication (the gold convention: "can now" happened that day).
    date = pubDay;
    datePrecision = pubDay ? "day" : null;
  }
  const status = statusOf(clause, lex);
  const pair = distributedPair(clause, mentions);
  return {
    type: picked.type,
    parties,
    score: picked.score,
    date,
    datePrecision,
    explicitDate,
    ...(resolved?.effectiveDate ? { effectiveDate: resolved.effectiveDate } : {}),
    ...(status ? { status } : {}),
    unknown: mentions.filter((m) => m.unknown).map((m) => m.name),
    lexicalType: (lexical[picked.type] ?? 0) >= MIN_SCORE,
    ...(pair && parties.length > 2 ? { distribute: pair } : {}),
    ...(oneSided ? { oneSided } : {}),
  };
}

const TYPE_LABEL: Record<EventType, string> = {
  payment: "payment interoperability",
  link_access: "link access",
  traffic: "traffic cooperation",
  content: "content licensing",
  service: "service integration",
  data: "data sharing",
  regulation: "regulation",
  dispute: "dispute",
};

function summarise(e: ExtractedEvent): string {
  const who = e.parties.length <= 1 ? (e.parties[0] ?? "unknown") : `${e.parties.slice(0, -1).join(", ")} and ${e.parties.at(-1)}`;
  return `${who}: ${TYPE_LABEL[e.type]}${e.status ? ` (${e.status})` : ""}${e.date ? `, ${e.date}` : ""}`;
}
