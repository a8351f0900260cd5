// Coreference within an article, just enough for event parties: "the two companies", "the two
// sides", "both platforms" name the parties of a recent sentence that had two or more; "the
// company", "the firm", "it" at the start of a sentence name the main party of the one before,
// as does "the Shanghai-based company".

/** What the resolver remembers of each earlier sentence. */
export interface PartyHistoryEntry {
  /** Sentence index. */
  index: number;
  paragraph: number;
  /** Parties in order of appearance (canonical names). */
  parties: string[];
  /** Regulators the sentence names as people or as hearing a complaint ("MIIT officials met …", "complained to SAMR"). */
  heardBy?: string[];
  /** Every other regulator the sentence names without letting it act ("the system the central bank built"), looked up on demand. */
  regulators?: () => string[];
  /** The company a complaint or suit in the sentence is against, which a regulator's later "fined it" means. */
  accused?: string;
}

// A bare "the two" names parties; "the two products" or "the two laws" name things.
const PLURAL =
  /\b(?:the|both|all)\s+(?:same\s+)?(?:two|2|three|3|four|4)\s+(?:\w+\s+)?(?:incumbents|companies|sides|platforms|firms|malls|apps|giants|rivals|groups|parties|services|businesses|players|tech giants|e-commerce giants|internet giants|heavyweights|titans|branches|operators|carriers|banks|networks|wallets|systems|schemes|switches|vendors|providers|makers|exchanges|insurers|pharmacies|airlines|publishers|broadcasters|stores|retailers|marketplaces|chains|lenders)\b|\bboth\s+(?:(?!of\b)[a-z-]+\s+)?(?:companies|sides|platforms|firms|malls|apps|giants|rivals|groups|parties|services|wallets|banks|lenders|carriers|operators|networks|chains|retailers|marketplaces|vendors|providers|makers|exchanges|insurers|pharmacies|airlines|publishers|broadcasters|stores|systems|schemes)\b|\bthe\s+(?:pair|duo|rivals)\b|\bthe\s+two\b(?!\s+(?:[\w-]+\s+)?[a-z]+s\b)|\beach other\b|\bone another\b|两家|双方|两大/i;

// "In 2019, …", "Two years later the …": time phrases that may come before the anaphor.
const LEAD = String.raw`(?:(?:on|in|last|this|earlier|later|then|back|that|the following|the next|since|from|after|during|by|at|within|over|for|when|once|as soon as|(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|on))\b[^,]{0,60}?(?:,\s*|\s+(?=it\b)|(?<=\b(?:19|20)\d\d|\b(?:year|month|week|spring|summer|autumn|fall|winter))\s+(?=the\b))){0,2}`;
// "Since last year the Colombian app has also let …": a nationality describes the subject told
// before; "the Austrian group epicenter.works" names a new one; "the Spanish station accessed Bizum" a site of it.
const NATIONAL = String.raw`the\s+[A-Z][a-z]+(?:an|ese|ish|i)\s+(?:company|firm|platform|app|group|marketplace|retailer|bank|operator|carrier|lender|wallet|station|site|unit|arm|branch|division|subsidiary)(?=\s+(?:has|had|have|is|was|also|then|later|said|says|[a-z]+ed)\b)`;
// "the Buenos Aires-based company", "the state-owned railway", "the public broadcaster". A modifier
// that sets it apart from the subject ("the parent company", "the rival group") is no anaphor.
const MODIFIER = String.raw`(?:(?:[A-Z][\w]*\s+)?[A-Z][\w]*-based\s+|(?<mod>[a-z]+-[a-z]+|(?!(?:same|other|parent|holding|rival|new|former|first|second|third|last|smaller|larger|bigger|whole|entire|combined|merged|acquired|owning|affected|local|mother|sister|operating|payments?|software|tech|media)\s)[a-z]+)\s+(?=(?:company|firm|group|broadcaster|magazine|newspaper|railway|airline)\b))?`;
const BUSINESS = String.raw`(?:company|corporation|firm|platform|app|code|group|giant|marketplace|e-commerce giant|tech giant|internet giant|retailer|service|bank|operator|carrier|startup|streamer|broadcaster|switch|chain|lender|wallet|publisher|messenger|aggregator|insurer|maker|site|railway|magazine|newspaper|airline|carmaker|map|browser|exchange)(?!\s+(?:of|for)\b)`;
// "It was not until April that …", "It is unclear whether …": an "it" that names no one.
const IT = String.raw`it(?!\s+(?:was|is|has been|had been)\s+(?:not\s+until|only|(?:un)?clear|(?:un)?likely|possible|expected|understood|reported|said|time)\b)|its|该公司|该平台`;
// "The Ministry of Commerce" is a name, not "the ministry" of an earlier sentence. "The regulator"
// and "the ministry" are resolved by regulatorAntecedent, never to a company.
const SINGULAR = new RegExp(`^${LEAD}(?:${NATIONAL}|the\\s+(?:said\\s+|aforementioned\\s+|above-mentioned\\s+)?${MODIFIER}${BUSINESS}|(?<pronoun>${IT}))\\b`, "i");
// "When it launched in April 2023, it built …", "When the Italian station went online, it signed …":
// the clause's subject is the anaphor too. "When the U.S. Justice Department sued Apple, its
// complaint …" names its own subject, so only a clause without a name of its own leads to "it".
const WHEN_LEAD = /^(?:when|once|as soon as)\b/i;
const WHEN_UNNAMED =
  /^(?:When|Once|As soon as)\s+(?:it|the\s+(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?[a-z][\w-]*)(?:[^,A-Z]|January|February|March|April|May|June|July|August|September|October|November|December)*,\s*it$|^(?:When|Once|As soon as)\s+it$/;

// "…, the company said." at the end: the speaker is the subject of the whole report.
const SAID_BY = /,\s+(?:the\s+(?:company|firm|platform|group|app)|it)\s+(?:said|says|announced|added|confirmed)\b[^,]{0,30}[.!]?$/i;

// "Both wallets have …", "In 2022 both banks joined …": a pair that each did the act as the subject.
const BOTH_SUBJECT = /^\s*(?:[^,]{0,40},\s*|(?:in|since|by|last)\s+[^,]{0,25}?\s+(?=both\b))?both\s+(?:companies|platforms|firms|apps|groups|services|wallets|banks|lenders|carriers|operators|networks|chains|retailers|marketplaces)\b/i;

const PAIR_SUBJECT = /^\s*(?:[^,]{0,40},\s*)?(?:the|both)\s+(?:two|2)\b(?:\s+(?:companies|sides|carriers|operators|firms|groups|platforms))?\s+(?!of\b)[a-z]/i;

// "Kuaishou accused its rival of …": the other side of the nearest earlier sentence naming one.
const RIVAL = /\b(?:its|their)\s+(?:main\s+|chief\s+|biggest\s+|larger\s+|smaller\s+|arch-?)?(?:rival|competitor)\b/i;

const TRADE_SUBJECT = /^(?:[^,]{0,30},\s*)?(?:the\s+)?(?:big|biggest|major|largest|leading|main|other|rival|competing)\s+(?:internet\s+|tech\s+|e-commerce\s+)?(?:platforms|companies|apps|giants|players|firms|wallets|operators)\b/i;

const COUNTED = /\b(?:both|two|2|three|3|four|4)\b/i;

/** How far back (in sentences) an antecedent may be. */
const MAX_DISTANCE = 4;
const PLURAL_DISTANCE = 6;
/** A pair the sentence names one side of is surer, so it may lie further back. */
const PAIR_WITH_DISTANCE = 10;

/** Parties a plural anaphor in `sentence` refers to, from the nearest earlier sentence naming two or more. */
export function pluralAntecedent(
  sentence: string,
  here: { index: number; paragraph: number },
  history: PartyHistoryEntry[],
  /** Whether a name can be one of "the two companies" (a regulator that acted on them cannot). */
  eligible: (name: string) => boolean = () => true,
  /** A side the sentence names itself: "The Telecom-Unicom partnership …, when the two sides …" means a pair with Unicom in it. */
  within?: (name: string) => boolean,
): string[] {
  const m = PLURAL.exec(sentence);
  if (!m) return [];
  // "Since then, the big platforms have opened to each other": a whole trade, not the pair told before.
  if (/^(?:each other|one another)$/i.test(m[0]) && TRADE_SUBJECT.test(sentence)) return [];
  const withSide = within ? pairWith(here, history, eligible, within) : undefined;
  if (withSide) return withSide;
  // "The two sides" names a pair: the nearest sentence with exactly two parties, else the nearest
  // with more; "the three incumbents" names three the same way.
  const n = /\b(?:three|3)\b/i.test(m[0]) ? 3 : /\b(?:four|4)\b/i.test(m[0]) ? 4 : 2;
  let wider: string[] = [];
  // "… fined Baemin. A decision on Coupang Eats is expected, the commission said. It began
  // investigating both apps in 2024": with no sentence naming the pair, the nearest two named one by one.
  const pooled: string[] = [];
  const counted = COUNTED.test(m[0]);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    // A counted pair ("the two companies") is a strong anaphor: it reaches back across the whole paragraph before.
    // Wire copy gives each sentence a paragraph: across such paragraphs a counted pair reaches back by sentences.
    const oneSentenceParagraphs = counted && here.paragraph - h.paragraph === here.index - Math.floor(h.index);
    if (here.index - h.index > PLURAL_DISTANCE || (here.paragraph - h.paragraph > 1 && !oneSentenceParagraphs)) break;
    if (h.index >= here.index) continue;
    const parties = h.parties.filter(eligible);
    if (parties.length === n) return parties;
    if (parties.length > n && wider.length === 0) wider = parties;
    if (parties.length === 1 && !pooled.includes(parties[0]!)) pooled.push(parties[0]!);
  }
  if (wider.length === 0 && n === 2 && pooled.length >= 2) return pooled.slice(0, 2).reverse();
  // "Jio accused Airtel, Vodafone and Idea … the three incumbents": a counted group is the list after the subject.
  // "the two companies" after a sentence naming three: the subject and the first it dealt with.
  // "DITO accused both Globe and Smart … the two incumbents": incumbents are who the newcomer dealt with, never it.
  const dealtWith = n > 2 || /\bincumbents\b/i.test(m[0]);
  return wider.length > n ? (dealtWith ? wider.slice(-n) : wider.slice(0, n)) : wider;
}

/** The nearest earlier pair with a side `within` holds. */
function pairWith(
  here: { index: number; paragraph: number },
  history: PartyHistoryEntry[],
  eligible: (name: string) => boolean,
  within: (name: string) => boolean,
): string[] | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (here.index - h.index > PAIR_WITH_DISTANCE || here.paragraph - h.paragraph > 3) break;
    if (h.index >= here.index) continue;
    const parties = h.parties.filter(eligible);
    if (parties.length === 2 && parties.some(within)) return parties;
  }
  return undefined;
}

/**
 * What the resolver remembers of the clauses a sentence has told so far ("…, and this spring it
 * added …"). The regulators they name are looked up only when a later clause asks: a registry
 * match per clause is costly.
 */
export function clauseEntry(here: { index: number; paragraph: number }, parties: string[], told: string[], regulatorsIn: (text: string) => string[]): PartyHistoryEntry {
  let heard: string[] | undefined;
  return {
    index: here.index - 0.5,
    paragraph: here.paragraph,
    parties,
    get heardBy() {
      heard ??= regulatorsIn(told.join(" "));
      return heard;
    },
  };
}

/** The party a sentence-initial "the company" / "it" refers to: the main party of the nearest earlier sentence. */
export function singularAntecedent(
  sentence: string,
  here: { index: number; paragraph: number },
  history: PartyHistoryEntry[],
  byRegulator = false,
  /** Whether a name can be a company (a described "the railway" is never a regulator). */
  eligible?: (name: string) => boolean,
): string | null {
  const found = SINGULAR.exec(sentence);
  const m = found && WHEN_LEAD.test(sentence) && !WHEN_UNNAMED.test(found[0]) ? null : found;
  // The modifier of "the state-owned railway" is lower-case: "the Austrian group epicenter.works"
  // and "the newest company" name a new one.
  const mod = m?.groups?.mod ?? "";
  // "the industry group Colombia Fintech" names a new one too.
  const anaphor = m !== null && !/^[A-Z]|est$/.test(mod) && !(mod && /^\s+[A-Z]/.test(sentence.slice(m.index + m[0].length)));
  // "…, it said at the time" after a regulator's act: the regulator tells it, not a company told before.
  if (!anaphor && (byRegulator || !SAID_BY.test(sentence))) return null;
  // "The cartel office ordered Deutsche Bahn … In April, the railway began …": a business noun never names a regulator.
  const business = m !== null && m.groups?.pronoun === undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (here.index - h.index > MAX_DISTANCE || here.paragraph - h.paragraph > 1) break;
    if (h.index >= here.index || h.parties.length === 0) continue;
    // What a regulator acts on after a complaint is the company complained against, not the complainant.
    const accused = byRegulator ? h.accused : undefined;
    return accused ?? (business ? (h.parties.find((p) => !eligible || eligible(p)) ?? h.parties[0]!) : h.parties[0]!);
  }
  return null;
}

/** Parties of a sentence with its anaphors resolved; `own` first, antecedents appended without repeats. */
export function resolveParties(
  sentence: string,
  own: string[],
  here: { index: number; paragraph: number },
  history: PartyHistoryEntry[],
  /** Whether two names are the same organisation at different levels (Tencent / WeChat); such antecedents add nothing. */
  related: (a: string, b: string) => boolean = (a, b) => a === b,
  eligible: (name: string) => boolean = () => true,
  /** Whether a regulator acts in the sentence. */
  byRegulator = false,
): { parties: string[]; resolved: boolean; each?: [string, string] } {
  const out = [...own];
  let resolved = false;
  let each: [string, string] | undefined;
  // "Naver let users hail Kakao T taxis, the first time the two rival groups have …": a sentence
  // that names two sides itself means them by "the two".
  const sides = own.filter(eligible);
  const ownSides = sides.filter((o, i) => !sides.slice(0, i).some((x) => related(x, o))).length;
  // "The two signed a roaming deal that lets Vodafone customers use Omantel's towers": "the two" as
  // the subject names the pair; names later in the sentence only say more about them.
  if (ownSides >= 2 && PAIR_SUBJECT.test(sentence)) {
    const pair = pluralAntecedent(sentence, here, history, eligible);
    if (pair.length === 2 && own.every((o) => !eligible(o) || pair.some((p) => related(p, o)))) {
      return { parties: [...own.filter((o) => !eligible(o)), ...pair], resolved: true };
    }
  }
  // "In October the company pulled its channels from Kabel Dalmacija, after the two failed to agree":
  // a subject named by "the company" is one of the two the sentence means.
  const subject = singularAntecedent(sentence, here, history, byRegulator, eligible);
  const subjectSide = subject !== null && eligible(subject) && !own.some((o) => related(o, subject)) ? 1 : 0;
  const named = ownSides === 1 && subjectSide === 0 ? sides[0] : undefined;
  const plural = ownSides + subjectSide >= 2 ? [] : pluralAntecedent(sentence, here, history, eligible, named ? (p) => related(p, named) : undefined);
  for (const p of plural) {
    if (!out.some((o) => related(o, p))) {
      out.push(p);
      resolved = true;
    }
  }
  // "Both wallets have been connected to Raast": each of the pair did it, with the side the sentence names.
  if (plural.length === 2 && ownSides === 1 && BOTH_SUBJECT.test(sentence) && out.filter(eligible).length === 3) each = [plural[0]!, plural[1]!];
  // "Uber sued DoorDash, accusing its larger rival …": the rival is the side the sentence names.
  if (ownSides < 2 && RIVAL.test(sentence)) {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (here.index - h.index > MAX_DISTANCE || here.paragraph - h.paragraph > 1) break;
      const other = h.index < here.index ? h.parties.find((p) => eligible(p) && !out.some((o) => related(o, p))) : undefined;
      if (other) {
        out.push(other);
        resolved = true;
        break;
      }
    }
  }
  // A sentence-initial "it" / "the company" is its subject, so it acts even beside two named parties.
  if (subject && !out.some((o) => related(o, subject))) {
    out.unshift(subject);
    resolved = true;
  }
  // "The link with Thailand's PromptPay went live in August 2022": a link named by its other end
  // is one of the story's subject, the side its sentences have named most.
  if (!subject && out.filter(eligible).length === 1 && LINK_WITH.test(sentence)) {
    const counts = new Map<string, number>();
    for (const h of history) if (h.index < here.index) for (const p of new Set(h.parties)) if (eligible(p) && !out.some((o) => related(o, p))) counts.set(p, (counts.get(p) ?? 0) + 1);
    const topic = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (topic && topic[1] >= 2) {
      out.push(topic[0]);
      resolved = true;
    }
  }
  return { parties: out, resolved, ...(each ? { each } : {}) };
}

const LINK_WITH = /^(?:[^,]{0,40},\s*)?(?:the|its|their)\s+(?:[\w-]+\s+)?(?:link|connection|link-up|tie-up|integration|interconnection|linkage)\s+(?:with|to|into)\b/i;

// Words that name a regulator already introduced ("the ministry's spokesman", "the regulator said",
// "the authority fined", "It fined Google" — only a regulator fines). Not "the central bank's
// InstaPay service" or "the central bank's own wallet": a system named through its owner.
const REGULATOR_ANAPHOR =
  /^(?:[^,]{0,30},\s*)?(?:The|This|That)\s+(?:new\s+|draft\s+|\w+\s+)?(?:order|notice|decision|rules|guidelines|guidance|measures|directive)\s+(?:also\s+)?(?:requires?|required|orders?|ordered|bars?|barred|bans?|banned|forces?|forced|obliges?|obliged|tells?|told|demands?|demanded)\b|(?<!\b(?:with|to|before)\s)(?<!\b(?:prodding|pressure|urging|nudging|encouragement|push|guidance)\s+(?:by|from)\s)\b(?:[Tt]he|[Ii]ts)\s+(?:[Mm]inistry|[Rr]egulator|[Ww]atchdog|[Cc]entral [Bb]ank|[Gg]eneral [Aa]dministration|Commission|Authority|Administration|Bureau|Agency)\b(?!['’]s\s+(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:system|switch|network|rails?|scheme|platform|wallets?|apps?|currency|coins?|codes?|standard)\b))|(?<!\b(?:with|to|before)\s)\b[Tt]he (?:(?:competition|antitrust|cartel|fair trade|consumer|data protection|telecoms?|communications|media|privacy|payments?|banking|market)\s+)?(?:commission|authority|agency|bureau|watchdog|regulator|office|board|council)(?=\s+(?:\w+\s+){0,5}(?:(?!(?:studied|considered|examined|received|welcomed|noted|declined|weighed|discussed|looked|wanted|needed|seemed|appeared)\b)[a-z]{2,}ed|sent|found|cut|shut|set|put|let|told|gave|took|made|struck|hit|forbade|withdrew|upheld|overturned|(?:began|begun|started)\s+(?:investigating|probing|looking|examining|reviewing|enforcing|applying)|investigated|probed|warned|(?:said|says|announced)(?=\s+[^.;]{0,40}?\bthat\s+it\s+(?:had\s+|has\s+|would\s+|will\s+|(?:intended|intends|planned|plans)\s+to\s+)?(?:fine|fined|order|ordered|ban|banned|bar|barred|designate|designated|require|required|impose|imposed|penali[sz]e|penali[sz]ed|block|blocked|approve|approved)\b))\b)|\b(?:ministry|regulator|authority|watchdog|council)['’]s\b|^(?:[^,]{0,120},\s*|(?:In|On|Last|This|Earlier|Later|That|The following|The next|(?:A|One|Two|Three|Four|Five|Six|Several)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later|before))\b[^,]{0,25}?\s(?=it\b)|(?:When|After|Before|Once|Since|As)\s+(?=it\b))?[Ii]t\s+(?:had\s+|has\s+)?(?:then\s+|later\s+|also\s+)?(?:fined|penali[sz]ed|summoned|designated|imposed|levied)\b|^(?:[^,]{0,30},\s*)?[Ii]t\s+(?:first\s+|then\s+|later\s+|also\s+)?(?:announced|proposed|introduced|set|raised|lifted|extended|pushed back)\s+(?:the|a|its|that)\s+(?:[\w-]+\s+){0,2}(?:cap|ceiling|limit|quota|deadline)\b|^(?:[^,]{0,30},\s*)?Its\s+(?:\d{4}\s+)?(?:decision|ruling|order|fine|penalty|rules|guidelines|investigation|probe|review|notice|guidance)\b|^(?:[^,]{0,30},\s*)?(?:(?:The|Its)\s+(?:agency's\s+|commission's\s+|regulator's\s+|watchdog's\s+|authority's\s+)?)?[Ii]nvestigators\s+(?:raided|searched|inspected|visited)\b|该部|监管部门/;

/** How many paragraphs back "the regulator" may still name a regulator. */
const REGULATOR_REACH = 6;

/** The regulator a sentence's "the ministry" / "officials" refers to: the nearest earlier regulator party. */
export function regulatorAntecedent(
  sentence: string,
  here: { index: number; paragraph: number },
  history: PartyHistoryEntry[],
  isRegulator: (name: string) => boolean,
  /** Whether a regulator is called by this noun ("ministry" fits MIIT, not SAMR); any when absent. */
  calledBy: (name: string, noun: string) => boolean = () => true,
): string | null {
  const m = REGULATOR_ANAPHOR.exec(sentence);
  if (!m) return null;
  const noun = /ministry|commission|administration|bureau|central bank/i.exec(m[0])?.[0].toLowerCase();
  const fits = (name: string) => isRegulator(name) && (noun === undefined || calledBy(name, noun));
  // A story keeps calling its regulator "the central bank" long after naming it once.
  // A regulator that acted comes first; one only named (as a system's owner, as a source) is the fallback.
  for (const acted of [true, false]) {
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (here.paragraph - h.paragraph > REGULATOR_REACH) break;
      const r = h.index < here.index ? (h.parties.find(fits) ?? (acted ? h.heardBy : h.regulators?.())?.find(fits)) : undefined;
      if (r) return r;
    }
  }
  return null;
}

/** The regulator the story named most recently, within three paragraphs. */
export function lastRegulator(here: { index: number; paragraph: number }, history: PartyHistoryEntry[], isRegulator: (name: string) => boolean): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (here.paragraph - h.paragraph > 3) break;
    const r = h.index < here.index ? (h.parties.find(isRegulator) ?? h.heardBy?.[0]) : undefined;
    if (r) return r;
  }
  return null;
}
