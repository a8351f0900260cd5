// A rival doing what the story has just told: "…, and Meituan followed the following year",
// "Taobao and Alipay followed last week, showing risk warnings", "Tenpay followed suit on
// Tuesday". The clause names only the newcomer; the act and its other side are those of the act
// told just before, with the newcomer in the place of that act's subject. Each newcomer is an
// event of its own (data/eval conventions: two platforms doing the same thing are two events).
import type { Candidate, ClauseContext } from "./detect-clause.ts";
import { fitsTrade, groupOf } from "./groups.ts";
import { PAYMENT_IT, paymentNamed } from "./payment-names.ts";
import { toldDate } from "./story-dates.ts";
import type { ResolvedDate } from "./dates.ts";
import type { EventType } from "./types.ts";

// "NBCUniversal's Peacock reached a similar deal in September 2020", "OLX has been testing the same
// arrangement since December": the same act, told as its kind; "Naver Pay joined last year": with no object of its own;
// "PromptPay and PayNow were connected in April 2021; UPI and PayNow took until February 2023": the
// same act, later, for the newcomer;
// "…, and in December Geely and Chery successively joined": the same, with the time told first;
// "Meituan Pay joined the same network last month": the network the subject joined; "Nubank joined
// the list in 2023": the list of those that did what was just told; "Snowflake won a similar arrangement".
const FOLLOWED =
  /\b(?:followed(?:\s+suit)?|did (?:the same|likewise|so)|also\s+completed\s+the\s+(?:access|integration|connection|link-?up)|(?:has|have|had) done (?:the same|likewise|so)|went the same way|(?:took|had\s+to\s+wait|waited)\s+(?:until|till)(?=\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|last|this|the following|the next)\b)|joined\s+the\s+same\s+(?:[\w-]+\s+){0,2}?(?:network|scheme|system|platform|programme|program|alliance|switch)|joined\s+the\s+(?:list|club|ranks)\b|(?:reached|struck|signed|agreed|cut|sealed|won|secured|landed|got)\s+(?:a\s+)?(?:similar|comparable|matching)\s+(?:deal|agreement|arrangement|pact|contract|cooperation|collaboration)|(?:testing|tested|trialling|trialing|piloting|piloted|signed|reached|struck|agreed|offers|offered|launched|adopted|introduced|got|gained|received)\s+the\s+same\s+(?:deal|agreement|arrangement|option|feature|service|scheme|set-?up)|(?:joined|signed up|came on board)(?=\s*(?:too|as well|soon after(?:wards)?|shortly after(?:wards)?)?\s*[.;]?$)|(?:joined|signed up|came on board|(?:was|were|has been|have been|had been)\s+added)(?=\s+(?:in|on|last|this|the following|the next|later|earlier|early|late|a (?:year|month|week) later)\b[^,;]{0,30}(?:[.;]?$|,\s+so\b)))\b/i;

// "Apple Music was added in November": a newcomer the subject added is its next partner, not a second subject.
const JOINED_AS_PARTNER = /^(?:was|were|has been|have been|had been)\s+added\b/i;
const JOINED = /^(?:joined|signed up|came on board)\b/i;
const WON = /^(?:won|secured|landed|got|gained|received)\b/i;
const HOSTS_OTHERS = /\b(?:listing|lists|listed|aggregat\w*)\b/i;
const PAIR_DEAL = /^\W*(?:[^,]{0,40},\s*)?(?:[A-Z][\w.&'’-]*\s+){1,3}(?:\([^)]*\)\s+)?and\s+(?:[A-Z][\w.&'’-]*\s+){1,3}(?:\([^)]*\)\s+)?(?:signed|struck|reached|agreed|formed|sealed)\b/;

const GAPPED = /^\W*(?:and\s+)?((?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,4}?)(?=(?:in|on|by|last|that|the following|a year later|a month later)\s)(?![^,;]*\b(?:followed|did|signed|agreed|launched|joined)\b)/u;

const FOLLOWED_WITH = /^followed\b[^,;]{0,30}?\bwith\s+(?:(?:its|their)\s+own\s+|an?\s+|the\s+)?(?=[A-Z])/;

/** The act told just before, with the text that told it (its first-named party is its subject). */
export interface PriorAct {
  type: EventType;
  parties: string[];
  text: string;
}

// "signed a similar agreement with Station B", "has run similar outbound placements for Carrefour",
// "took a similar step with Hakuhodo DY Holdings", "has been piloting the same arrangement with SIMAH":
// an act of the kind just told, between the sides this clause names.
export const SIMILAR = /\b(?:similar|comparable|matching|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:steps?|moves?|deals?|agreements?|arrangements?|pacts?|contracts?|placements?|programmes?|programs?|partnerships?|integrations?|tie-ups?|links?|licen[cs]es?|tests?|trials?|pilots?|cooperation|collaborations?|complaints?|lawsuits?|suits?|claims?)\b/i;

// "A link with Malaysia's DuitNow followed": the newcomer is the other side of a new act by the same subject.
const PARTNER_FOLLOWED = /^\W*(?:an?|one|another|the)\s+(?:[\w-]+\s+){0,2}?(?:link|deal|agreement|tie-up|partnership|connection|integration|licen[cs]e|contract)\s+with\b/i;

// A clause whose subject is the one before: "followed in Denmark in March".
const SUBJECT_FOLLOWED = /^\W*(?:(?:then|later|soon)\s+)?followed\s+(?:in|on|at)\b/i;

/** The act told before, between new sides, at the time this clause tells. */
const toldAgain = (type: EventType, parties: string[], when: ResolvedDate): Candidate => ({
  type,
  parties,
  score: 3,
  date: when.date,
  datePrecision: when.precision,
  explicitDate: true,
  unknown: [],
  lexicalType: true,
});

/** Candidates for the newcomers of a "followed" clause, or none when it is not one. */
export function followersOf(told: string, prior: PriorAct | undefined, ctx: ClauseContext, before?: string): Candidate[] {
  const renewal = prior ? renewedAct(told, prior, ctx) : null;
  if (renewal) return [renewal];
  // "Malaysia's DuitNow followed in May 2023, and Singapore's NETS in November 2023": a name and a
  // time after a "followed" clause follow too.
  const gapped = before && FOLLOWED.test(before) ? GAPPED.exec(told) : null;
  const clause = gapped ? `${gapped[1]}followed ${told.slice(gapped[0].length)}` : told;
  const m = FOLLOWED.exec(clause);
  if (!m && prior && prior.type !== "regulation" && ONE_WITH.test(clause)) return oneMore(clause, prior, ctx);
  if (!m && prior && prior.type !== "regulation") return similarAct(clause, prior, ctx);
  if (!m || !prior || prior.type === "regulation") return [];
  // "OpenAI followed that May, promising attribution links when ChatGPT uses our answers": a trailing
  // participle says how, and names no new side.
  const after = ctx.partiesOf(clause.slice(m.index).replace(/,\s+[a-z]+ing\b[\s\S]*$/, ""));
  // "Vodafone Idea followed with its own JioHotstar packs in April", "Tamara followed this month
  // with Geidea": the same kind of act, with the partner named after "with".
  const withPartner = FOLLOWED_WITH.exec(clause.slice(m.index));
  if (withPartner) {
    const partner = ctx.partiesOf(clause.slice(m.index + withPartner[0].length)).find((p) => !p.unknown && !ctx.isRegulator(p.name));
    const newcomers = ctx.partiesOf(clause.slice(0, m.index)).filter((p) => !p.unknown && !ctx.isRegulator(p.name) && partner && !ctx.related(p.name, partner.name));
    const when = toldDate(clause, ctx);
    if (partner && newcomers.length > 0 && when?.date) return newcomers.map((p) => toldAgain(prior.type, [p.name, partner.name], when));
  }
  // "Douyin followed in July, moving purchases onto Apple's rails" names its own other side;
  // "signed a similar agreement with Station B" names the new one.
  // "Tmall began offering JD Pay in April, and Taobao followed in May": a sister platform follows too;
  // a name of a side itself, or its owner or child, restates that side ("under the MobilePay brand").
  const ownSide = (a: string, b: string) => a === b || ctx.registry.ancestors(a).includes(b) || ctx.registry.ancestors(b).includes(a);
  if (after.some((p) => !(SUBJECT_FOLLOWED.test(clause) && prior.parties.some((q) => ownSide(p.name, q))))) return similarAct(clause, prior, ctx);
  const newcomers = ctx
    .partiesOf(clause.slice(0, m.index))
    .filter((p) => !p.unknown && !ctx.isRegulator(p.name) && !prior.parties.some((q) => ownSide(p.name, q)))
    .map((p) => p.name);
  const when = afterPrior(toldDate(clause, ctx), clause, prior, ctx);
  // "… in Norway in November 2024 and followed in Denmark in March": with no newcomer, the subject
  // of the act told before repeats it elsewhere, at a time of its own.
  if (newcomers.length === 0) return SUBJECT_FOLLOWED.test(clause) && when?.date && when.date !== toldDate(prior.text, ctx)?.date ? [toldAgain(prior.type, [...prior.parties], when)] : [];
  if (!when?.date) return [];
  // A gapped follower stands where the follower before it stood.
  const previous = gapped ? ctx.partiesOf(prior.text).map((p) => p.name).filter((n) => prior.parties.includes(n)) : [];
  if (previous.length === 1) return newcomers.map((name) => toldAgain(prior.type, prior.parties.map((p) => (p === previous[0] ? name : p)), when));
  // "Jaywan went live on Apple Pay in September. Samsung Wallet followed in October": a newcomer of
  // the trade only one earlier side has (a wallet) takes that side's place.
  // A card scheme ("RuPay", whose other names say "card") is what wallets take, not one of them.
  const cardScheme = (p: string) => prior.type === "payment" && (ctx.registry.get(p)?.aliases ?? []).some((a) => /\bcards?$/i.test(a)) && !/wallet/i.test(p);
  // A wallet known by a bare brand ("Maya") says what it is in its other names ("PayMaya").
  const ofTrade = (p: string) => (prior.type === "payment" ? paymentNamed(p, ctx.registry) : fitsTrade(p, prior.type));
  const peers = prior.parties.filter((p) => ofTrade(p) && !cardScheme(p));
  if (peers.length === 1 && prior.parties.length === 2 && newcomers.every(ofTrade)) {
    return newcomers.map((name) => toldAgain(prior.type, prior.parties.map((p) => (p === peers[0] ? name : p)), when));
  }
  // "Google Play switched on Turkcell's carrier billing in late 2019, and Türk Telekom followed": a
  // carrier following takes the place of the one carrier among the earlier sides.
  const carriers = prior.parties.filter((p) => isCarrier(p, ctx));
  if (carriers.length === 1 && prior.parties.length === 2 && newcomers.every((n) => isCarrier(n, ctx))) {
    return newcomers.map((name) => toldAgain(prior.type, prior.parties.map((p) => (p === carriers[0] ? name : p)), when));
  }
  // Otherwise the newcomer takes the place of the earlier act's subject; "A link with Malaysia's
  // DuitNow followed" names a new partner of the same subject instead.
  const subject = subjectOf(prior, ctx);
  const others = prior.parties.filter((p) => groupOf(p, ctx.registry) !== groupOf(subject, ctx.registry));
  if (others.length === 0) return [];
  // "The link with Thailand's PromptPay went live …; Malaysia's DuitNow followed": after a link told
  // by its partner, the newcomer is the next partner.
  // "Amap opened its aggregation page, listing Cao Cao Mobility. Meituan's service joined in April
  // 2019": a newcomer joining a subject that lists others is its next partner; after "T3 connected
  // its capacity to Amap", "Cao Cao joined" did what T3 did.
  // "NIO and Changan signed a swap deal in November; in December Geely joined": a newcomer joining
  // a pair's deal joins its first-named side, the one that let the other in.
  const joined = JOINED.test(m[0]) && (HOSTS_OTHERS.test(prior.text) || PAIR_DEAL.test(prior.text));
  // "Snowflake won a similar arrangement later that year": what one wins is what the earlier act's object got.
  const partner = PARTNER_FOLLOWED.test(clause.slice(0, m.index)) || PARTNER_FOLLOWED.test(prior.text) || JOINED_AS_PARTNER.test(m[0]) || WON.test(m[0]) || joined;
  return newcomers.map((name) => toldAgain(prior.type, partner ? [subject, name] : [name, ...others], when));
}

// "People Inc. has had its titles in Apple News+ since 2019, and renewed that arrangement in April":
// the act just told, made again between the same sides at a time of its own.
const RENEWED =
  /^\W*(?:(?:it|they|the\s+(?:two|company|firm|group|companies|sides))\s+)?(?:then\s+|later\s+|also\s+|quietly\s+)?(?:renewed|extended)\s+(?:that|the|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:arrangement|deal|agreement|partnership|contract|licen[cs]e|tie-up|pact|cooperation)s?\b/i;

/** The act just told, renewed at the time this clause tells, or null. */
function renewedAct(clause: string, prior: PriorAct, ctx: ClauseContext): Candidate | null {
  if (prior.type === "regulation" || prior.parties.length < 2 || !RENEWED.test(clause) || ctx.partiesOf(clause).some((p) => !p.unknown)) return null;
  const when = toldDate(clause, ctx);
  if (!when?.date || when.date === toldDate(prior.text, ctx)?.date) return null;
  return toldAgain(prior.type, [...prior.parties], when);
}

// "Paytm was the first, in March 2023; PhonePe followed in May": a month written without a year
// follows the act it repeats, so it is the first such month after that act, not before publication.
function afterPrior(when: ResolvedDate | null, clause: string, prior: PriorAct, ctx: ClauseContext): ResolvedDate | null {
  if (!when?.date || when.precision !== "month" || /\b(?:19|20)\d\d\b|\b(?:last|this|next|that)\b/i.test(clause)) return when;
  const before = toldDate(prior.text, ctx)?.date;
  if (!before || before.length < 7) return when;
  const [y, m] = [Number(before.slice(0, 4)), Number(before.slice(5, 7))];
  const month = Number(when.date.slice(5, 7));
  const date = `${month >= m ? y : y + 1}-${String(month).padStart(2, "0")}`;
  return ctx.pubDay && date > ctx.pubDay.slice(0, 7) ? when : { ...when, date };
}

// A mobile operator by any of its names ("Türk Telekom", "Turkcell", "Vodafone Türkiye", "Airtel").
const CARRIER = /\b(?:tele[ck]om\w*|telecommunications?|mobile|cell\w*|\w+cell|telco|vodafone|orange|airtel|mtn|ooredoo|etisalat|zain|telenor|telstra|telia|tigo|movistar|claro|safaricom|jio|docomo|kddi|softbank mobile|smartfren|indosat|globe telecom|digicel)\b/i;
const isCarrier = (name: string, ctx: ClauseContext): boolean => {
  const entity = ctx.registry.get(name);
  return entity?.kind === "company" && [name, ...entity.aliases].some((n) => CARRIER.test(n));
};

// "…, and one with Singapore's NETS in November of that year": the act just told, with a new partner.
const ONE_WITH = /^\W*(?:and\s+)?(?:one|another)\s+with\b/i;

/** The act just told again with the partner this clause names in place of the one named after "with" there. */
function oneMore(clause: string, prior: PriorAct, ctx: ClauseContext): Candidate[] {
  const partner = ctx.partiesOf(clause).filter((p) => !ctx.isRegulator(p.name) && !prior.parties.some((q) => ctx.related(p.name, q)));
  const withAt = prior.text.search(/\bwith\b/i);
  const replaced = withAt < 0 ? [] : ctx.partiesOf(prior.text.slice(withAt)).map((p) => p.name).filter((n) => prior.parties.includes(n));
  const kept = prior.parties.filter((p) => !replaced.includes(p));
  const when = toldDate(clause, ctx);
  if (partner.length !== 1 || replaced.length !== 1 || kept.length === 0 || !when?.date) return [];
  return [toldAgain(prior.type, [...kept, partner[0]!.name], when)];
}

// "the first marketplace to accept it", "joined it": what a business takes or joins.
const objectIt = (text: string): boolean => PAYMENT_IT.test(text) || /\bjoin(?:s|ed|ing)?\s+it\b/i.test(text);
const SUBJECT_ANAPHOR = /^\W*(?:(?:in|on|since|by|last|this|that)\b[^,]{0,25},?\s*)?(?:the (?:company|group|firm|platform|app)|it)\b/i;

// "Paytm was the first to accept the cards": a text opening with a name has that name as subject.
const OPENS_WITH_NAME = /^\W*(?:(?:in|on|since|by|last|this|that)\b[^,]{0,25},\s*)?/i;

// "Stack Overflow announced that Mistral AI will license …": what the reported clause tells is the act.
const REPORTED_ACT = /^[^,;]{0,80}?\b(?:said|says|announced|announces|confirmed|confirms)\s+(?:on\s+\w+\s+)?that\s+/i;

/** The earlier act's subject: the party its text names first, or one it reaches through "it" or "the company". */
function subjectOf(prior: PriorAct, ctx: ClauseContext): string {
  const reported = REPORTED_ACT.exec(prior.text);
  const text = reported && ctx.partiesOf(prior.text.slice(reported[0].length)).some((p) => prior.parties.includes(p.name)) ? prior.text.slice(reported[0].length) : prior.text;
  // A party the text does not name is its subject, unless the text reaches it as an object ("the first to accept it").
  const opensWithName = OPENS_WITH_NAME.exec(text)?.[0].length === ctx.partiesOf(text)[0]?.start;
  const unnamed = (objectIt(text) || opensWithName) && !SUBJECT_ANAPHOR.test(text) ? Number.POSITIVE_INFINITY : -1;
  const mention = (name: string) => ctx.partiesOf(text).find((p) => p.name === name || ctx.related(p.name, name));
  const at = (name: string) => mention(name)?.start ?? unnamed;
  const order = [...prior.parties].sort((a, b) => at(a) - at(b));
  // "In February 2025 it launched Business Data Cloud with Databricks, letting customers analyse SAP
  // data …": after "it", the first name is the object, whatever the clause names later.
  if (SUBJECT_ANAPHOR.test(text) && order.length === 2 && order.every((p) => mention(p))) return order[1]!;
  return order[0]!;
}

/** "X signed a similar agreement with Y": the kind of the act told before, between this clause's sides. */
function similarAct(clause: string, prior: PriorAct, ctx: ClauseContext): Candidate[] {
  const m = SIMILAR.exec(clause);
  if (!m) return [];
  const named = ctx.partiesOf(clause).filter((p) => !ctx.isRegulator(p.name));
  const before = named.filter((p) => p.start < m.index).map((p) => p.name);
  const after = named.filter((p) => p.start > m.index).map((p) => p.name);
  // "In 2021, the company signed a similar agreement with Station B": the subject is the earlier act's.
  const subject = before[0] ?? (SUBJECT_ANAPHOR.test(clause) ? subjectOf(prior, ctx) : undefined);
  // "…, and Just Eat filed a similar complaint in March 2023": a complaint naming no one is against
  // whom the one before was, named there or (a complaint still one-sided) found as that one's is.
  const complaint = after.length === 0 && prior.type === "dispute" && /^(?:complaint|lawsuit|suit|claim)s?$/i.test(m[0].split(/\s+/).at(-1)!);
  const accused = complaint ? prior.parties.filter((p) => p !== subjectOf(prior, ctx)) : [];
  const sides = [...new Set([subject, ...after, ...(accused.length === 1 ? accused : [])].filter((x): x is string => !!x))];
  const oneSided = complaint && prior.parties.length === 1 && sides.length === 1 && sides[0] !== prior.parties[0];
  if ((sides.length < 2 && !oneSided) || sides.some((a, i) => sides.some((b, j) => i < j && ctx.related(a, b)))) return [];
  const when = toldDate(clause, ctx);
  if (!when?.date) return [];
  return [oneSided ? { ...toldAgain(prior.type, sides, when), oneSided, complaint: /complaint/i.test(m[0]) } : toldAgain(prior.type, sides, when)];
}

// "The block was lifted on 20 June", "About a week later the restriction was quietly lifted": a
// wall the story just told, taken down, with its sides left unnamed.
const WALL_LIFTED_UNNAMED =
  /^(?:[^,]{0,40},\s*)?(?:[\w\s]{0,30}?\s)?(?:the|that|this)\s+(?:\w+\s+)?(?:block|blockade|restriction|ban|warning|wall|limit)s?\s+(?:was|were|had been|has been)\s+(?:quietly\s+|finally\s+|later\s+|partly\s+)?(?:lifted|removed|relieved|dropped|reversed)\b/i;
/** How many sentences back the wall may have been told. */
const WALL_REACH = 4;

/** The opening a nameless "the block was lifted" reports: the sides of the wall told just before. */
export function liftedWall(text: string, here: { index: number }, ctx: ClauseContext, walls: { type: EventType; parties: string[]; sentenceIndex: number }[]): Candidate | null {
  if (!WALL_LIFTED_UNNAMED.test(text) || ctx.partiesOf(text).length > 0) return null;
  const wall = walls.findLast((e) => e.type === "dispute" && here.index - e.sentenceIndex <= WALL_REACH && e.parties.length >= 2);
  const when = toldDate(text, ctx);
  if (!wall || !when?.date) return null;
  return toldAgain("link_access", wall.parties, when);
}
