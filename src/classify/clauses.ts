// How a sentence is cut before detection: the dateline and quotations set aside, the main clause
// kept without trailing comments and appositives, a sentence split where it may report a second
// happening, and relative clauses rewritten with their subject.
import type { PartyMention } from "./parties.ts";
import { ASIDE, toldAsConduit } from "./sides.ts";
import { escapeRegExp } from "./normalize.ts";

// "HANGZHOU, Sept 12 - " / "OAKLAND, California, May 1 — ": the dateline restates publication.
// Also "Beijing, March 12 (Xinhua) --", "HONG KONG, March 12, 2025 /PRNewswire/ --", "Hangzhou, 12 March:", "March 12, 2025 -",
// and translated Chinese press's "Tech Planet news on August 22, ".
export const DATELINE =
  /^(?:\p{Lu}[\p{L} .'/-]+,(?:\s+\p{Lu}\p{Ll}+,)?\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:\/[^/]{1,40}\/\s*)?(?:[-–—]{1,2}|:)\s*|^(?:\p{Lu}[\p{L}\d]*\s+){1,3}news\s+on\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?)(?:,?\s+\d{4})?,\s*/u;
// A dateline without a date: "ACCRA - ", "SAO PAULO, Brazil - ".
export const CITY_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^-–—,]{1,40})?\s+[-–—]+\s+/u;
// A direct quotation: its words are the speaker's opinion, not a report (quotes.ts reads it).
// Also the end of a quotation the sentence splitter cut from its start ('Now we get paid," said Li
// Na, a producer whose company makes dramas for Youku').
export const QUOTED = /^["“'‘]|^[^"“”]{3,300}[,.!?]["”]\s+(?:said|says|added|argued|noted|told|wrote|explained|insisted|continued|recalled)\b/;
/** Share of a sentence inside quotation marks beyond which it is a quote, not a report. */
export const QUOTED_SHARE = 0.5;
export const quotedShare = (text: string): number => {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]/g)) inside += m[1]!.length;
  return inside / Math.max(1, text.length);
};
// Clause boundaries where one sentence may report a second happening.
// ", while Alibaba's services have restricted access": a contrast told beside the first act is an act of its own.
// "… in April 2021 and, that October, fined …": a second act with a time of its own.
// "… a campaign that began in September 2021, when the ministry told …": the when-clause is an act of its own.
// "Epic sued Apple in November 2020 and went after Google in March 2021", "… and began accepting WeChat Pay the
// following month": a second verb with a time of its own.
// "M-Pesa, Vodacom's wallet, and e-Mola … have", "Rappi, the Bogotá-born delivery app, and Didi Food both …":
// after an appositive to the first subject, ", and" goes on listing subjects.
// "…, three and a half years after mada went live on Apple Pay in February 2021": an earlier act
// with a subject and a time of its own, told as the measure of this one.
// "…, which had already produced a deal of its own: Google signed a licensing agreement with AFP in
// November 2021": a colon opening a named subject's act with a time of its own. "… moved into
// delivery in 2020 and leaned on partners: in 2022 it plugged Papara into its checkout": after a dated
// act, a colon opening a time and "it" does too.
// "DITO will let subscribers pay on Google Play … and will bundle a Viu subscription": a second "will"
// with a named partner of its own.
// "Turkcell put Gemini into its plans in May, Vodafone Turkey answered with Perplexity in July, and
// …": a series of acts, each with its subject and time, told with commas alone.
// A time a second act may carry of its own: "in March 2021", "the following month", "two years later".
export const OWN_TIME = String.raw`(?:(?:in|on|by|last|that|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December)|the\s+(?:following|next)\s+(?:day|week|month|year|spring|summer|autumn|winter)|last\s+(?:year|spring|summer|autumn|winter)|(?:a|one|two|three|four|six)\s+(?:days?|weeks?|months?|years?)\s+later)`;
// "… adopted QR Ph in 2019 and extended it to merchants in 2020", "… capped it in November 2020 and
// already pushed the cap back once, in November 2022": after an act with a time of its own, any
// past-tense verb with another time of its own is a second act by the same subject.
// (In CLAUSE_SPLIT the " and " is matched before the look back for the first time: looking back
// at every position first made splitting twice as slow.)
const SECOND_PREDICATE = String.raw`(?:(?:then|later|already|also|again|soon|finally|eventually|quickly)\s+)?(?:[a-z]{3,}ed|began|took|won|made|set|cut|put|let|struck|brought|gave|went|sold|bought|held|told|paid|withdrew|drew|froze|rose|fell)\b`;
// "in June 2022", "on 3 March, 2021", "in September this year", "the following year,": a time opening a clause.
const TIME_PHRASE = String.raw`${OWN_TIME}(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2}|\s+(?:of\s+)?(?:this|last|that|the same|the following|the next)\s+year)?,?`;
// Not a time the act sets ("and set a deadline for the end of the following year").
const SECOND_ACT = String.raw`${SECOND_PREDICATE}[^.;]{0,60}(?<!\b(?:of|for|until|till|before)\s)\b${OWN_TIME}\b`;
export const CLAUSE_SPLIT = new RegExp(
  String.raw`(?<!,\s+[A-Z][\w.&-]*['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+)(?<!^\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3},\s+(?:the|a|an)\s+[^,]{3,60}),\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:then\s+|later\s+)?(?:sued|went after|took|filed|signed|struck|opened|launched|blocked|banned|fined|ordered|accused|began|started|added|settled|appealed|cut)\b[^,.;]{0,60}\b${OWN_TIME}\b)|,\s+when\s+(?=(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*)*\s+(?:had\s+)?[a-z]+(?:ed|old|ent|ook|ew|ade|ave|ut)\b)|\s+and,\s+(?=(?:in|on|that|the following|the next|later|last|this|by|after|a year|a month|two|three)\b)|\s+and\s+(?=another\s+(?:one\s+)?with\b)|\s+after\s+(?<=,[^,]{0,40}\s+after\s+)(?=(?:the\s+)?[\w.&+'’-]+(?:\s+[A-Z][\w.&+'’-]*){0,3}\s+(?:went|had gone|launched|began|started|opened|signed|joined|added|struck|told|ordered|required|allowed|asked|forced|fined|approved|cleared|designated|banned|blocked)\b[^,.;]{0,60}\b${OWN_TIME}\b)|:\s+(?=(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[a-z]+ed|signed|began|struck|took|won|sold|bought|cut|set|made|gave|let)\b[^.;:]{0,80}\b${OWN_TIME}\b)|(?<=\b(?:19|20)\d\d\b[^:;]{0,80}):\s+(?=${OWN_TIME},?\s+(?:it|they|the\s+[a-z]+)\s+(?:[a-z]+ed|began|struck|took|won|sold|bought|cut|set|made|gave|let)\b)|\s+and\s+(?=will\s+(?:also\s+)?(?!be\b)[a-z]+\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?[A-Z])|(?<=\b[a-z]+\s+[^,;]{0,120}\b${OWN_TIME}),\s+(?=(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[a-z]{3,}ed|put|made|took|gave|won|struck|began|signed|set|cut|let|went|brought)\b[^,;]{0,120}\b${OWN_TIME}\b)|\s+and\s+(?<=\b${OWN_TIME}\b[^,.;]{0,80}\s+and\s+)(?=${SECOND_ACT}|${TIME_PHRASE}\s+${SECOND_PREDICATE}|(?:[A-Z][\w.&'’-]*\s+){1,3}(?:followed|did the same|did likewise)\b)|;\s+|，而且|；`,
);
// A trailing comment on the main clause (", ending a decade-long standoff", ", meeting a deadline
// set by the ministry", ", a case that has not yet been closed", "fined the company …, ruling that it had
// kept games off ONE Store", ", a change MultiChoice says will cost it sponsors"): context, not
// parties or type of the happening; "a change that took effect last month" dates the act itself.
const TRAILING =
  /,\s+(?:ending|marking|(?:ruling|finding|concluding) that (?:it|the (?:company|firm|group|platform)) had|reflecting|following|meeting|saying|citing|reviving|renewing|echoing|recalling|listed|the latest|a step|a move|a change(?!\s+that\s+(?:took|takes|will take)\s+effect)|a shift|which|whose|in which|in a move|(?:a|one|two|three|several|\w+) (?:days?|weeks?|months?|years?) (?:after|before)|an? (?:law|rule|bill|regulation|measure|policy) (?:written|aimed|targeting|designed|that|which)|an? (?:case|probe|investigation|inquiry|dispute|fight|complaint|lawsuit|suit|deal|practice|decision) (?:that|which)|(?:two|three|four|both|all|each|one) of (?:the|its|their) [^,]{0,50}?\b(?:that|which|who))\b|,?(?<!\b(?:commitments|remedies|undertakings|settlement|consent (?:decision|decree|order)|(?:wholesale|reference) offer))\s+(?:under which|whereby)\b/i;

// "A and B both …", "… A and B one after another": each of the pair acts in its own happening.
// "Pinduoduo and Alibaba's second-hand platform Salted Fish": the second may come with its owner's description,
// the first with an appositive ("Rappi, the Bogotá-born delivery app, and Didi Food both …").
const PAIR_JOIN = /^\s*(?:\([^)]*\)\s*)?(?:,\s+(?:the|a|an)\s+[^,;]{3,60},\s+)?(?:and|&|和|与)\s*(?:[\w.-]+['’]s\s+(?:[\w-]+\s+){0,4})?$/;
const PAIR_KIND = /(?:\b[\w-]+\s+)?\b(?:chains|apps|platforms|wallets|e-wallets|carriers|operators|banks|lenders|retailers|marketplaces|streamers|broadcasters|publishers|fintechs|start-?ups|rivals)\s+$/i;
const PAIR_EACH = /^\s*(?:\([^)]*\)\s*)?(?:have\s+|has\s+)?(?:both|each|one after another|respectively|separately)\b/i;

/**
 * The pair that acts separately: "A and B both …", or two rival subjects that open to a third
 * ("Alipay and WeChat Pay completed the access with QRIS"; `related` tells one group's names apart).
 */
export function distributedPair(
  clause: string,
  mentions: { name: string; start: number; end: number }[],
  related: (a: string, b: string) => boolean = (a, b) => a === b,
  objects = false,
): string[] | undefined {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.name !== b.name && PAIR_JOIN.test(clause.slice(a.end, b.start)) && PAIR_EACH.test(clause.slice(b.end, b.end + 40))) return [a.name, b.name];
  }
  // A suit several bring together is one ("… publishers sued OpenAI"): lists split only where objects do.
  const list = objects ? subjectList(clause, mentions, related) : undefined;
  if (list) return list;
  const [a, b, ...rest] = mentions;
  if (!a || !b || related(a.name, b.name) || !PAIR_JOIN.test(clause.slice(a.end, b.start))) return objects ? objectPair(clause, mentions, related) : undefined;
  // The pair is the subject: nothing but a date or a connective comes before it, and it deals with each other only when it says so.
  const third = rest.find((m) => !related(m.name, a.name) && !related(m.name, b.name));
  // "…, when it signed up both d Point and Rakuten Point": the pair is the object of a subject the
  // clause calls "it" or "the chain".
  if (!third && objects && UNNAMED_SUBJECT_ACTS.test(clause.slice(0, a.start)) && !NOT_SPLIT.test(clause.replace(TRAILING_PARTICIPLE, ""))) return [a.name, b.name];
  // "Budget chains FabHotels and Treebo were pulled from …": the pair's kind may come before it.
  // "…, so their customers can send money to each other's wallets": a purpose tail's "each other" is
  // the pair's customers, unless the third is only the way between them ("connected through Binimoy").
  const conduit = third !== undefined && toldAsConduit(clause, third.start);
  // "Nikkei and the Asahi Shimbun jointly sued Perplexity": what the pair does jointly is one act.
  if (!third || /\b(?:each other|one another|between them|jointly|together)\b/i.test(conduit ? clause : clause.replace(PAIR_PURPOSE_TAIL, "")) || !onlyTimeBefore(clause.slice(0, a.start).replace(PAIR_KIND, ""))) return undefined;
  return [a.name, b.name];
}

const PAIR_PURPOSE_TAIL = /,\s+(?:so that|so|letting|allowing|enabling|meaning)\b.*$/s;

// "Huawei Cloud, Tencent Cloud and Ali Cloud put DeepSeek models on their platforms": three or more
// subjects listed at the start of the clause, each dealing with one side named after them, are as
// many happenings, as the data/eval conventions count two platforms doing the same thing. Three
// that deal only with each other ("Kyivstar, Vodafone Ukraine and lifecell switched on roaming")
// are one.
/** Whether the words before a subject are only a time or a connective ("In 2023, ", "Since then both "). */
// "management said …" only reports what follows; "Thailand's TrueMoney" only says whose the name is.
const REPORTED_BY = /\b(?:management|executives?|officials?|(?:the\s+)?(?:company|companies|group|firm)|a\s+spokes(?:man|woman|person))\s+(?:said|says|announced|added|confirmed)\s+(?:that\s+)?$/i;
const onlyTimeBefore = (before: string) => !/[a-z]{4,}\s+$/.test(before.replace(POSSESSOR_END, "").replace(REPORTED_BY, "").replace(/\b(?:in|on|since|from|by|last|this|early|late|mid|and|then|now|both)\b/gi, ""));
// A place or owner before a listed name: "Malaysia's Touch 'n Go", "the Philippines' GCash".
const POSSESSOR = String.raw`(?:the\s+)?(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*(?:['’]s|(?<=s)['’])\s+`;
const POSSESSOR_END = new RegExp(`${POSSESSOR}$`);
const LIST_COMMA = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?,\s*(?:${POSSESSOR})?$`);
const LIST_LAST = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*(?:and|&)\s+(?:${POSSESSOR})?$`);

function subjectList(clause: string, mentions: { name: string; start: number; end: number }[], related: (a: string, b: string) => boolean): string[] | undefined {
  let n = 1;
  while (n < mentions.length && LIST_COMMA.test(clause.slice(mentions[n - 1]!.end, mentions[n]!.start))) n++;
  if (n < 2 || n >= mentions.length || !LIST_LAST.test(clause.slice(mentions[n - 1]!.end, mentions[n]!.start))) return undefined;
  const listed = mentions.slice(0, n + 1);
  if (listed.some((m, i) => listed.slice(0, i).some((x) => related(x.name, m.name)))) return undefined;
  // The list is the subject: nothing but a time or a connective before it.
  if (!onlyTimeBefore(clause.slice(0, listed[0]!.start))) return undefined;
  const other = mentions.slice(n + 1).filter((m) => !listed.some((x) => related(x.name, m.name)));
  if (other.length !== 1 || NOT_SPLIT.test(clause)) return undefined;
  // "… agreed to connect their services through EuroPA": the one named after is only the way between
  // them (not "began paying money into accounts through Pix", where each reaches it).
  if (toldAsConduit(clause, other[0]!.start) && /\b(?:their\s+(?:[\w-]+\s+)?(?:services|systems|wallets|networks|apps|schemes|platforms)|each other|one another)\b/i.test(clause)) return undefined;
  return listed.map((m) => m.name);
}

// A time phrase opening a clause before its subject ("In November 2019, the chain, which …").
// "Last July it let …": without a comma when "it" follows at once.
const TIME_LEAD = String.raw`${OWN_TIME}(?:[^,]{0,20},\s*|\s+(?=it\b))`;
const UNNAMED_SUBJECT_ACTS = new RegExp(
  String.raw`^\W*(?:${TIME_LEAD}|(?:earlier|later)\s+(?:this|that|last)\s+(?:year|month|week)\s+)?(?:(?:when|after|and|then)\s+)?(?:it|the\s+(?:company|chain|firm|group|platform|app|bank|lender|retailer|operator|carrier|wallet|marketplace|service))\s+(?:[a-z-]+\s+){1,4}$`,
  "i",
);

// "… pay with Naver Pay and Toss", "… connected Bancomat Pay and MB Way": one subject opening to
// two others in one breath makes two happenings, as the data/eval conventions count them. Not
// "between A and B", nor a pair dealing with each other. "with PayMe, HSBC's wallet, and with BoC
// Pay": the preposition may come again, after a short appositive.
const PAIR_PREPOSITION = String.raw`(?:(?:with|to|on|at|via|through|from)\s+)?`;
const OBJECT_PAIR_JOIN = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?(?:,\s+(?:the|an?|[\w&.-]+['’]s)\s+[^,;()]{1,40},\s*)?(?:and|or|&|as well as)\s+${PAIR_PREPOSITION}(?:${POSSESSOR})?$`,
);
const LIST_BEFORE = new RegExp(String.raw`^\s*(?:[(（][^)）]*[)）]\s*)?,\s*${PAIR_PREPOSITION}(?:${POSSESSOR})?$`);
const TRAILING_PARTICIPLE = /,\s+[a-z]+ing\b.*$/s;
// "let customers choose between OpenAI, Google and Anthropic models": a choice among them is no link between them.
const NOT_SPLIT = /\b(?:(?<!\b(?:choose|chose|choosing|pick|picking|select|selecting|switch|switching)\s+)between|each other|one another|both of them|together)\b/i;

function objectPair(clause: string, mentions: { name: string; start: number; end: number }[], related: (a: string, b: string) => boolean): string[] | undefined {
  // "…, splitting the matches between them": a trailing participle says how, not who dealt with whom.
  if (NOT_SPLIT.test(clause.replace(TRAILING_PARTICIPLE, ""))) return undefined;
  for (let i = 1; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (related(a.name, b.name) || !OBJECT_PAIR_JOIN.test(clause.slice(a.end, b.start))) continue;
    // One subject before the pair, of neither's group, and nothing named after it.
    const before = mentions.slice(0, i);
    // "accepts Alipay, UnionPay and JD Pay": a longer list opens to each of them, as many happenings.
    let first = i;
    while (first > 0 && LIST_BEFORE.test(clause.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
    if (first < i) return objectList(clause, mentions, first, i + 1, related);
    // "… from an Airtel Money or T-Kash wallet, after Safaricom opened …": the subject's owner may come after.
    // A name in a trailing aside (", as it competes for Deliveroo's users") is no side at all.
    const aside = ASIDE.exec(clause)?.index ?? clause.length;
    const after = mentions.slice(i + 2).filter((m) => m.start < aside);
    if (after.some((m) => !before.some((x) => related(x.name, m.name))) || before.some((m) => related(m.name, a.name) || related(m.name, b.name))) return undefined;
    return [a.name, b.name];
  }
  return undefined;
}

/** Each member of an object list whose one subject comes before it, when nothing is named after it. */
function objectList(clause: string, mentions: { name: string; start: number; end: number }[], first: number, last: number, related: (a: string, b: string) => boolean): string[] | undefined {
  const listed = mentions.slice(first, last + 1);
  const before = mentions.slice(0, first);
  // "Earlier this year it signed data-access agreements with Atlassian, Zoom and Dropbox": the subject may be "it".
  const unnamed = before.length === 0 && UNNAMED_SUBJECT_ACTS.test(clause.slice(0, listed[0]!.start));
  if ((before.length === 0 && !unnamed) || listed.some((m, k) => listed.slice(0, k).some((x) => related(x.name, m.name)))) return undefined;
  const aside = ASIDE.exec(clause)?.index ?? clause.length;
  const after = mentions.slice(last + 1).filter((m) => m.start < aside);
  if (after.some((m) => !before.some((x) => related(x.name, m.name))) || before.some((m) => listed.some((x) => related(m.name, x.name)))) return undefined;
  if (new Set(before.map((m) => m.name)).size > 1 && !before.every((m) => related(m.name, before[0]!.name))) return undefined;
  return listed.map((m) => m.name);
}

// An appositive describing the name just before it (", the food delivery giant backed by Tencent,").
// The main sentence resumes after it, so the next word is not a conjunction (", and clicking …").
// "Tokopedia, by then merged with Gojek into GoTo, removed …": an aside on who owns the subject names no side either.
// "EuroPA, the alliance behind Bizum, Bancomat Pay and MB Way, signed …": the appositive may end in a list.
export const APPOSITIVE = /(?<=\b[A-Z][\w.&+-]*\)?)(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+(?:(?:the|a|an|[A-Z][\w.&-]*['’]s)\s+[^,;"“”]{3,90}(?:,\s+[A-Z][^,"“”]{0,25}?(?=,|\s+and\s))*(?:(?<=,\s+[A-Z][^,"“”]{0,25}),\s+and\s+[A-Z][^,"“”]{0,25}|\s+and\s+[A-Z][^,"“”]{0,25})?|(?:(?:by then|by now|now|since then|later|itself|long|once|still|already|formerly|previously|partly|largely|closely|majority)\s+)?(?:merged|owned|backed|controlled|acquired|bought|part of|(?:run|operated|built|founded|developed|made|created|managed)\s+by|(?:tied|allied|aligned|affiliated|associated|linked)\s+(?:to|with))\b[^,;"“”]{2,70}),(?!\s*(?:and|or|but|while|so|then|which|who)\b)/g;

// ", which sued Apple in August 2020": a relative clause after a name reports that name's own act.
// ", whose ChatGPT Apple built into Siri in December 2024": the name owns what the clause tells of.
// "Heetch, the French-founded app that added Wave in 2022": so does an appositive's "that" clause with a verb of the past.
const RELATIVE = /,\s+(?:which|who|whose|(?:the|an?)\s+[^,;"“”]{3,50}?\s+that(?=\s+(?:[a-z]{3,}ed|began|took|won|struck|signed|cut)\b)(?!\s+\w+\s+effect\b))\s+(?!(?:is|are|was|were|has been|have been|had been)\b)/gi;

const APPOSITIVE_TO = /^,\s+(?:the|a|an)\s+[^,]{3,70}$/;
const NAME_BEFORE = /\b(?:of|by|from)\s+(?:the\s+)?((?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)$/;

/** The relative clauses of a sentence rewritten with their subject ("Epic Games sued Apple …"). */
export function relativeClauses(text: string, partiesOf: (t: string) => PartyMention[]): string[] {
  const out: string[] = [];
  // Cheap test first: most sentences have no relative clause, and matching names costs more.
  if (!/,\s+(?:which|who|whose)\s|,\s+(?:the|an?)\s[^,;]{3,50}?\sthat\s/i.test(text)) return out;
  const names = partiesOf(text);
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    // "the Ministry of Industry and Information Technology (MIIT), which …": a bracketed gloss may sit between.
    const subject = names.find((p) => p.end <= m!.index && (m!.index - p.end <= 1 || /^\s*[(（][^)）]{1,40}[)）]$/.test(text.slice(p.end, m!.index))));
    // "a subsidiary of the CBUAE, which last year told banks …": a name dropped as an owner still
    // does what its relative clause says.
    // "Jahez, the delivery app listed on the Saudi exchange, which accused …": the name the appositive describes.
    const described = subject ? undefined : names.findLast((p) => p.end <= m!.index && APPOSITIVE_TO.test(text.slice(p.end, m!.index)));
    const written = subject ? text.slice(subject.start, subject.end) : described ? text.slice(described.start, described.end) : NAME_BEFORE.exec(text.slice(0, m.index))?.[1];
    if (!written) continue;
    // "Telecel, which bought Vodafone's Ghana business in 2023, complained …": the clause ends where the main verb resumes.
    const whole = text.slice(m.index + m[0].length);
    const resumes = RESUMES.exec(whole);
    // "…, and which remains the most used app": a second relative clause is another comment.
    const rest = resumes ? whole.slice(0, resumes[0].indexOf(",")) : whole.replace(/,\s+and\s+(?:which|who)\b.*$/s, "");
    // "…, which put its models on Bedrock in 2024 and on Azure in early 2025": each partner with a time of its own.
    out.push(...ellipticParts(mainClause(/whose/i.test(m[0]) ? `${written}'s ${rest}` : `${written} ${rest}`)));
  }
  return out;
}

// The main verb after a relative clause: a comma, then a lower-case verb that is not a connective.
// "…, which represents 300 newspapers, to pay for the use of their articles": a purpose clause resumes it too.
const RESUMES = /^[^,;.]{2,60},\s+(?:to\s+(?=(?:pay|let|allow|use|carry|stream|show|sell|distribute|license|offer|provide|share|supply|feed|open|connect|accept|integrate|display)\b)|(?!(?:and|or|but|while|which|who|a|an|the|in|on|at|as|to|for|with|from|after|before|since|when|its|their|according)\b))[a-z]+(?:ed|s)?\b/;

const DEAL_MADE = new RegExp(String.raw`^\s+(?:it|they)\s+(?:first\s+|had\s+)?(?:signed|concluded|struck|reached|agreed|sealed|renewed|extended)\b[^,;]{0,30}?\b${OWN_TIME}\b`, "i");

const TIME_OPENING = new RegExp(`^${TIME_LEAD}`, "i");

// "Heetch, the French-founded app that added Wave in 2022": a name's appositive that tells its own
// past act is a relative clause too (read by relativeClauses), not the sentence's act.
const APPOSITIVE_THAT = /(?<=\b[A-Z][\w.&+-]*\)?),\s+(?:the|an?)\s+[^,;"“”]{3,50}?\s+that(?=\s+(?:[a-z]{3,}ed|began|took|won|struck|signed|cut)\b)(?!\s+\w+\s+effect\b)/;

export const mainClause = (text: string): string => {
  const trailing = TRAILING.exec(text);
  const told = APPOSITIVE_THAT.exec(text);
  const m = told && (!trailing || told.index < trailing.index) ? told : trailing;
  let main = text;
  const tail = m ? text.slice(m.index + m[0].length) : "";
  // "Israel Discount Bank, which owns PayBox, complained …": a relative clause inside the
  // sentence ends at its comma, where the main verb resumes. Right after a short subject it is
  // background of its own ("Telecel, which bought Vodafone's Ghana business in 2023, complained …")
  // and is left out, as is what the subject runs ("Vodacom Mozambique, which runs M-Pesa, plugged its
  // wallet into SIMO": the operator acts).
  const resumes = m && /^\s*(?:which|who)$/i.test(m[0].slice(1)) ? RESUMES.exec(tail) : null;
  // "… had a licensing agreement with Google, which it concluded in 2023": the subject's own act on
  // the deal, with its time, is what the sentence reports.
  const madeIt = m !== null && /^,\s+which$/i.test(m[0]) && DEAL_MADE.test(tail);
  // How long the subject before the relative clause is, after any time phrase before it ("In November 2019, the chain, which …").
  const subjectLength = m ? m.index - (TIME_OPENING.exec(text)?.[0].length ?? 0) : 0;
  if (m && !madeIt && (m.index > 20 || resumes)) {
    // The comment ends where a new clause with its own named subject begins (", citing …, and ByteDance sued …").
    const next = tail.search(/,\s+(?:and|but)\s+(?=[A-Z])|;\s+/);
    main = text.slice(0, m.index) + (resumes ? ` ${tail.slice(subjectLength > 20 ? 1 : resumes[0].indexOf(",") + 1).trimStart()}` : next >= 0 ? tail.slice(next) : "");
    // "WinCommerce, which runs WinMart+, said … ZaloPay and ShopeePay …, ending MoMo's run as …": a
    // comment after the resumed main clause is cut too.
    if (resumes && main.length < text.length) return mainClause(main);
  }
  return main.replace(FRONTED_PARTICIPLE, "$1").replace(APPOSITIVE, ",").replace(FINAL_APPOSITIVE, "");
};

// "In 2020, months after launching its own ShopeePay wallet, Shopee removed MoMo …": what the
// subject did before the act, told ahead of it, names no side of the act.
const FRONTED_PARTICIPLE = /(^|,\s+)(?:(?:[\w-]+\s+){0,2}(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hile|[Ww]hen))\s+[a-z]+ing\b[^,;"“”]{1,80},\s+(?=(?:[Tt]he\s+)?[A-Z])/;

// "… through Raast, the State Bank's instant payment system.": an appositive that ends the
// sentence says whose the name before it is; that owner is no side.
const FINAL_APPOSITIVE =
  /(?<=\b[A-Z][\w.&+-]*\)?)(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+the\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+(?![^,;:"“”()]*\b(?:said|says|told|added|announced)\b)[^,;:"“”()]{3,60}(?=[.!?]?["”]?\s*$)/;

export function splitClauses(text: string): string[] {
  const parts = text.split(CLAUSE_SPLIT).filter((p) => p.trim().length > 0).flatMap(ellipticParts);
  return parts.length > 1 ? parts : [text];
}

// "QRIS connected with PromptPay in August 2022, with DuitNow in May 2023 and with NETS in
// November 2023" (or "…, then with DuitNow in May 2023"): each later "with …" (or "to …") carrying
// a time of its own is the first act again, with another partner.
const ELLIPTIC = new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?=(with|to|on|onto|into)\s+[^,;]{1,60}?\b${OWN_TIME}\b)`, "g");

// "QRIS first linked with PromptPay in 2022, followed by Malaysia's DuitNow in May 2023 and Singapore's NETS in
// November 2023": the partners that followed, each with a time of its own, are told as "with …" again.
const FOLLOWED_BY = new RegExp(String.raw`,\s+followed by\s+(?=[^,;]{1,60}?\b${OWN_TIME}\b)`);

// "Netflix entered the IPTV of LG U Plus in 2018 and the IPTV of KT in 2020": a second object
// told with the same words before its name as the first, with a time of its own, is the act again.
const SAME_OBJECT = new RegExp(String.raw`\s+and\s+(?=((?:the|its|their)\s+(?:[\w-]+\s+){0,3}?)[A-Z][^,;]{0,40}?\b${OWN_TIME}\b[^,;]*$)`);

// "… that added Wave in 2022 and Orange Money a year later": a bare second name with a time of
// its own, after a verb's first object and time, is the act again with that object.
const NAMES = String.raw`[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}`;
// "Epic sued Apple in Australia in November 2020 and Google in March 2021": a place may stand between
// name and time, and a month may carry its year.
const PLACE = String.raw`(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?`;
const BARE_OBJECT = new RegExp(String.raw`\s+and\s+(?=${NAMES}${PLACE}\s+${OWN_TIME}(?:\s+(?:19|20)\d\d)?\s*[.!?]?$)`);
const VERB_OBJECT_TIME = new RegExp(String.raw`\b(?:[a-z]{3,}ed|sued|took|won|struck|signed|began\s+accepting)\s+(?=${NAMES}${PLACE}\s+${OWN_TIME}(?:\s+(?:19|20)\d\d)?\s*$)`);

function bareObjectParts(told: string): string[] | undefined {
  const cut = BARE_OBJECT.exec(told);
  if (!cut) return undefined;
  const first = told.slice(0, cut.index);
  const verb = VERB_OBJECT_TIME.exec(first);
  if (!verb) return undefined;
  return [first, first.slice(0, verb.index + verb[0].length) + told.slice(cut.index + cut[0].length)];
}

function sameObjectParts(told: string): string[] | undefined {
  const cut = SAME_OBJECT.exec(told);
  if (!cut) return bareObjectParts(told);
  const first = told.slice(0, cut.index);
  const at = first.search(new RegExp(String.raw`\b${escapeRegExp(cut[1]!)}[A-Z][^,;]{0,40}?\b${OWN_TIME}\b`));
  if (at <= 0) return undefined;
  return [first, first.slice(0, at) + told.slice(cut.index + cut[0].length)];
}

function ellipticParts(told: string): string[] {
  const followed = FOLLOWED_BY.exec(told);
  const partnerPrep = followed ? new RegExp(String.raw`\b(with|to)\s+[^,;]{1,60}?\b${OWN_TIME}\b`).exec(told.slice(0, followed.index))?.[1] : undefined;
  const clause =
    followed && partnerPrep
      ? `${told.slice(0, followed.index)}, ${partnerPrep} ${told.slice(followed.index + followed[0].length).replace(new RegExp(String.raw`\s+and\s+(?=[^,;]{1,60}?\b${OWN_TIME}\b)`, "g"), ` and ${partnerPrep} `)}`
      : told;
  const cuts = [...clause.matchAll(ELLIPTIC)];
  if (cuts.length === 0) return sameObjectParts(clause) ?? [clause];
  const first = clause.slice(0, cuts[0]!.index);
  const prep = cuts[0]![1]!;
  // The first act names its partner the same way, with a time of its own; its verb heads the rest.
  const at = first.search(new RegExp(String.raw`\b${prep}\s+[^,;]{1,60}?\b${OWN_TIME}\b`));
  if (at <= 0 || cuts.some((c) => c[1] !== prep)) return [clause];
  const head = first.slice(0, at);
  return [first, ...cuts.map((c, i) => head + clause.slice(c.index + c[0].length, cuts[i + 1]?.index ?? clause.length))];
}

// A later clause that opens with a subject of its own ("…, and the two networks completed …").
export const OWN_SUBJECT = /^\s*(?:(?:in|on|by|later|that)\b[^,]{0,25},\s*)?(?:(?:the|both)\s+(?:two\s+)?[a-z]+s\b|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s+[a-z]+(?:ed|s)\b)/;
// "… and will bundle a Viu subscription": the second "will" shares the subject.
const SHARED_WILL = /^(\s*)(?=will\s)/;
// A clause that opens, after an optional time phrase, with a past-tense verb: it has no subject of its own.
const SUBJECTLESS = /^(\s*(?:(?:in|on|that|the following|the next|later|last|this|by|after)\b[^,]{0,25},\s*|after [a-z]+ing\b[^,]{0,120},\s*|(?:earlier|later)\s+(?:this|that|the same)\s+(?:week|month|year)\s+))(?=(?:fined|ordered|summoned|banned|barred|approved|issued|imposed|required|told|sued|accused|blocked|opened|signed|launched|added|began|started|cut|restricted|cleared|designated)\b)/;
// "… in August 2024 and began accepting WeChat Pay the following month": a bare verb with a time of its own.
const SUBJECTLESS_DATED = new RegExp(
  String.raw`^(\s*)(?=(?:opened|signed|launched|added|began|started|blocked|restricted|cut|(?:lost|won)\s+(?:at first instance|in (?:a |the )?(?:\w+ )?court|(?:the|its|their) (?:case|appeal|suit|lawsuit)|on appeal))\b[^,.;]{0,60}\b${OWN_TIME}\b|${SECOND_ACT})|^(\s*${TIME_PHRASE}\s+)(?=${SECOND_PREDICATE})`,
);
// "It signed a licensing deal with Axel Springer in December 2023 and another with Le Monde in
// March 2024": the second clause is a second deal of the same kind, by the same subject.
const ANOTHER = /^\s*another\s+(?:one\s+)?(?=with\b)/i;
const DEAL_TOLD = /\b(signed|struck|reached|agreed|inked|sealed)\s+(?:an?\s+)?((?:[\w-]+\s+){0,3}?(?:deal|agreement|partnership|contract|licen[cs]e|pact|arrangement))\b/i;
// "… and went after Google in March 2021": a second case the same subject brought, with a time of its own.
const ALSO_SUED = /^(\s*)(?=(?:went after|sued|filed)\b[^,.;]{0,60}\b(?:in|on|last|the following|the next)\s+(?:(?:19|20)\d{2}|[A-Z][a-z]+\b))/;

/**
 * A later clause read with the subject it shares with the clause before ("…, and, that October,
 * fined …" becomes "it fined …") when an earlier clause named someone; "… and another with Le
 * Monde" becomes the deal told before, which comes back with it.
 */
export function withSharedSubject(clause: string, before: string | undefined, named: boolean): { text: string; deal: RegExpExecArray | null } {
  const deal = before && ANOTHER.test(clause) ? DEAL_TOLD.exec(before) : null;
  if (deal) return { text: clause.replace(ANOTHER, `it ${deal[1]} another ${deal[2]} `), deal };
  if (!named) return { text: clause, deal };
  const text = clause
    .replace(SUBJECTLESS, "$1it ")
    .replace(SUBJECTLESS_DATED, (_, lead, time) => `${lead ?? time}it `)
    .replace(ALSO_SUED, "$1it ")
    .replace(SHARED_WILL, "$1it ");
  return { text, deal };
}
