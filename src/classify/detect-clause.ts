// One clause judged on its own: what kind of happening it reports (lexicon, plus the type model
// when trained), between whom (coref resolves pronouns and unnamed regulators), and when.
import { distributedPair } from "./clauses.ts";
import { MIN_SCORE, wordedKinds } from "./clause-words.ts";
import { ASIDE, BENEFICIARY, linkEnds, listedAsOneThing, withoutCompetitions, withoutConduits, withoutPeers, withoutStandards } from "./sides.ts";
import { lastRegulator, type PartyHistoryEntry, regulatorAntecedent, resolveParties } from "./coref.ts";
import { resolveDate } from "./dates.ts";
import type { EntityRegistry } from "./entities.ts";
import { collapseGroup, groupsOf, listedInSuit, ownChildActs } from "./groups.ts";
import { COMPLAINED, COMPLAINT_AFTER, COMPLAINT_TO, COMPLAINT_TO_ANAPHOR, COMPLAINT_WEIGHT } from "./legal.ts";
import { ACCESS_REFUSED, COURT_FINDS, chargedOnly, LEGAL, OFF_TOPIC_LEGAL, opponentInCharge, SOUGHT, WALL_ACT, WALL_LIFTED, WALL_TOPIC, WALLED_EACH } from "./legal.ts";
import type { PartyMention } from "./parties.ts";
import { AFTERMATH, DOUBT, EARLIER_UNSAID, FILED, LAW_TERMS, MAY_HAPPEN, NOT_NEGATING, ONGOING, ownTense, REPORTED_NOW, SHARE_TOLD, TAIL_ASIDE, TELLS_A_CHANGE, TELLS_AN_ACT, UNDATED_BACKGROUND, WHO_CLAUSE } from "./happened.ts";
import { opensWithPair, withObjectParties } from "./object-parties.ts";
import { allPaymentSystems, paymentNamed, withPhoneMaker } from "./payment-names.ts";
import { modifierDate, ownDate, toldDate, withinCoarsened } from "./story-dates.ts";
import { regulationTargets, withoutInstruments } from "./targets.ts";
import { ATTRIBUTION_AFTER, DEFINITE_COMPANY, IDLE_REGULATOR, OWNED_PLATFORM, PASSIVE_ACT, PASSIVE_PENALTY, RULES_OWNER_AFTER, RULES_WHY_BEFORE, TOLD_BY_REGULATOR, TOLD_CASE, TOLD_DEAL, UNNAMED_REGULATOR } from "./regulator-cues.ts";
import { anyHit, statusOf, type TriggerLexicon } from "./triggers.ts";
import { withoutRegulation } from "./type-model.ts";
import { tellsNoOpening, VIEW_BEFORE_COLON, withoutLaterDenial } from "./views.ts";
import { EVENT_TYPES, type EventType, type ExtractedEvent } from "./types.ts";

/** Weight a one-party sentence needs (two parties make an interconnection far likelier). */
const MIN_SCORE_ONE_PARTY = 3;
/** How much a model probability of 1 counts, in lexicon weight. */
const MODEL_WEIGHT = 3;
/**
 * Model probability at which a generic cue ("cooperation", "linked up with") counts as that type's
 * word. A third, not a half: the cue already says two sides connected, and an event matches on its
 * sides, so a model torn between two kinds should not lose the event (dev +5 matched, +7 predicted).
 */
const GENERIC_MODEL_P = 0.3;

const COURT_ACT =
  /\b(?:court|judges?|tribunal)\b.{0,60}\b(?:upheld|uphold|rejected|dismissed|overturned|ruled|affirmed|sided|threw out|thrown out|throws out|struck down|strikes down)\b|\b(?:upheld|overturned|affirmed)\b.{0,30}\b(?:verdict|ruling|judg(?:e)?ment|decision)\b/i;
const WITH_PARTNER = /\b(?:cooperat(?:ed|es|ing)|partnered|teamed up|signed an? (?:\w+ )?(?:agreement|deal))\s+with\s+[A-Z]/;


// Parts of the types' own vocabulary that say two platforms are different organisations.
const ACROSS_WALLS = /\b(?:external|third-party|outside (?:links|platforms|apps|stores|websites)|other platforms|rival platforms|each other)\b|外部|第三方/i;

/** An event as detection builds it, before the working flags are dropped. */
export type EventDraft = ExtractedEvent & { explicitDate: boolean; lexicalType: boolean };

export interface Candidate {
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
  /** A one-sided complaint: it is against whom a regulator then acted on (see completeLegal). */
  complaint?: boolean;
  /** Two parties that each did it separately ("Alipay and WeChat Pay both …"): one event each. */
  distribute?: string[];
  /** Which clause of its sentence told it, when the sentence has several. */
  clause?: number;
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

export interface ClauseContext {
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
  /** Where the story last told a date other than publication, for past-tense sentences that follow it. */
  storyAt?: { index: number; paragraph: number; date: string; precision: ExtractedEvent["datePrecision"] };
  /** The last day (not publication) the story told, for "on the same day" after a coarser time. */
  storyDay?: string;
  calledBy: (name: string, noun: string) => boolean;
  isCourt: (name: string) => boolean;
  modelOf: (text: string) => Partial<Record<EventType, number>>;
  /** The sentence as written, before trailing comments and appositives were cut. */
  written?: string;
  /** The detector reads the sentence as reporting an event, strongly enough to count as a generic cue. */
  likely?: boolean;
  /** The detector is all but sure the sentence reports an event the rules found nothing in: the no-event words do not veto it. */
  sure?: boolean;
}

// Words that say two parties deal with each other.
const RECIPROCAL =
  /\b(?:each other|one another|mutual\w*|between (?:them|the two|their)|between (?!\d)[\w-]+(?: [\w-]+)? and |cross-network|together|joint(?:ly)?|agree\w*|deal|partner\w*|signed|team\w* up|tie-up|link\w*|connect\w*|interconnect\w*|interoperab\w*|convertible|interchangeable|in both directions|integrat\w*|cooperat\w*|collaborat\w*|open\w* (?:up )?to|exchang\w*|shared|swap\w*|pool\w*)\b|互联|互通|合作|打通/i;

// "…, the two card networks said on Tuesday": the pair announced the act together.
const JOINT_SAID = /,\s+(?:the\s+(?:two|2)|both)\s+(?:[\w-]+\s+){0,2}?(?:said|announced|confirmed)\b/i;

// "X and Y began offering …": what two subjects start, they start together; "X and Y announced
// that creators can now edit clips …": what they announce as one, they did together.
const JOINT_START = /^\s*(?:(?:have|has|had)\s+)?(?:began|begun|started|launched|rolled out|unveiled|introduced|debuted|(?:jointly\s+)?announced|said\s+(?:on\s+\w+\s+)?that)\b/i;

// A narrated past act ("opened", "began", "cut off"), as against present news ("can now", "has opened", "this week").
// "On August 20 X and Y released the plan. According to the plan, merchants can …": the terms of
// an act told in the sentence before belong to that act's day.
const TERMS_OF = /^(?:According to|Under) (?:the|this|that|their|its) (?:new )?(?:plan|agreement|deal|arrangement|partnership|cooperation|programme|program|project|scheme|terms)\b/i;
const NARRATED = /\b(?:[a-z]+ed|began|took|made|won|lost|cut|set|went|came|gave|struck|brought|led|sent|built|ran|sold|bought|hit|shut|put|paid)\b/;
// "…, so that transfers will one day work": what an act is for says nothing of when it was told.
const PURPOSE_TAIL = /,\s+(?:so that|so|which|letting|allowing|enabling|meaning|in order)\b.*$/s;
const NEWS_NOW = /\b(?:now|currently|today|this week|has|have|is|are|will|can|said|says|announced|confirmed)\b/i;

// "NPCI first announced the cap in November 2020: no single app was to handle more than 30% …":
// what follows a colon after a dated act spells out its terms; the shares it names are no denial of it.
const COLON_GLOSS = /(?<=\b(?:19|20)\d{2}\b[^:"“”]{0,40}):\s+[^"“”]*$/s;

/** Opening types a text outside the clause gives it (its terms, its appositives): never a wall or a regulator's act. */
export function detectClause(clause: string, sentence: string, here: { index: number; paragraph: number }, ctx: ClauseContext): Candidate | null {
  const { history, registry, lex, pubDay, isRegulator, related } = ctx;
  const { lexical, dealTerms, wayTold } = wordedKinds(clause, sentence, here, ctx);
  const generic = anyHit(clause, lex.generic) || ctx.likely === true;
  // Without a type word or a generic cue the model adds nothing (below), so it is not asked.
  if (Object.keys(lexical).length === 0 && !generic) return null;
  const named = ctx.partiesOf(clause);
  const raw = ctx.modelOf(clause);
  // Without a regulator in sight a regulation reading is impossible, so the model's other kinds
  // share its whole belief: "connected to the GIMAC switch" is not 89% regulation and 3% payment.
  // "the regulator", "was fined": a regulator the clause implies without naming it.
  const regulatorImplied = UNNAMED_REGULATOR.test(clause) || PASSIVE_PENALTY.test(clause);
  const noRegulator = !regulatorImplied && !named.some((m) => isRegulator(m.name));
  const model = noRegulator ? withoutRegulation(raw) : raw;
  const scores: Partial<Record<EventType, number>> = { ...lexical };
  // "opened its delivery network to merchants who sell on TikTok Shop": when the words already say
  // what kind of opening, a generic cue lets the model weigh those kinds, not add another.
  const worded = Object.entries(lexical).some(([t, v]) => t !== "regulation" && t !== "dispute" && (v ?? 0) >= MIN_SCORE);
  for (const [t, p] of Object.entries(model) as [EventType, number][]) {
    // The model supports a type the words already suggest; alone it only types a generic cue
    // ("reached cooperation"), which then counts as one word of that type.
    if (lexical[t] !== undefined) scores[t] = (scores[t] ?? 0) + p * MODEL_WEIGHT;
    else if (generic && !worded) scores[t] = (scores[t] ?? 0) + p * MODEL_WEIGHT + (p >= GENERIC_MODEL_P ? 1 : 0);
  }
  // "QRIS connected with Thailand's PromptPay in August 2022": a deal between payment systems the
  // model cannot type (their names are no words it knows) is a payment opening, whatever other
  // kind the model guesses from the rest of the words ("connected their networks").
  const sides = named.filter((m) => !isRegulator(m.name));
  // "In March, Alibaba's Taobao opened its stores to WeChat Pay": when the detector finds an act
  // likely between two groups and no type word decides, the model only says which kind, so a
  // model torn between three kinds does not lose the event (dev +7 matched, +8 predicted).
  if (ctx.likely === true && !worded && groupsOf(sides.map((m) => m.name), registry).size >= 2) {
    const kind = (Object.entries(model) as [EventType, number][]).sort((a, b) => b[1] - a[1])[0];
    if (kind) scores[kind[0]] = Math.max(scores[kind[0]] ?? 0, MIN_SCORE);
  }
  if (generic && !worded && !lexical.dispute && sides.length >= 2 && sides.every((m) => paymentNamed(m.name, registry))) {
    scores.payment = Math.max(MIN_SCORE, ...Object.values(scores).map((v) => (v ?? 0) + 0.01));
  }
  if (Object.keys(scores).length === 0) return null;
  // A regulator a company complains to ("filed a complaint with the JFTC", "complained to the
  // Commission") hears the dispute; it is not a side of it and has not acted yet.
  const hearsComplaint = (m: PartyMention) => isRegulator(m.name) && (COMPLAINT_TO.test(clause.slice(Math.max(0, m.start - 70), m.start)) || COMPLAINT_AFTER.test(clause.slice(m.end, m.end + 50)));
  // "Nubank complained to CADE that Apple …", "Epic told the regulator that Apple …": the complaint is the happening, a dispute.
  const complaint = named.some(hearsComplaint) || COMPLAINT_TO_ANAPHOR.test(clause) || COMPLAINED.test(clause);
  if (complaint) scores.dispute = Math.max(...Object.values(scores).map((v) => v ?? 0)) + COMPLAINT_WEIGHT;
  const mentions = named
    .filter((m) => !hearsComplaint(m))
    // "according to a notice released by the PBOC", "QRIS, the standard set up by Bank Indonesia": a regulator only as source or owner does not act here.
    .filter((m) => !(isRegulator(m.name) && !PASSIVE_PENALTY.test(clause) && IDLE_REGULATOR.test(clause.slice(Math.max(0, m.start - 70), m.start))))
    // "… can now pay at each other's merchants, the National Bank of Rwanda said on Wednesday": a
    // regulator that only tells the news of two others is its source, not a side.
    // "… removed USDT because the token lacks authorisation under the EU's MiCA rules": the rules' owner is no side.
    .filter((m, _i, all) => !(isRegulator(m.name) && RULES_OWNER_AFTER.test(clause.slice(m.end, m.end + 50)) && RULES_WHY_BEFORE.test(clause.slice(Math.max(0, m.start - 50), m.start)) && all.filter((o) => !isRegulator(o.name)).length >= 2))
    .filter((m, _i, all) => !(isRegulator(m.name) && !PASSIVE_ACT.test(clause) && ATTRIBUTION_AFTER.test(clause.slice(m.end, m.end + 40)) && /,\s*(?:the\s+)?$/i.test(clause.slice(Math.max(0, m.start - 6), m.start)) && all.filter((o) => !isRegulator(o.name)).length >= 2));
  // "CEHAT filed a claim against Booking.com, seeking compensation for … the practices the CNMC
  // sanctioned": a regulator named in what a claimant seeks does not act in the claim.
  const sought = SOUGHT.exec(clause);
  const own = mentions.filter((m) => !(sought && isRegulator(m.name) && m.start > sought.index)).map((m) => m.name);
  // Courts decide between the sides; they are never a side themselves.
  // "the ministry's spokesman", "the regulator said", "Its 2021 decision": the regulator introduced earlier acts here.
  // "…, and customers can use the service at JCB merchants, the central bank said": the regulator
  // only tells the news, unless the clause has words of a regulator's act ("after an investigation").
  const toldByRegulator = lexical.regulation === undefined && TOLD_BY_REGULATOR.test(clause);
  const regAnte = own.some(isRegulator) || complaint || toldByRegulator ? null : regulatorAntecedent(clause, here, history, isRegulator, ctx.calledBy);
  // An "Its" or "It" that names the regulator names nobody else.
  let anaphorText = regAnte ? clause.replace(/^([^,]{0,30},\s*|(?:A|One|Two|Three|Four|Five|Six|Several)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later|before)\s+|(?:In|On|By|Last|Later|Earlier|That|The following|The next)\b[^,]{0,25}?\s(?=its?\b))?(?:Its?|(?<=\s)its?)\b/, "$1The") : clause;
  // "told platforms to stop blocking each other's links": under a regulator "each other" is the
  // platforms it addresses, not the pair of an earlier sentence.
  if (regAnte || own.some(isRegulator)) anaphorText = anaphorText.replace(/\b(?:each other|one another)\b/gi, "them");
  let { parties, each } = resolveParties(anaphorText, own.filter((n) => !ctx.isCourt(n)), here, history, related, (n) => !isRegulator(n) && !ctx.isCourt(n), regAnte !== null || own.some(isRegulator));
  if (regAnte && !parties.some(isRegulator)) parties = [regAnte, ...parties];
  // "Youku went further. In June that year the Alibaba-owned platform sued Douyin", "a penalty
  // imposed on the Kakao Corp unit": the owner names which of its platforms the story just told of.
  const ownedBy = OWNED_PLATFORM.exec(clause);
  const owner = ownedBy ? ctx.partiesOf((ownedBy[1] ?? ownedBy[2])!)[0]?.name : undefined;
  if (owner && parties.includes(owner)) {
    const ownedByOwner = (p: string) => registry.ancestors(p).includes(owner);
    // Its platform named in the sentence's own cut part ("…, when it found that Kakao Mobility …"), else told just before.
    const namedHere = ctx.written ? registry.match(ctx.written).find((m) => ownedByOwner(m.entity.name))?.entity.name : undefined;
    const told = history.findLast((h) => h.index < here.index && here.index - h.index <= 3 && h.parties.some(ownedByOwner));
    const platform = namedHere ?? told?.parties.find(ownedByOwner);
    if (platform && !parties.includes(platform)) parties = parties.map((p) => (p === owner ? platform : p));
  }
  // "Bank of Kigali and Equity Bank connected their apps to the switch": a pair of subjects, each
  // reaching the platform the story told before, is one act each.
  const pairSubject = parties.length === 2 && opensWithPair(clause, mentions);
  const objectless = parties;
  parties = withObjectParties(clause, parties, here, ctx, { wayTold, regulatorImplied, pairSubject });
  if (pairSubject && parties.length === 3 && objectless.every((p) => parties.includes(p))) each = [objectless[0]!, objectless[1]!];
  if (!regulatorImplied && !parties.some(isRegulator)) parties = withPhoneMaker(clause, parties, registry);
  const hasRegulator = regulatorImplied || parties.some(isRegulator);
  // "Meituan was fined 3.44 billion yuan": the regulator the story named is who fined it.
  if (hasRegulator && !parties.some(isRegulator)) {
    // "Brussels accepted …": the capital acts for the European Commission, whoever the story named last.
    const named = (/\bBrussels\b/.test(clause) && registry.get("European Commission")?.name) || lastRegulator(here, history, isRegulator);
    if (named) parties = [named, ...parties];
  }
  // "The regulator authorised transfers on the app the following year": a regulator acting on
  // "the app" or "the company" acts on the company the story told last.
  if (hasRegulator && !parties.some((p) => !isRegulator(p)) && DEFINITE_COMPANY.test(clause)) {
    const before = history.findLast((h) => h.index < here.index && here.index - h.index <= 3 && h.parties.some((p) => !isRegulator(p)));
    const company = before?.accused ?? before?.parties.find((p) => !isRegulator(p));
    if (company) parties = [...parties, company];
  } else if (hasRegulator && !parties.some((p) => !isRegulator(p))) {
    // "The commission opened an inquiry into those contracts": the companies of the case told just
    // before, after a complaint the accused ("Nagad complained that bKash's contracts …"); "would
    // examine whether the arrangement …": both sides of the deal told just before.
    const acted = clause.slice(mentions.find((m) => isRegulator(m.name))?.end ?? 0);
    const before = history.findLast((h) => h.index < here.index && here.index - h.index <= 2 && h.parties.some((p) => !isRegulator(p)));
    const companies = before?.parties.filter((p) => !isRegulator(p)) ?? [];
    if (TOLD_CASE.test(acted)) parties = [...parties, ...(before?.accused ? [before.accused] : companies)];
    else if (TOLD_DEAL.test(acted) && companies.length >= 2 && !before?.accused) parties = [...parties, ...companies];
  }
  // Regulation needs a regulator; a court ruling or a company citing a rule is about something else.
  const { regulation: _r, ...nonRegulation } = scores;
  let picked = pickType(hasRegulator ? scores : nonRegulation, hasRegulator);
  // An opening between two payment systems ("Plin and Yape became interoperable") is a payment one, whatever else the words suggest.
  if (picked && !hasRegulator && picked.type !== "payment" && picked.type !== "dispute" && allPaymentSystems(parties, registry)) picked = { type: "payment", score: picked.score };
  // What a court found is the case between the sides, whatever service the finding describes;
  // a wall put up ("blocked Baidu's search crawler") is a dispute whatever it walls off.
  if (picked && !hasRegulator && (COURT_FINDS.test(clause) || (WALL_ACT.test(clause) && !WALL_LIFTED.test(clause) && (scores.dispute ?? 0) >= MIN_SCORE_ONE_PARTY))) {
    picked = { type: "dispute", score: Math.max(picked.score, MIN_SCORE_ONE_PARTY) };
  } else if (picked?.type === "link_access" && ACCESS_REFUSED.test(clause)) picked = { type: "dispute", score: picked.score };
  // "The Supreme People's Court upheld the original verdict": a court's act whose sides the story named before.
  const courtAlone = picked?.type === "dispute" && parties.length === 0 && COURT_ACT.test(clause);
  if (!picked || (parties.length === 0 && !courtAlone)) return null;
  // An interconnection (or a wall) lies between two organisations; one group alone is not one,
  // unless the sentence says the other side is outside ("external links", "rivals").
  const groups = groupsOf(parties, registry);
  // Litigants are companies: "Douyin took WeChat users' data … pay Tencent" is Douyin against Tencent.
  if (picked.type === "dispute" && LEGAL.test(clause)) {
    // A patent or staff case between two companies is litigation, not a wall between platforms.
    if (OFF_TOPIC_LEGAL.test(clause) && !WALL_TOPIC.test(clause)) return null;
    const named = parties;
    parties = parties.filter((p) => !registry.ancestors(p).some((a) => named.includes(a)));
  }
  if (picked.type === "regulation") parties = regulationTargets(clause, mentions, parties, isRegulator);
  // "the central bank made it compulsory to offer Raast": a regulator's own system is its instrument, not a side.
  if (picked.type === "regulation") parties = parties.filter((p) => !parties.some((r) => isRegulator(r) && registry.ancestors(p).includes(r)));
  if (picked.type === "regulation") parties = withoutInstruments(clause, mentions, parties, registry);
  // "Airtel complained … that Vodacom was charging above-cost fees on transfers into M-Pesa": the
  // charge names the accused first; what its complaint is about names no further side.
  if (picked.type === "dispute") parties = chargedOnly(clause, mentions, parties);
  // "Skype, WhatsApp and Viber calls stopped working": names listed as what a thing is of are one
  // side, hit by a wall the clause does not name; they have no quarrel with each other.
  if (picked.type === "dispute" && listedAsOneThing(clause, mentions, parties)) return null;
  // "…, the same path Douyin took", "…, a month after Twitter bought Vine": a name in a trailing
  // comparison or background phrase is not a side when the act already has its two sides.
  const aside = ASIDE.exec(clause) ?? BENEFICIARY.exec(clause);
  if (aside && !opponentInCharge(clause, aside, mentions, picked.type)) {
    // Only names the aside alone tells: ", so Weibo users can open …" does not take Weibo away.
    const early = new Set(mentions.filter((m) => m.start < aside.index).map((m) => m.name));
    const late = new Set(mentions.filter((m) => m.start > aside.index && !early.has(m.name)).map((m) => m.name));
    const kept = parties.filter((p) => !late.has(p));
    // A regulator's act needs no second side: "launched Bangla QR, though bKash kept its own stickers".
    if (groupsOf(kept, registry).size >= 2 || (picked.type === "regulation" && kept.some(isRegulator))) parties = kept;
  }
  parties = withoutPeers(clause, mentions, parties, related, registry);
  parties = withoutStandards(clause, mentions, parties, registry);
  const ends = picked.type === "regulation" ? parties : linkEnds(clause, mentions, parties);
  // The link's ends are what the kind is read from: two payment systems linked is a payment opening.
  if (ends !== parties && picked.type !== "dispute" && allPaymentSystems(ends, registry)) picked = { type: "payment", score: picked.score };
  parties = ends;
  if (picked.type === "payment" || picked.type === "data") parties = withoutConduits(clause, mentions, parties, registry);
  parties = withoutCompetitions(clause, mentions, parties, registry);
  // Two names of one group in one act ("WeChat would let Taobao shops use WeChat Pay"): the one
  // whose trade is the act's is the party; the other only hosts or announces it.
  parties = collapseGroup(parties, picked.type, registry, listedInSuit(clause, mentions));
  if (picked.type !== "regulation" && picked.type !== "dispute") parties = ownChildActs(clause, parties, registry);
  let oneSided = false;
  // A group's own company named as the partner ("Tencent had cooperated with Sogou") acted apart from it.
  const groupPartner = parties.length >= 2 && WITH_PARTNER.test(clause);
  if (picked.type !== "regulation" && groups.size < 2 && !groupPartner) {
    // A court act, a lawsuit or a complaint to a regulator naming one side ("the judge found that
    // Apple …", "Zong complained to the PTA") has an opponent the story names elsewhere, even when
    // its subject is outside links; anything else with one side is not an interconnection.
    if (picked.type === "dispute" && (LEGAL.test(clause) || complaint)) oneSided = true;
    else if (!ACROSS_WALLS.test(clause)) return null;
  }
  // "Google and Apple kept commissions of up to 26%": two subjects doing the same thing, with no
  // third party and no word of one dealing with the other, open nothing between them.
  // "Independent firms such as J&T Express, JNE and SiCepat have reported falling volumes": names
  // that are only the examples of one list are no counterparts of each other either.
  if (picked.type !== "dispute" && picked.type !== "regulation" && mentions.length >= 2 && parties.length === mentions.length && !dealTerms && !RECIPROCAL.test(clause) && !JOINT_SAID.test(sentence)) {
    const listed = mentions.slice(1).every((m, i) => /^\s*(?:,\s*(?:and\s+)?|and|&|和|与|、)\s*$/i.test(clause.slice(mentions[i]!.end, m.start)));
    const before = clause.slice(0, mentions[0]!.start);
    // "Uber and WeRide began offering robotaxi rides": two subjects that start something start it together.
    const subjects = mentions.length === 2 ? /^\s*(?:and|&|和|与)\s*$/i.test(clause.slice(mentions[0]!.end, mentions[1]!.start)) && !/[a-z]{4,}/.test(before.replace(/\b(?:in|on|since|from|by|last|this|early|late|mid|both|then|now)\b/gi, "")) && !JOINT_START.test(clause.slice(mentions[1]!.end)) : false;
    if (subjects || (listed && /\b(?:such as|including|like|notably|mainly)\s+(?:the\s+)?$/i.test(before))) return null;
  }
  if (picked.type !== "regulation" && tellsNoOpening(clause)) return null;
  const need = parties.length >= 2 || picked.type === "regulation" ? MIN_SCORE : MIN_SCORE_ONE_PARTY;
  if (picked.score < need) return null;
  // Only when the when-clause names every side: the act is there, not in what follows.
  const aftermath = AFTERMATH.exec(clause);
  const act = aftermath && mentions.every((m) => m.end <= aftermath[1]!.length) ? aftermath[1]! : clause;
  if (!ctx.sure && (picked.type !== "dispute" ? anyHit(withoutLaterDenial(act.replace(VIEW_BEFORE_COLON, ""), (t) => !!resolveDate(t, pubDay)?.date).replace(TAIL_ASIDE, "").replace(COLON_GLOSS, "").replace(WHO_CLAUSE, "").replace(NOT_NEGATING, ""), lex.notEvent) : DOUBT.test(act) || SHARE_TOLD.test(act) || (ONGOING.test(act) && !FILED.test(act)))) return null;

  // A clause's own story-relative date ("and the following year …") beats the date another clause of its sentence gives.
  // "…; Moonshot and Zhipu also put their models on it earlier": before the time the sentence told, not at it.
  const resolved = toldDate(clause, ctx) ?? (clause === sentence || EARLIER_UNSAID.test(clause) ? null : ownDate(sentence, ctx)) ?? modifierDate(ctx.written, sentence, pubDay);
  let date: string | null = resolved?.date ?? null;
  let datePrecision: Candidate["datePrecision"] = resolved?.precision ?? null;
  const explicitDate = date !== null;
  // "Douyin could respond by tightening its rules": a main clause that only says what may happen, with no time, reports nothing.
  if (!explicitDate && MAY_HAPPEN.test(clause)) return null;
  // A law's terms, told without a time, are no act.
  if (!explicitDate && LAW_TERMS.test(clause)) return null;
  // "The MIIT notice is guidance, not a regulation", "PhonePe and Google Pay between them still handle
  // well over 80% of transactions": an undated clause with no verb of an act describes; it reports nothing.
  if (!explicitDate && !TELLS_AN_ACT.test(clause) && (picked.type === "regulation" || !TELLS_A_CHANGE.test(clause))) return null;
  // "X has for years stopped …, while Y's services have restricted …": the background covers both clauses.
  const at = ctx.storyAt;
  // "In March 2023 Tencent opened … . Alibaba followed with …": a narrated past-tense sentence stays
  // in the time the paragraph just told. "The last piece arrived in October last year. A shop's till
  // now takes payments from Mpamba": so does an opening told as now, right after a sentence that names
  // no one and only says when.
  const back = date === null && at && at.paragraph === here.paragraph ? here.index - at.index : Number.POSITIVE_INFINITY;
  const narrated = (back <= 2 && NARRATED.test(clause) && !NEWS_NOW.test(clause.replace(PURPOSE_TAIL, "")) && !EARLIER_UNSAID.test(clause)) || (back === 1 && TERMS_OF.test(sentence));
  const setUp = back === 1 && !ctx.history.some((h) => h.index === at?.index && h.parties.length > 0);
  if (at && (narrated || setUp)) {
    date = at.date;
    datePrecision = at.precision;
  } else if (date === null && (REPORTED_NOW.test(clause) || (!UNDATED_BACKGROUND.test(ownTense(clause)) && !EARLIER_UNSAID.test(clause) && !(clause !== sentence && UNDATED_BACKGROUND.test(ownTense(sentence)))))) {
    // Undated news is dated by its publication (the gold convention: "can now" happened that day).
    date = pubDay;
    datePrecision = pubDay ? "day" : null;
  }
  ({ date, precision: datePrecision } = withinCoarsened(clause, pubDay, date, datePrecision));
  // A wall is not trialled: "dragging out the technical tests" is what a complaint charges.
  const told = statusOf(clause, lex);
  const status = picked.type === "dispute" && told === "pilot" ? undefined : told;
  // "DITO accused both Globe and Smart of …": one side against each of two is two disputes.
  // So is a wall put up against two ("Google delisted the apps of Matrimony.com and Shaadi.com").
  const eachAccused = picked.type === "dispute" && (/\b(?:accused|accusing|sued|suing|blocked|blocking)\s+both\b/i.test(clause) || WALLED_EACH.test(clause));
  // "Both wallets have been connected to Raast": the pair coreference found, each with the named side.
  const eachOfPair = each?.every((p) => parties.includes(p)) ? each : undefined;
  const pair = picked.type === "regulation" ? undefined : (distributedPair(clause, mentions, related, (picked.type !== "dispute" || eachAccused) && !parties.some(isRegulator)) ?? eachOfPair);
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
