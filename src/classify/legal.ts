// Court cases and walls: the words that make a clause a legal act or a wall put up (or taken
// down), acts told in passing inside a sentence about something else (a filing, a law passed),
// and the completion of a one-sided legal act with the opponent a nearby sentence names (or its
// charge names: "sued in November, alleging that OpenAI scraped …").
import { resolveDate, sameTime } from "./dates.ts";
import type { Candidate, ClauseContext, EventDraft } from "./detect-clause.ts";
import type { EntityRegistry } from "./entities.ts";
import { groupOf, groupsOf, sameGroups, subset } from "./groups.ts";
import type { PartyMention } from "./parties.ts";
import { toldDate } from "./story-dates.ts";
import type { EventType } from "./types.ts";

// Words of a court case: its sides are the litigants, whichever sentence names the second one.
export const LEGAL = /\b(?:judges?|court|first instance|ruled|ruling|verdict|judg(?:e)?ment|case|sentenced|lawsuit|(?<!\bfollow(?:ed|s|ing)?\s)suits?|(?:counter)?su(?:ed|es|ing)|countersuit|appeal\w*|contempt|injunction)\b|法院|判决|起诉|诉讼/i;
// Litigation about something other than walls between platforms (patents, staff, reputation):
// not an interconnection dispute unless the sentence also names a wall or an opening.
export const OFF_TOPIC_LEGAL = /\b(?:patents?|trademarks?|defamation|libel|slander|wrongful (?:dismissal|termination)|employment|unpaid (?:wages|bonuses|salary)|former (?:employee|executive|staff)|securities fraud|shareholders?)\b/i;
export const WALL_TOPIC = /\b(?:block\w*|ban\w*|links?|mini[- ]?programs?|exclusiv\w*|choose one|access|throttl\w*|scrap\w*|crawl\w*|data|api|interconnect\w*|unfair competition|monopol\w*|antitrust)\b/i;
// "The court found that …", "a federal judge ruled …": the finding reports the case.
export const COURT_FINDS = /\b(?:court|judge|jury)\s+(?:\w+\s+)?(?:found|ruled|held|decided|ordered|barred)\b|法院.{0,12}(?:认定|判决|裁定)/i;
// Acts that put a wall up or take a rival to court, and words that say a wall came down instead.
export const WALL_ACT = /\b(?:block(?:ed|s|ing)?|ban(?:s|ned|ning)?|barr(?:ed|ing)|bars|cut(?:s|ting)? off|shut(?:s|ting)? out|(?:cut|cuts|cutting|shut|shuts|shutting|kick\w*|lock\w*) (?:[\w'’-]+ ){1,5}out of|(?:counter)?su(?:ed|es|ing)|lawsuit|accus\w*|throttl\w*|retaliat\w*|(?:remov|delist|pull|suspend|revok|restrict)\w*\s+(?:[\w'’.-]+\s+){0,3}?(?:[\w.-]+['’]s?\s+)(?:[\w-]+\s+){0,3}?(?:links?|mini[- ]?programs?|apps?|games?|accounts?|ads|access|api|apis|stores?|shops?)|(?:stop\w*|prevent\w*|forbid\w*|forbade)\s+(?:[\w'’.-]+\s+){1,4}from|(?:cut|cuts|cutting)\s+(?:[\w'’.-]+\s+){1,4}off|hit(?:s|ting)? back at|(?:remov|drop|pull|delist|strip)\w*\s+(?:[\w.&'’-]+\s+){1,3}?from\s+(?:its|their|the)\s+(?:own\s+)?(?:checkouts?|cashiers?|payment (?:options|methods|page)|apps?|app stores?|stores?|platforms?)\b|\bhid(?:e|es|den|ing)\s+(?:[\w'’.-]+\s+){0,2}?links?\b|blockades?|(?:limit|curb|obstruct|hamper|fold)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:links?|shares?|sharing|videos?|content|mini[- ]?programs?|access)|(?:legal|court|antitrust) (?:battle|fight|war)s?|no longer\s+(?:be\s+)?(?:played|opened|shared|shown|displayed|accessible|available)|restrict(?:ed|s|ing)?\s+from|(?:kick\w*|boot\w*)\s+(?:[\w'’.-]+\s+){1,4}off|legal action|alleg(?:e|ed|es|ing|ations?|edly)|mak(?:e|es|ing) users wait|(?:froze|frozen|freez\w*)\s+(?:[\w'’-]+\s+){0,3}accounts?|reject(?:ed|s|ing)?\s+(?:[\w.-]+['’]s\s+)?(?:[\w-]+\s+)?(?:app|apps|update|updates|listing)|(?:refus|declin)\w*\s+to\s+(?:let|allow|permit)|(?:stopped|stops|refused|refuses|ceased) (?:paying|to pay)|slow(?:ed|s|ing)? (?:down )?(?:the )?(?:links?|traffic|loading)|(?:refus|declin)(?:ed|es|ing) to (?:route|carry|connect|process|accept|approve|list|index|interconnect)|stop(?:ped|s|ping)? (?:approving|processing|routing|carrying|indexing|showing|accepting|supporting|offering|displaying)|(?:clos(?:e|ed|es|ing)|shut(?:s|ting)?(?: off| down)?) (?:the |their |its )?(?:[\w'’-]+ ){0,2}(?:interfaces?|apis?|data feeds?)|(?:pull|pulls|pulling|pulled|withdr[ae]w\w*|remov(?:e|es|ed|ing))\s+(?:its|their|the|all|[\w-]+)\s+(?:[\w-]+\s+){0,3}?channels(?:,[^,]{0,60},)?\s+(?:from|off)|(?:links?|mini[- ]?programs?|apps?|accounts?)\s+(?:(?:in|on|inside|from)\s+[\w.-]+\s+)?(?:were|was|have been|has been|had been|got)\s+(?:\w+\s+)?(?:blocked|banned|removed|pulled|throttled|delisted|suspended|restricted|folded|hidden)|(?:sentenced|ordered|required|liable) to (?:pay|compensate))\b|屏蔽|封杀|起诉|二选一|下架|封禁/i;
// An access told as refused: "has long not allowed notes to carry Taobao links", "could no longer hang
// third-party links", "links … stopped opening in WeChat", "told Google's crawler to stay out".
export const ACCESS_REFUSED =
  /\b(?:(?:has|have|had)\s+(?:long\s+)?not\s+allowed|(?:did|does|do)\s+not\s+allow|(?:could|can)\s+no\s+longer\s+(?!be\s+(?:blocked|banned|shielded|restricted|folded|hidden)\b)\w+|prohibit(?:s|ed|ing)?|(?:a|the|its)\s+ban\s+on|stopped\s+opening|(?:has|have|had|were|was)\s+(?:been\s+)?(?:shielded|taken\s+down|folded)|to\s+stay\s+out)\b|不允许|禁止|屏蔽/i;
export const WALL_LIFTED =
  /\b(?:unblock\w*|(?:off|from)\s+(?:the\s+|its\s+|a\s+)?(?:blocked list|block-?list)|lift\w*|end(?:ed|s|ing)?|drop\w*|remov\w*\s+(?:the\s+|its\s+|a\s+|all\s+)?(?:\w+\s+)?(?:ban|bans|block|blocks|blocking|restrictions?|barriers?|walls?)|scrap\w*|revers\w*|reopen\w*|restor\w*|resum\w*|no longer(?!\s+(?:be\s+)?(?:played|opened|shared|shown|displayed|accessible|available|open|play|load)\b)|stop(?:ped|s)? (?:blocking|folding|throttling|restricting|hiding)|allow\w*|let)\b|解除|恢复|不再/i;
// A filing told inside another act's sentence, with a date of its own: "in a case Tencent
// brought in 2020", "the antitrust case, brought by Epic in 2020"; and a complaint to a
// regulator ("first complained to the watchdog in 2019"), whose opponent is the regulator's target.
// "which filed the suit in the summer of 2024": the verb first.
export const FILING =
  /\b(?:case|lawsuit|suit|complaint)\b,?\s+(?:that\s+|which\s+)?(?:was\s+)?(?:[\w.'’&-]+\s+){0,4}(?:brought|filed|lodged)\b[^.;,]{0,50}|\bcase\s+(?:that\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?\s+(?:began|started|opened)\b[^.;,]{0,50}|\b(?:filed|brought|lodged)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:suit|lawsuit|case|claim)\b[^.;,]{0,50}/;
export const COMPLAINT = /\b(?:first\s+)?(?:complained|filed (?:a |an )?(?:\w+ )?complaint|took (?:the|its|their) (?:fight|case|complaint|battle|grievance)(?: \w+)?)\s+(?:to|with)\b[^.;,]{0,50}/;
/** How many sentences away a one-sided legal act may find its opponent. */
const LEGAL_REACH = 3;

/**
 * A one-sided legal act ("Apple won most of that case in 2021") takes its opponent from the
 * nearest two-sided dispute that names the same side; it is its own event when its date differs.
 */
export function completeLegal(
  pending: (Candidate & { index: number; evidence: string; complaint?: boolean })[],
  events: EventDraft[],
  registry: EntityRegistry,
  isRegulator: (name: string) => boolean,
): void {
  // Filings that name both sides go first, so a ruling that names one side can take its opponent from them.
  const twoSided = (p: Candidate) => groupsOf(p.parties, registry).size >= 2;
  pending = [...pending.filter(twoSided), ...pending.filter((p) => !twoSided(p))];
  // A complaint to a regulator is against whom the regulator then acted on.
  const targets = events
    .filter((e) => e.type === "regulation")
    .map((e) => ({ ...e, parties: e.parties.filter((n) => !isRegulator(n)) }))
    .filter((e) => e.parties.length > 0);
  // "A court ordered Booking.com to compensate hotels. The claim was brought by Hotelverband
  // Deutschland, which filed the suit in 2024": a ruling and a filing each naming one side, told
  // next to each other, are the two sides of one case.
  const counterpart = (p: Candidate & { index: number }) =>
    pending
      .filter((q) => q !== p && Math.abs(q.index - p.index) <= 1 && !twoSided(q) && !q.parties.some((n) => p.parties.some((m) => groupOf(m, registry) === groupOf(n, registry))))
      .map((q) => ({ parties: q.parties }))[0];
  for (const p of pending) {
    const disputes = events.filter((e) => e.type === "dispute" && groupsOf(e.parties, registry).size >= 2);
    const side = groupsOf(p.parties, registry);
    // A filing that names both sides ("a complaint that Spotify filed against Apple in 2019") needs no donor.
    const donor = side.size >= 2 ? { parties: [] as string[] } : (p.complaint ? [...disputes, ...targets] : disputes)
      .filter((e) => targets.includes(e) || (Math.abs(e.sentenceIndex - p.index) <= LEGAL_REACH && subset(side, groupsOf(e.parties, registry))))
      .sort((a, b) => Math.abs(a.sentenceIndex - p.index) - Math.abs(b.sentenceIndex - p.index))[0] ?? counterpart(p);
    if (!donor) continue;
    const parties = [...p.parties, ...donor.parties.filter((d) => !side.has(groupOf(d, registry)))];
    const groups = groupsOf(parties, registry);
    const clash = events.some((e) => e.type === "dispute" && sameTime(e, p) && sameGroups(e.parties, parties, registry));
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

const CHARGE_THAT = /\b(?:complain\w*|accus\w*|alleg\w*|argu\w*|claim\w*|told\s+(?:the\s+)?[\w\s]{0,30}?)\s+(?:[^.;]{0,60}?\s)?that\s+/i;

/** A complaint's parties: the complainant, and only the first name its "that …" charge gives. */
export function chargedOnly(clause: string, mentions: PartyMention[], parties: string[]): string[] {
  const m = CHARGE_THAT.exec(clause);
  if (!m) return parties;
  const at = m.index + m[0].length;
  const before = new Set(mentions.filter((x) => x.start < at).map((x) => x.name));
  const after = mentions.filter((x) => x.start >= at);
  if (before.size === 0 || after.length < 2) return parties;
  // "that Vodacom and MTN were using …": a list of the accused stays whole.
  let last = 0;
  while (last + 1 < after.length && /^\s*(?:,|,?\s+and|&)\s*$/.test(clause.slice(after[last]!.end, after[last + 1]!.start))) last++;
  const later = new Set(after.slice(last + 1).map((x) => x.name));
  const kept = parties.filter((p) => !later.has(p) || before.has(p) || after.slice(0, last + 1).some((x) => x.name === p));
  return kept.length >= 2 ? kept : parties;
}

// Complaints to regulators: a regulator hearing a complaint is no side of the dispute.
// Text just before a regulator's name that makes it the recipient of a complaint.
export const COMPLAINT_TO =
  /\b(?:complain(?:ed|s|ing)?|complaints?|petition(?:ed|s)?|(?:walked|went|turned) (?:in)?to|took (?:its|their|the) (?:case|grievance|complaint)s?|reported)\b[^.;]{0,45}?\b(?:to|with|before|into)\s+(?:the\s+|[A-Z][\w.]*['’]s\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]+,\s+)?$|\b(?:ask(?:ed|s|ing)|urg(?:ed|es|ing)|call(?:ed|s|ing) on|petition(?:ed|s|ing)|press(?:ed|es|ing)|lobb(?:ied|ies|ying))\s+(?:the\s+|[A-Z][\w.]*['’]s\s+|the (?:country|nation|state|region)['’]s\s+)?(?:[\w-]+\s+){0,2}$/i;

// A complaint to a regulator named before: "told the regulator that …", "asked the ministry to step in".
export const COMPLAINT_TO_ANAPHOR =
  /\b(?:complain\w*|complaints?|told|asked|urged|petitioned|wrote to|lobbied|called on|pressed)\s+(?:to\s+|with\s+)?the\s+(?:\w+\s+)?(?:regulator|ministry|watchdog|commission|authority|agency|bureau|administration|central bank)\b/i;
export const COMPLAINED_THAT = /\b(?:complain(?:ed|s)?|(?:filed|lodged|submitted|made) (?:a |an )?(?:[\w-]+ )?complaint)\s+(?:to|with)\s+[^.;]{2,60}?\s+that\s+/i;
// "TVNZ complained publicly that Sky wanted to control the ads": a complaint told in the open too.
export const COMPLAINED = /\b(?:complain(?:ed|s)?|(?:filed|lodged|submitted|made) (?:a |an )?(?:[\w-]+ )?complaint)\s+(?:to|with)\b|\bcomplain(?:ed|s)\s+(?:publicly|openly|loudly|repeatedly)\s+that\b/i;
/** How far a complaint to a regulator puts the dispute type above the topic's words. */
export const COMPLAINT_WEIGHT = 1;

// "went to the Commission in March 2019 with a complaint": the complaint told after the name.
export const COMPLAINT_AFTER = /^[^.;,]{0,30}?\bwith (?:a|an|its|their) (?:[\w-]+ )?complaint\b/i;

// A law or rule told with who passed it and when, inside a sentence about something else:
// "the Personal Information Protection Law, which the NPC Standing Committee passed in August 2021",
// "rules adopted by the Commission in 2022".
const ENACTED_BY = /\b(?:which|that)\s+(?:the\s+)?([^,.;]{2,60}?)\s+(?:passed|adopted|issued|published|enacted|approved|released|introduced)\s+((?:in|on|last|at the end of|early|late)\s+[^,.;]{2,30})|\b(?:passed|adopted|issued|published|enacted|approved|released|introduced)\s+by\s+(?:the\s+)?([^,.;]{2,60}?)\s+((?:in|on|last|at the end of|early|late)\s+[^,.;]{2,30})/i;

/** The background act of a regulator or legislature told in passing, as a regulation event of its own. */
export function enactedIn(text: string, ctx: ClauseContext): Candidate | null {
  const m = ENACTED_BY.exec(text);
  // "According to a notice released by the PBOC on Monday, …": the source of a report, not an act told in passing.
  if (!m || /\baccording to\b[^,.;]{0,40}$/i.test(text.slice(0, m.index))) return null;
  const who = m[1] ?? m[3]!;
  const when = resolveDate(m[2] ?? m[4]!, ctx.pubDay);
  if (!when?.date) return null;
  const body = ctx.partiesOf(who).find((p) => ctx.isRegulator(p.name));
  if (!body) return null;
  return { type: "regulation", parties: [body.name], score: 3, date: when.date, datePrecision: when.precision, explicitDate: true, unknown: [], lexicalType: true };
}

/**
 * A case's filing or a complaint told with its own date inside a sentence about something else
 * ("the ruling … in a case Tencent brought in 2020"): a separate, earlier dispute (data/eval
 * conventions), whose other side completeLegal takes from the story.
 */
export function filingIn(text: string, pubDay: string | null, ctx: ClauseContext): (Candidate & { complaint: boolean }) | null {
  const origin = complaintOrigin(text, pubDay, ctx);
  if (origin) return origin;
  const complaint = COMPLAINT.exec(text);
  const m = FILING.exec(text) ?? complaint;
  // "Last July the Independent Publishers Alliance complained to the CMA": the time may come before the verb.
  // "complained to the commission in August that year": a month of the story's year.
  const own = m ? resolveDate(m[0], pubDay) : null;
  const when = m ? ((own?.date ? toldDate(m[0], ctx) : own) ?? resolveDate(text.slice(Math.max(0, m.index - 60), m.index), pubDay)) : null;
  if (!m || !when?.date) return null;
  const sides = ctx.partiesOf(text).filter((p) => !ctx.isRegulator(p.name) && !ctx.isCourt(p.name) && !/\bcourt\b/i.test(p.name));
  // Who complained is the subject before the verb; the rest of the sentence may name backers.
  const parties = m === complaint ? sides.filter((p) => p.start < m.index).slice(0, 1) : sides;
  if (parties.length === 0) return null;
  return {
    type: "dispute",
    parties: parties.map((p) => p.name),
    score: 3,
    date: when.date,
    datePrecision: when.precision,
    explicitDate: true,
    unknown: parties.filter((p) => p.unknown).map((p) => p.name),
    lexicalType: true,
    oneSided: true,
    // "a complaint filed in 2022 by Tada" is against whom the regulator then acted on, as "complained to" is.
    complaint: m === complaint || /^complaint/i.test(m[0]),
  };
}

// Where a case came from, with the complainant named after the complaint: "The case began with a
// complaint from Emlakjet, a smaller property portal, in 2023", "The probe followed a complaint in
// January 2024 from Aras Kargo", "a complaint that Jahez, the Riyadh-listed rival, filed with the
// authority in 2024", "The complaint came from the NRAI, which filed it in July 2021", "a 2021
// complaint by VCNC". Not "complaints from restaurant owners" (no one named) nor "a complaint of her own".
const COMPLAINT_FROM =
  /\bcomplaint\s+(?:(?:came|comes)\s+from|(?:(?:filed|lodged|brought|made|submitted)\s+)?(?:(?:in|last|this|early|late|on)\s+[^,;.]{1,25}?\s+)?(?:from|by|of)|that)\s+(?!(?:his|her|its|their|our|my)\b)/i;
// The complainant's name comes within a few words: "from e-commerce company Coupang", "by Sweden's Spotify".
const NAME_GAP = /^(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/;

// "closing the case Slack started with a complaint in 2020": the complainant named before the complaint.
const CASE_STARTED_BY = /\b(?:case|probe|investigation|inquiry|proceedings)\s+(?:that\s+)?(?=[A-Z])([^,;.]{1,40}?)\s+(?:had\s+)?(?:started|began|brought|triggered|set off|opened)\s+with\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?complaint\b/;

/** A complaint told as where a case began, dated, with its complainant named after it; its accused comes from the story. */
function complaintOrigin(text: string, pubDay: string | null, ctx: ClauseContext): (Candidate & { complaint: boolean }) | null {
  const started = CASE_STARTED_BY.exec(text);
  const m = COMPLAINT_FROM.exec(text) ?? started;
  if (!m) return null;
  const end = m.index + m[0].length;
  const at = m === started ? m.index + m[0].indexOf(m[1]!) : end;
  const who = ctx.partiesOf(text).find((p) => p.start >= at && !ctx.isRegulator(p.name) && !ctx.isCourt(p.name));
  if (!who || (m === started ? who.end > at + m[1]!.length : !NAME_GAP.test(text.slice(end, who.start)) || /,/.test(text.slice(end, who.start)))) return null;
  // "a 2021 complaint by VCNC", "filed it in July 2021": the date is the complaint's, around it, not the main act's.
  const when = resolveDate(text.slice(Math.max(0, m.index - 8)), pubDay);
  return {
    type: "dispute",
    parties: [who.name],
    score: 3,
    date: when?.date ?? null,
    datePrecision: when?.date ? when.precision : null,
    explicitDate: !!when?.date,
    unknown: who.unknown ? [who.name] : [],
    lexicalType: true,
    oneSided: true,
    complaint: true,
  };
}

// "Google delisted the apps of Matrimony.com and Shaadi.com": a wall put up against each; not a suit or a charge.
export const WALLED_EACH = /^(?!.*\b(?:accus\w*|su(?:ed|es|ing)|lawsuit|complain\w*|charg\w*)\b).*\b(?:delist(?:ed|s|ing)|block(?:ed|s|ing)|ban(?:ned|s)|cut off|cut\s+(?:[\w&'’.-]+,?\s+){1,6}off|pulled|remov(?:e|es|ed|ing)|suspended|strip(?:s|ped|ping)|forb(?:id|ids|idding|ade)|stop(?:s|ped|ping)?\s+(?:allowing|supporting|accepting|carrying|showing)|phased?\s+out|dropp(?:ed|ing)|not\s+(?:be\s+)?(?:put|placed|listed|released)\s+on|refus(?:ed|es|ing)\s+to\s+(?:list|carry|stock))\b/i;

// "The Star, The Globe and Mail and Postmedia sued in November, alleging that OpenAI scraped …":
// a suit whose verb names no one after it has its opponent in the charge.
const CHARGE = /^,\s+(?:alleging|claiming|arguing|contending|accusing|saying)\b/i;
const SUIT_VERB = /\b(?:sued|su(?:es|ing)|complained|filed suit|went to court|took legal action)\b/i;
export function opponentInCharge(clause: string, aside: RegExpExecArray, mentions: PartyMention[], type: EventType): boolean {
  if (type !== "dispute" || !CHARGE.test(aside[0])) return false;
  const verb = SUIT_VERB.exec(clause);
  return !!verb && verb.index < aside.index && !mentions.some((m) => m.start > verb.index && m.start < aside.index);
}

// "…, seeking damages": what a suit asks for, after its sides.
export const SOUGHT = /,\s+(?:seeking|asking for|demanding|claiming)\s+(?:compensation|damages|refunds?|repayment|an? (?:injunction|order))\b/i;
