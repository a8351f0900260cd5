// A sentence that restates an event already found in the article becomes a mention of it (or adds
// the companies a regulator's act covers) rather than an event of its own.
import { sameTime } from "./dates.ts";
import type { Candidate, EventDraft } from "./detect-clause.ts";
import type { EntityRegistry } from "./entities.ts";
import { WALL_ACT } from "./legal.ts";
import { groupOf, groupsOf, sameGroups, subset } from "./groups.ts";

// A sentence opening with a definite reference to something already told ("The verdict …",
// "The feature …") restates it, whatever type and date words it adds.
const RESTATES =
  /^(?:(?:according to|under) [^,]{3,60},\s*)?(?:the|this|that)\s+(?:\w+\s+)?(?:verdict|lawsuit|suit|case|move|change|deal|agreement|decision|ruling|fine|penalty|practice|cooperation|partnership|feature|function|option|integration|step|launch|opening|tie-up|ban|blocking|block|interconnection|arrangement|reversal|rollout|pilot|complaint|investigation|probe|guidelines|rules|law|draft|order)\b/i;
// "The new agreement also adds …": a further happening, not a restatement.
const ADDS = /\b(?:also|additionally|in addition|separately)\b/i;
// "According to the agreement, …": details of the event just reported, which say what kind it is.
const ELABORATES =
  /^(?:according to|under|as part of|in) (?:the|this) (?:new |draft |revised |latest |final )?(?:agreement|deal|arrangement|cooperation|plan|appendix|draft|measures|rules|notice|guidelines|list|decision|order|ruling|guidance|requirements?|law|act|regulations?)\b/i;
const DEAL_TERMS = /^(?:under|as part of|according to|in) (?:the|this) (?:new |final |wider )?(?:agreement|deal|arrangement|partnership|cooperation|settlement)\b/i;
const PILOT_WORD = /\b(?:pilot|trial)\b/i;
// "The regulator said the company had pressured …", "… said the exclusivity had let the company
// raise prices": what a regulator found, told after its act,
// is the act's reasoning (dated by the conduct, not by a new act).
const FINDING = /\b(?:said|says|found|finds|concluded|determined|stated)\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}had(?:,[^,]{1,40},)?\s+(?:been\s+)?(?:\w+(?:ed|en|ught)|let|put|set|cut|kept|made|held|shut|left|sent|paid|told|sold|won|run|built|brought)\b/i;

// A time told from the one before: "the next summer", "two months later".
const LATER = /\bthe\s+(?:next|following)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)\b|\b(?:a|one|two|three|four|six)\s+(?:weeks?|months?|years?)\s+later\b/i;
const TIME_WORD = /\b(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December)\b|\blast\s+(?:year|month|week)\b/i;

/** Days before an undated report beyond which an explicitly dated one is another happening. */
const RESTATED_WITHIN_DAYS = 183;
// The first and (about) the last day of a YYYY, YYYY-MM or YYYY-MM-DD period, in ms.
const firstDay = (d: string) => Date.parse(d.padEnd(10, "-01").slice(0, 10));
const lastDay = (d: string) => Date.parse(d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-28` : d);
const longBefore = (date: string | null, than: string | null) =>
  date !== null && than !== null && firstDay(than) - lastDay(date) > RESTATED_WITHIN_DAYS * 86_400_000;

// "A shop's Airtel Money till now takes payments from Mpamba" long after the 2020 opening, "Days
// after the storm, Digicel let …": a state told as new, or a time told from another happening.
const NOW_STATE = /\bnow\b/i;
const TIME_FROM_ANOTHER = /\b(?:days?|weeks?|months?|years?)\s+(?:after|later)\b/i;

// "Douyin Pay appears as a third option at Pinduoduo's checkout" paragraphs after "Pinduoduo added
// Douyin Pay to its checkout in October": an undated opening between the very names of an opening
// already told is that opening again. Disputes and regulators' acts come in steps, so they never do.
const tellsAgain = (c: Candidate, text: string, sameNames: boolean) =>
  sameNames &&
  !c.explicitDate &&
  c.type !== "dispute" &&
  c.type !== "regulation" &&
  !TIME_FROM_ANOTHER.test(text) &&
  !ADDS.test(text) &&
  !NOW_STATE.test(text);

/** Folds a candidate from sentence `sentenceIndex` into an event it restates; false when it is a new event. */
export function mergeRestatement(
  c: Candidate,
  text: string,
  sentenceIndex: number,
  events: EventDraft[],
  registry: EntityRegistry,
  isRegulator: (name: string) => boolean,
): boolean {
  const groups = groupsOf(c.parties, registry);
  const finding = c.type === "regulation" ? FINDING.exec(text) : null;
  if (finding) {
    // Not an act told with a time of its own before its finding ("a penalty imposed in October last
    // year, when it found that …"); a time inside the finding dates the conduct ("had forced … since 2018").
    const ownTime = c.explicitDate && TIME_WORD.test(text.slice(0, finding.index));
    const act = events.findLast((e) => e.type === "regulation" && e.sentenceIndex >= sentenceIndex - 2 && e.parties.some((p) => isRegulator(p) && c.parties.includes(p)) && !(ownTime && !sameTime(e, c)));
    if (act) {
      if (act.sentenceIndex !== sentenceIndex && !act.alsoIn?.includes(sentenceIndex)) act.alsoIn = [...(act.alsoIn ?? []), sentenceIndex];
      return true;
    }
  }
  const restates = (RESTATES.test(text) && !ADDS.test(text)) || ELABORATES.test(text);
  // "According to the appendix, WeChat, Taobao and Douyin are listed …": the regulator's act just
  // reported names the companies it covers; they join it rather than making an event of their own.
  const covered =
    restates && !c.parties.some(isRegulator)
      ? events.findLast(
          // "The law's weakness became clear in mid-2022, when Google refused …": a happening with
          // a time of its own is not the terms of the act.
          // So is one told as coming later ("… came the next summer, when Douyin's mini-programs began …").
          (e) => e.type === "regulation" && (e.parties.every(isRegulator) || ELABORATES.test(text)) && e.sentenceIndex >= sentenceIndex - 2 && (!(c.explicitDate || LATER.test(text)) || !e.explicitDate || sameTime(e, c)),
        )
      : undefined;
  if (covered) {
    // "Under the new order, WeChat must …": the terms of an act already reported with its companies add no event.
    if (covered.parties.every(isRegulator)) for (const p of c.parties) if (!covered.parties.includes(p)) covered.parties.push(p);
    if (!covered.alsoIn?.includes(sentenceIndex)) covered.alsoIn = [...(covered.alsoIn ?? []), sentenceIndex];
    return true;
  }
  // "The two parties did not disclose the amount.": an undated sentence naming none of its sides
  // (they are "the two" of what was just told) says more of that happening, whatever its words
  // suggest; it neither retypes nor redates it. A wall between them ("had blocked each other's
  // links for years") is a happening of its own beside an opening.
  const toldJustBefore = c.explicitDate || ADDS.test(text) ? undefined : events.findLast((e) => e.sentenceIndex >= sentenceIndex - 3 && sameGroups(e.parties, c.parties, registry) && (c.type !== "dispute" || e.type === "dispute" || !WALL_ACT.test(text)));
  if (toldJustBefore && !registry.match(text).some((m) => c.parties.includes(m.entity.name))) {
    if (toldJustBefore.sentenceIndex !== sentenceIndex && !toldJustBefore.alsoIn?.includes(sentenceIndex)) toldJustBefore.alsoIn = [...(toldJustBefore.alsoIn ?? []), sentenceIndex];
    return true;
  }
  // "The pilot let some shoppers …" restates the pilot, not the rollout reported beside it.
  const pilotFirst = PILOT_WORD.test(text) ? [...events].sort((a, b) => Number(b.status === "pilot") - Number(a.status === "pilot")) : events;
  let termsOnly = false;
  const same = pilotFirst.find((e) => {
    const eg = groupsOf(e.parties, registry);
    if (!subset(groups, eg) && !subset(eg, groups)) return false;
    // A dated pilot is its own happening beside the opening it tried ("tested since June", opened 9 June).
    if (c.status === "pilot" && e.status !== "pilot" && c.explicitDate && c.date !== e.date) return false;
    // "In March 2023 Yape and Plin became interoperable, and within a week I was paying …": an
    // undated clause between the same sides in the same sentence tells the same happening.
    const sameSides = subset(groups, eg) && subset(eg, groups);
    if (e.sentenceIndex === sentenceIndex && !c.explicitDate && sameSides) return true;
    // "Didi's mini-program went live inside Alipay on Monday. Users can now pay for Didi rides with
    // Alipay.": an undated opening right after an act between the very same names tells what it means.
    const sameNames = c.parties.length === e.parties.length && c.parties.every((p) => e.parties.includes(p));
    if (e.sentenceIndex === sentenceIndex - 1 && !c.explicitDate && c.type !== "dispute" && c.type !== "regulation" && sameNames) return true;
    // "Under the agreement, Netflix will be offered in SK's bundles": the deal that settled a
    // dispute is an opening of its own, not the settlement restated.
    if (e.type === "dispute" && c.type !== "dispute" && c.lexicalType && DEAL_TERMS.test(text)) return false;
    // A definite reference restates what was just told, unless both carry dates that cannot meet
    // ("The rules follow a 2021 order …" after this week's rules is the 2021 order, told anew).
    // An event dated only by publication is not restated by a happening told as long before it
    // ("The step extends a thaw that began when … in September 2024").
    // "According to the agreement, WeTV will authorize dramas … popular last year": the terms of
    // the deal just told between the same sides; a time they name is not the deal's.
    if (restates && e.sentenceIndex >= sentenceIndex - 2 && (!c.explicitDate || sameTime(e, c) || (!e.explicitDate && !longBefore(c.date, e.date)))) return true;
    termsOnly = restates && sameSides && e.sentenceIndex >= sentenceIndex - 2 && ELABORATES.test(text);
    if (termsOnly) return true;
    return e.type === c.type && (sameTime(e, c) || tellsAgain(c, text, sameNames));
  });
  if (same) {
    if (same.sentenceIndex !== sentenceIndex && !same.alsoIn?.includes(sentenceIndex)) same.alsoIn = [...(same.alsoIn ?? []), sentenceIndex];
    // A regulator's act first reported alone gains the companies a fuller sentence names
    // ("… attended by Alibaba, Tencent …"); other events keep the parties first reported.
    // Not from a mention far down the story without a time of its own ("… worried the central bank would next look at …").
    if (same.type === "regulation" && same.parties.every(isRegulator) && (c.explicitDate || sentenceIndex - same.sentenceIndex <= 2)) {
      const have = groupsOf(same.parties, registry);
      for (const p of c.parties) if (!have.has(groupOf(p, registry))) same.parties.push(p);
    }
    if (termsOnly) {
      // The terms' own times (what the deal covers) leave the deal's date as it was.
    } else if (!same.explicitDate && c.explicitDate) {
      same.date = c.date;
      same.datePrecision = c.datePrecision;
      same.explicitDate = true;
    } else if (c.explicitDate && same.date?.length === 10 && c.date?.length === 10 && c.date < same.date) {
      // Days a day or two apart: the happening is the earlier one, the later is when it was seen.
      same.date = c.date;
    } else if (c.explicitDate && same.explicitDate && c.date && same.date && c.date.length > same.date.length && c.date.startsWith(same.date)) {
      // "Less than a year ago the two were in court. In May last year Tencent Music sued …": the finer date of the two.
      same.date = c.date;
      same.datePrecision = c.datePrecision;
    }
    // A type read only from generic words yields to the elaborating sentence's own words.
    if (!same.lexicalType && c.lexicalType) {
      same.type = c.type;
      same.lexicalType = true;
    }
    same.status ??= c.status;
    if (!same.effectiveDate && c.effectiveDate) same.effectiveDate = c.effectiveDate;
    return true;
  }
  return false;
}
