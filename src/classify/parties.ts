// Parties of one event sentence: the registry entities it names, minus those named only to say
// who owns or backs another party ("Alibaba's Taobao", "Meituan, backed by Tencent"), plus
// organisations the registry does not know but that the sentence names as acting.
import type { EntityRegistry } from "./entities.ts";
import { OTHER_TRADE } from "./name-senses.ts";
import { namedThrough, partyName } from "./named-through.ts";
import { placeOrCommonWord, unknownOrgs } from "./unknown-orgs.ts";
import type { EntityKind, EntityMatch } from "./types.ts";

// Money moving from one system to another ("transfers from M-Pesa in Kenya to MTN Mobile Money").
const MONEY_FLOW = /\b(?:transfers?|payments?|money|remittances?|funds)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:[^,;.]{1,50}?\bto\s+(?:the\s+)?)?$/i;

export interface PartyMention {
  /** Canonical name (registry), or the organisation as written when unknown. */
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** True when the registry does not know it. */
  unknown: boolean;
  /** An unknown name the text says the kind of business of. */
  described?: boolean;
}

// Words after which a name only says who owns, backs or runs the party before it ("Douyin, the
// Chinese version of TikTok"; not "the full version of DeepSeek-R1", which is the thing itself,
// nor a version that is the subject: "the international version of iQiyi entered stc's TV platform").
// "quitting its food service under pressure from Yemeksepeti": pressure is no ownership.
const OWNER_CUE =
  /\b(?:backed by|(?:owned|run|operated|controlled)\s+(?:[a-z]+ly\s+)?by|affiliate of|affiliated with|a unit of|an arm of|arm of|subsidiary of|stake in|shareholding in|invested in|parent|(?<=,\s+(?:the|a|an)\s+(?:(?!(?:full|complete|latest|new|newest|updated|open-source|distilled|paid|free|premium)\s)[\w-]+\s+){0,2})version of|counterpart of|owner of|operator of|(?:platform|brand|app|service|unit|business|arm|subsidiary|company|site|mall|wallet|label)\s+under(?!\s+(?:pressure|orders?|threat|fire|scrutiny|investigation|review|attack|strain)\b))\s+(?:[\w-]+\s+){0,3}$/i;
// Between two names of one list of owners.
const OWNERS_LISTED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
// "turned down a new version of Spotify's app": the version is of the app, whose owner is a side.
const APP_VERSION_OF = /\bversions?\s+of\s+(?:\w+\s+){0,3}?[^\s]+['’]s\s+(?:[\w-]+\s+)?(?:app|apps|service|software|client)\b/i;
// "accused GoPay's parent GoTo": the owner named after its child's possessive is the one acting.
const NAMED_OWNER = /['’]s\s+(?:parent|owner)(?:\s+(?:company|group|firm))?\s+$/i;
// "Weibo v. the operator of Little Red Book": an operator the text does not name stands in for its platform
// (not "Sea, the operator of Shopee", where the operator is named), and so does an unnamed arm ("the
// investigation arm of the Competition Commission of India"); "stations owned by Nexstar went dark":
// the owner of things the text does not name acts for them.
const UNNAMED_OPERATOR = /(?<!,\s*)\bthe\s+(?:operator|operators|owner|owners|(?:[\w-]+\s+){0,2}(?:arm|unit|division|wing))\s+of\s+(?:the\s+)?$|\b(?:stations|channels|apps|services|stores|shops|sites|networks|brands)\s+(?:owned|run|operated|controlled)\s+by\s+$/i;
// "ESPN, ABC and other Disney channels": the listed names are the owner's, and the owner is the side.
const OTHER_OF_BEFORE = /\band\s+(?:many\s+|several\s+|all\s+)?other\s+$/i;
const OTHER_OF_AFTER = /^(?:['’]s)?(?:-owned|-run)?\s+(?:[\w-]+\s+)?(?:channels|networks|stations|brands|apps|services|titles|properties|platforms|sites|games|stores)\b/i;
// "M-Pesa, Vodacom's wallet, and e-Mola, the wallet of Movitel,": an owner named in an appositive
// only says whose the name before it is.
const APPOSED_POSSESSIVE = /^['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:,|$)/;
const APPOSED_OF = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|from)\s+$/i;
const RIVAL_OF = /^['’]s\s+(?:\w+\s+)?(?:rival|competitor|peer|counterpart|challenger)s?\s+$/i;
// "Alibaba's second-hand trading platform Salted Fish"; not "Meta's decision to build Meta AI" (the owner acts).
// "Mercado Libre's free streaming service, Mercado Play,": the owner's kind of thing, then its name.
const POSSESSIVE = /^['’]s\s+(?:(?!(?:to|of|for|and|decision|plan|move|bid|deal|choice|push)\b)[\w-]+\s+){0,4}$|^['’]s\s+(?:[\w-]+\s+){0,3}(?:service|app|platform|wallet|arm|unit|brand|store|marketplace|streamer|site),\s+$|^\s*(?:旗下的?|的)\s*$/;
const DEAL_OF = /\b(?:purchase|acquisition|takeover|buyout|merger|bid|investment|deal)\s+(?:of|for|in|with)\s*$/i;
const GLOSS_OPEN = /^\s*[(（][^()（）]{0,30}$/;
const GLOSS_CLOSE = /^[^()（）]{0,30}[)）]/;
// "its WeChat": a child named through a party already present is that party again.
const ITS = /\b(?:its|their|its own)\s+(?:[\w-]+\s+){0,1}$|\b(?:on|in|inside|within|via|through|of|outside|from|into|to|across)\s+(?:the\s+)?$/i;
// "filed a complaint with the Commission", "in a Beijing court": a regulator or court as the venue, not a side.
// A month or a weekday after "in" is a time ("in December COFECE's authority issued …"), not a venue.
const VENUE = /\b(?:with|to|before|in|at)\s+(?:the|a)?\s*(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]*\s+){0,3}$/;
// "signed a settlement agreement with CADE": a regulator a company settles with is a side, not a venue.
const SETTLED_WITH = /\b(?:agreements?|settlements?|deals?|accords?|pacts?|commitments|signed|settled)(?:\s*[(（][^()（）]{1,20}[)）])?\s+with\s+(?:the\s+)?$/i;
// "its WeChat and QQ": a name joined to one just dropped as the same actor goes with it.
const JOINED = /^\s*(?:,|and|or|, and)\s*$/;
// A regulator named by what it regulates: two or more words ending in its kind of body.
const DESCRIBED = /^\w[\w-]*\s+(?:\w[\w-]*\s+){0,3}(?:regulator|watchdog|ministry|authority|department|bureau)$/;
// "their smartphone payment services, au PAY and …": children named in apposition to their owners' things.
const APPOSED_CHILD = /\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:services|apps|wallets|platforms|brands|units|arms|subsidiaries|businesses)\s*,\s+(?:[^,;.]{1,40}\s+and\s+)?$/i;
// Between an owner and its child: the owner only announces what the child does.
// "Bank Indonesia switched on a link between its QRIS standard and Japan's JPQR": so does a link it built.
const CONNECTS_ITS =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:(?:connected|linked|interlinked|integrated|hooked up|plugged|opened)\s+(?:up\s+)?|(?:switched on|turned on|launched|opened|set up|built|went live with)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}(?:link|linkage|connection|bridge|interconnection)\s+(?:between|connecting|joining|linking)\s+)(?:its\s+|their\s+)?(?:[\w-]+\s+)?$/i;
const CONNECTED_WITH = /^(?:\s*[(（][^)）]{1,30}[)）])?\s+(?:\w+\s+)?(?:with|to|into|and)\b/i;
// "Safaricom finally let M-Pesa users send …", "Meta rewrote WhatsApp's terms": an owner acting on
// its child's users or terms acts through the child, which is the side.
const THROUGH_CHILD_GAP = /^\s+(?:[a-z]+ly\s+)?(?:let|lets|allowed|allows|enabled|enables|opened|opens|rewrote|rewrites|changed|changes|updated|updates|(?:began|started)\s+letting)\s+$/;
const THROUGH_CHILD_AFTER = /^(?:['’]s?\s|\s+(?:users|customers|merchants|subscribers|account holders|wallets?)\b)/i;
const SPECIFIC_AFTER = /\b(?:said|says|announced|announces|confirmed|stated)\b(?:[^,.]{0,60})?\s+(?:that\s+)?(?:its\s+)?$/i;
// "features similar to Douyin's", "cheaper than JD": a name held up for comparison takes no part,
// nor do rivals ("as competition with Colombia's Rappi and Uber Eats intensifies").
// "One day after the news of Weixin, …": a name a time is counted from is no side either.
const COMPARED =
  /\b(?:similar to|than|unlike|compared (?:with|to)|(?:competing|competition|rivalry|price war|battle)\s+(?:with|against|from)(?:\s+[^,.;]{1,40}?\s(?:and|or))?|(?:after|before|following|since) the (?:news|announcement|move|step) (?:of|from|by|about)|modell?(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?on|copying|in the style of|outside(?: of)?|other than|apart from|except(?: for)?)\s+(?:the\s+|those of\s+)?(?:[A-Z][\w.-]*['’]s\s+(?:own\s+)?)?$/i;
// "songs that were previously only available on QQ Music (QQ音乐) and Kugou": where the thing was before is no side.
const FORMER_HOME = /\b(?:previously|formerly|once|until now|until then)\s+(?:only\s+|exclusively\s+)?(?:available|found|heard|sold|offered|streamed|shown|playable|listed)\s+(?:only\s+|exclusively\s+)?(?:on|in|at|through|via)\s+(?:(?:[^\s,;.]+\s+){1,4}(?:and|or)\s+)?$/i;
// "Under pressure from MIIT, Tencent began …": the regulator is why, not who, of the opening.
const CAUSE_CUE =
  /\b(?:under pressure from|at the request of|at the urging of|(?:following|bowing to|complying with|in response to|to comply with)\s+(?:guidance|an order|orders|a ruling|a decision|demands|pressure)\s+(?:from|by|of)|prompted by|pushed by)\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)?$/i;
// Words before a side of its own, even when the registry lists it under a party named before: the
// side a ruling pays, sues or rules against ("ordered Douyin to pay Tencent"), and a company bought
// ("let Live Nation buy Ticketmaster").
const OWN_SIDE_CUE = /\b(?:to pay|to compensate|sued|suing|against|in favou?r of|(?:brought|filed|lodged) by|buy|buys|bought|buying|acquire[sd]?|acquiring|(?:purchase|acquisition|takeover|merger|combination) (?:of|with)|merge with)\s+(?:the\s+)?$/i;
// "JD's announcement", "A Tencent spokesperson": the name qualifies a speaker or an act, it does not act.
const NOT_ACTOR_HEAD =
  /^(?:['’]s)?\s+(?:announcement|statement|decision|shares|stock|spokes(?:man|woman|person)|stake|shareholding|rival|chief|CEO|founder|executives?|officials?|results|earnings|revenue|comment|analysts?|match|matches|fixtures|highlights|conference|season)\b/i;
// "a probe into Meta's decision", "a fine over Google's conduct": the act is aimed at the name.
// "summoned Trip.com executives": a regulator calling in a company's people acts on the company.
const TARGET_OF = /\b(?:into|against|over|about|summon(?:s|ed|ing)?|interview(?:s|ed|ing)?|question(?:s|ed|ing)?|admonish(?:es|ed|ing)?|called in|met with)\s+(?:the\s+)?$/i;
// "accepted Google's remedies in its YouTube Music bundling case": a product naming the case is
// not a side when its owner is named as one.
const CASE_LABEL_BEFORE = /\b(?:its|their|the|in)\s+$/i;
const CASE_LABEL_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:case|probe|investigation|inquiry|matter)\b/i;
// "users in the European Union", "for EU members": the union named as a place, not as an actor.
// It is the registry's one polity; its acts are its Commission's.
const POLITY = new Set(["European Union"]);
// "its EU rules", "their EU app stores": a company's own arrangement for the union's market.
const PLACE_BEFORE = /\b(?:in|across|throughout|outside|within|inside|for|from|into|beyond)\s+(?:the\s+)?$|\b(?:its|their)\s+$/i;
// "EU merchants", "EU networks", "the EU's top court": the union describing where, or a court (never a party).
const PLACE_AFTER = /^(?:[\s-]+(?:users?|members?|citizens|customers|residents|consumers|countries|member states|market|markets|subscribers|accounts|region|merchants|shoppers|visitors|travell?ers|networks|operators|carriers|companies|firms|banks|businesses|platforms|retailers|publishers)\b|['’]s\s+(?:top|highest|general)\s+court\b)/i;
// "growing quickly on Android and not at all on iOS", "iPhone users": a phone system or device
// named as where something runs, not a side (the labels never make one a party in that use).
export const DEVICE = new Set(["Android", "iOS", "HarmonyOS", "iPhone", "iPad"]);
const DEVICE_BEFORE = /\b(?:on|for|in|across|inside|to)\s+(?:the\s+|their\s+|its\s+)?$|\bversion\s+of\s+$/i;
const DEVICE_AFTER = /^(?:['’]s)?[\s-]+(?:users?|players?|gamers?|buyers?|shoppers?|subscribers?|phones?|smartphones?|handsets?|devices?|owners?|versions?|apps?|customers|ecosystem|side)\b/i;
// "Shanghai United Media Group": a known name ("United Media") inside a longer name the registry
// lacks is not that one: a capitalised word before it (no time, no sentence start) and a corporate
// ending after it, or swallowed into it after "of" (whose the thing is). Not a surface the registry
// spells so ("Nikkei Inc."), which is the name itself.
const INSIDE_NAME_BEFORE = /(?<![.!?]\s*|^)\b(?!(?:The|In|On|At|By|For|From|With|And|Or|But|As|Since|After|Before|Under|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)[A-Z][a-z]+\s$/;
const OWNED_OF_BEFORE = /\b(?:of|by|from|at)\s+[A-Z][a-z]+\s$/;
const CORPORATE_END = "(?:Group|Holdings|Corporation|Corp\\.?|Company|Co\\.|Ltd\\.?|Limited|Inc\\.?)";
const CORPORATE_AFTER = new RegExp(`^\\s+${CORPORATE_END}\\b`);
const CORPORATE_LAST = new RegExp(`\\s${CORPORATE_END}\\b\\S*$`);
const spelledAsKnown = (m: EntityMatch): boolean => [m.entity.name, ...m.entity.aliases].some((n) => n.toLowerCase() === m.surface.toLowerCase());
function insideLongerName(m: EntityMatch, before: string, after: string): boolean {
  if (/^the\s/i.test(m.surface) || !INSIDE_NAME_BEFORE.test(before)) return false;
  return CORPORATE_AFTER.test(after) || (CORPORATE_LAST.test(m.surface) && !spelledAsKnown(m) && OWNED_OF_BEFORE.test(before));
}
// "on terms that NetEase called punitive": a name that only characterises something comments on it.
const CARDS_ADDED_TO = /\b(?:add|adding|added|adds|load|loading|loaded|loads|register|registering|registered|registers|link|linking|linked|links|store|storing|stored|stores)\s[^.;]{0,90}?\bcards?\b[^.;]{0,40}?\b(?:to|into|in|on)\s+(?:the\s+|their\s+|its\s+)?$/i;
const CHARACTERISES = /^\s+(?:called|calls|describes|described|dubbed|dubs|labell?ed)\s+(?!(?:for|on|upon|off|in|up|out|back)\b)/i;

// "learned from China UnionPay that", "according to Tencent": the source of the report, not a party.
const SOURCE_CUE = /\b(?:learned from|according to|confirmed with|told by)\s+(?:the\s+)?$|\b(?:insiders?|sources?|people|person|officials?|analysts?|executives?|spokes(?:man|woman|person))\s+(?:[\w-]+\s+){0,4}?(?:told|informed)\s+$/i;
// "learned from Hungry Me (饿了么) that the takeaway platform has opened …": the source is also who acts.
const SOURCE_ACTS = /^\s*(?:[(（][^)）]{1,20}[)）]\s*)?that\s+(?:it|the\s+(?:[\w-]+\s+)?(?:platform|company|app|group|firm|bank|wallet|operator|carrier|marketplace|retailer|giant))\s+(?:has|had|have|will|would|is|was|officially|now|also|[a-z]+ed)\b/i;
// "36Kr learned on May 20 that …", "LatePost reported that …": the outlet that tells the news.
const SOURCE_AFTER = /^\s+(?:has\s+|had\s+)?(?:learned|learnt|reported|understands|was told)\b(?:\s+(?:on|in|last|this)\s+[^,.;]{1,20}?)?\s+that\b/i;

// "the \"Orange Link\" (橙链) plan", "the \"Red Jing Plan\"": a name inside a scheme's quoted title is no party.
const SCHEME_TITLE_END = /^[^"”]{0,30}?(?:\b(?:Plan|Programme|Program|Initiative|Project|Scheme|Campaign)["”]|["”]\s*(?:[(（][^)）]{1,30}[)）]\s*)?(?:plan|programme|program|initiative|project|scheme|campaign)\b)/i;
// "Sweet Orange Takeaway", "Big Line Media": a one-word registry name with capitalised words on both
// sides is a word of a longer name the registry lacks.
const NAME_WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)\s+$/u;
const NAME_WORDS_AFTER = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/u;
const NOT_NAME_WORD = /^(?:The|A|An|In|On|At|By|For|From|With|And|But|Or|Since|Last|This|That|Then|When|After|Before|While|As|Its|Their|His|Her|Our|My|Both|Each|Every|Not|Only|Also|Now|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const LOCAL_BODY_BEFORE = /\b((?:[A-Z][a-z]+\s+){1,2}(?:Provincial|Municipal|Prefectural|County|District))\s+$/;
// "National Bank of Canada", "Commercial Bank of Ethiopia": a capitalised word before "Bank of …" is
// part of a longer bank's name, not the central bank's.
const BANK_NAME_BEFORE =
  /\b((?:(?!(?:The|A|An|In|On|At|By|For|From|With|And|Or|But|As|Since|After|Before|When|While|Both|Its|Their|Last|This|Earlier|Later|Then|Now|Also|Meanwhile|However|Yesterday|Today|Separately|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w&-]*\s+){1,3})$/;

const GIVEN_NAME_BEFORE =
  /(?:^|[,;:]\s+|\b(?:said|says|told|according to|by|from|with|and)\s+)(?:Mr|Ms|Mrs|Dr|Prof|(?!(?:The|This|That|These|Those|An?|Its|Their|Our|His|Her|In|On|At|For|From|By|With|And|But|Rival|Only|Both|Even|Now|Then|Meanwhile|Separately|Still|Yet|So)\b)[A-Z][a-z]{1,12})\.?\s+$/;
const SPEAKER_AFTER = /^(?:,|\s+(?:said|says|told|added|noted|argued|believes|thinks|wrote)\b)/;

/** Registry parties and unknown organisations named in a sentence, in order of appearance. */
function appositiveOwner(text: string, matches: EntityMatch[], i: number): boolean {
  const m = matches[i]!;
  const prev = matches[i - 1];
  if (!prev) return false;
  const between = text.slice(prev.end, m.start);
  const after = text.slice(m.end, m.end + 60);
  const tail = /^,\s+$/.test(between) ? APPOSED_POSSESSIVE.exec(after) : APPOSED_OF.test(between) ? /^\s*(?:[,.;)]|$)/.exec(after) : null;
  // Only when nothing else is named before the appositive closes ("Tencent's WeChat Pay" names a thing).
  const next = matches[i + 1];
  return !!tail && (!next || next.start >= m.end + tail[0].length);
}

// A capitalised word right before a match: the match is the end of a longer name.
const PARTIAL_BEFORE = /(?:^|[^\w])(?!(?:The|A|An|In|On|At|By|Its|Their|This|That)\s)[A-Z][\w-]*\s+$/;

// "[Operator Observation] On December 8, …": a Chinese paper's column name in brackets.
const COLUMN_HEAD = /^\s*[[【][^\]】\n]{1,40}[\]】]/;

// "Tesla's Supercharger stations", "Rakuten's Ichiba", "Douyin's mini-programs": an owner's
// possessive before the rest of one of its own products' names is that product.
const POSSESSIVE_LOWER = /^['’]s\s+(\p{Ll}[\w+.-]*(?:\s+[\w+.-]+){0,2})/u;
const POSSESSIVE_REST = /^['’]s\s+((?:[A-Z][\w+.-]*)(?:\s+[A-Z][\w+.-]*){0,2})/;

/** Replaces "Owner's Rest" by the owner's product "Owner Rest" where the registry has it (in place). */
function possessiveCompounds(text: string, matches: EntityMatch[], registry: EntityRegistry): void {
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const rest = POSSESSIVE_REST.exec(text.slice(m.end)) ?? POSSESSIVE_LOWER.exec(text.slice(m.end));
    if (!rest) continue;
    const lower = /^['’]s\s+\p{Ll}/u.test(rest[0]);
    const words = rest[1]!.split(/\s+/);
    for (let k = words.length; k >= 1; k--) {
      const written = `${m.surface} ${words.slice(0, k).join(" ")}`;
      const product = registry.get(written);
      if (!product || product === m.entity || !registry.ancestors(product.name).includes(m.entity.name)) continue;
      // A lower-case rest names the product only as its own name is written ("Douyin's mini-programs", not "Google's search").
      if (lower && ![product.name, ...product.aliases].includes(written)) continue;
      const end = m.end + rest[0].indexOf(words[0]!) + words.slice(0, k).join(" ").length;
      // "Baidu's Apollo Go": a name read after the possessive that runs past the compound is the product named.
      if (matches[i + 1] && matches[i + 1]!.start < end && matches[i + 1]!.end > end) break;
      matches.splice(i, 1, { entity: product, start: m.start, end, surface: text.slice(m.start, end) });
      while (matches[i + 1] && matches[i + 1]!.start < end) matches.splice(i + 1, 1);
      break;
    }
  }
}

const OWNED_WALLET = /^['’]s?\s+((?:[A-Z][\w+.-]*\s+){1,2}(?:Cash|Pay|Money|Wallet|Pesa))\b/;
const SPONSORED_TITLE = /^\s+(?:Liga|League|Cup|Championship|Open|Arena|Stadium)\b/;
const GEOGRAPHY_AFTER = /^\s+(?:region|rainforest|basin|river|delta)\b/i;

export function findParties(text: string, registry: EntityRegistry): PartyMention[] {
  // "Octopus Energy" is not Octopus Cards: a registry name followed by a word of another trade
  // names an organisation the registry lacks, kept as written.
  const longer: PartyMention[] = [];
  // A column name in brackets names no party.
  const column = COLUMN_HEAD.exec(text)?.[0].length ?? 0;
  const matches = registry.match(text).filter((m) => {
    if (m.start < column) return false;
    // "said Mark Coles, an analyst": a one-word name after a given name, with a speaker's comma or verb after it, is a person.
    if (!/\s/.test(m.surface) && GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && SPEAKER_AFTER.test(text.slice(m.end, m.end + 12))) return false;
    // "Guizhou Provincial Market Supervision Administration": a province's own body, not the national one.
    const local = m.entity.kind === "regulator" ? LOCAL_BODY_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start)) : null;
    if (local) {
      longer.push({ name: `${local[1]} ${m.surface}`, kind: "regulator", start: m.start - local[0].length, end: m.end, unknown: true });
      return false;
    }
    const before = !/\s/.test(m.surface) ? NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start)) : null;
    const after = before ? NAME_WORDS_AFTER.exec(text.slice(m.end, m.end + 40)) : null;
    // Not "Running Windows Server" (a verb) nor "Shenzhen Tencent Computer System" (a place before a group's own company).
    if (before && after && !NOT_NAME_WORD.test(before[1]!) && !/ing$/.test(before[1]!) && !placeOrCommonWord(before[1]!) && !registry.get(before[1]!) && !registry.get(after[1]!.split(/\s+/)[0]!)) {
      longer.push({ name: `${before[1]} ${m.surface} ${after[1]}`, kind: "unknown", start: m.start - before[0].length, end: m.end + after[0].length, unknown: true });
      return false;
    }
    const bank = /^Bank of\b/.test(m.surface) ? BANK_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
    if (bank) {
      longer.push({ name: `${bank[1]}${m.surface}`, kind: "unknown", start: m.start - bank[1]!.length, end: m.end, unknown: true });
      return false;
    }
    // "Vidio licensed its BRI Liga 1 matches": a sponsor named in a competition's title is no side;
    // "the Amazon region of Loreto" is a place.
    if (SPONSORED_TITLE.test(text.slice(m.end, m.end + 20)) || GEOGRAPHY_AFTER.test(text.slice(m.end, m.end + 20))) return false;
    // "Maroc Telecom's MT Cash": the owner's wallet the registry lacks is the side, kept as written.
    const wallet = OWNED_WALLET.exec(text.slice(m.end, m.end + 50));
    if (wallet && !registry.get(wallet[1]!)) {
      const start = m.end + wallet[0].length - wallet[1]!.length;
      longer.push({ name: wallet[1]!, kind: "unknown", start, end: start + wallet[1]!.length, unknown: true });
      return false;
    }
    const tail = OTHER_TRADE.exec(text.slice(m.end));
    if (!tail || !/^[A-Z]/.test(m.surface)) return true;
    const name = `${m.surface}${tail[0]}`;
    if (registry.get(name)) return true;
    longer.push({ name, kind: "unknown", start: m.start, end: m.end + tail[0].length, unknown: true });
    return false;
  });
  possessiveCompounds(text, matches, registry);
  const names = matches.map((m) => {
    const name = partyName(m.entity.name, registry, m.surface);
    return namedThrough(name, text.slice(m.end, m.end + 40), registry) ?? name;
  });
  const isAncestor = (a: string, of: string) => registry.ancestors(of).includes(a);
  const caseLabel = (j: number) => CASE_LABEL_BEFORE.test(text.slice(Math.max(0, matches[j]!.start - 10), matches[j]!.start)) && CASE_LABEL_AFTER.test(text.slice(matches[j]!.end, matches[j]!.end + 40));
  const keep: number[] = [];
  const dropped = new Set<number>();
  // The last name dropped as an owner ("owned by", "run jointly by"), which a list may continue.
  let lastOwner = -1;
  let lastSameActor: EntityMatch | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const name = names[i]!;
    const next = matches[i + 1];
    // "Alibaba's Taobao": the owner names which Taobao, it does not act.
    // "Tencent's purchase of Sogou" is Tencent acting, not naming which Sogou.
    // "LG Electronics' webOS": a name ending in s takes a bare apostrophe as its possessive.
    const between = next ? text.slice(m.end, next.start).replace(/s$/.test(m.surface) ? /^['’](?=\s)/ : /^$/, "'s") : "";
    if (next && POSSESSIVE.test(between) && !DEAL_OF.test(between) && !caseLabel(i + 1) && (isAncestor(name, names[i + 1]!) || name === names[i + 1])) continue;
    // "Alibaba's (阿里巴巴) second-hand trading platform Xianyu": the owner's gloss sits before what it owns.
    const owned = next && next.entity.name === m.entity.name && /^['’]s\s*[(（]\s*$/.test(text.slice(m.end, next.start)) ? i + 2 : -1;
    if (owned > 0 && matches[owned] && isAncestor(name, names[owned]!) && POSSESSIVE.test(`'s${text.slice(next!.end, matches[owned]!.start).replace(/^\s*[)）]/, "")}`)) {
      i++;
      continue;
    }
    // "Lazada's rival Shopee": the first name only says whose rival the second is.
    if (next && RIVAL_OF.test(between)) continue;
    // "the Central Bank of Brazil (巴西央行)": a gloss in brackets names the thing just named, and
    // goes with a name dropped as a source or an owner ("learned from Jingdong (京东)").
    const prev = matches[i - 1];
    const gloss = !!prev && GLOSS_OPEN.test(text.slice(prev.end, m.start)) && GLOSS_CLOSE.test(text.slice(m.end, m.end + 32));
    if (gloss && dropped.has(i - 1)) dropped.add(i);
    // "Hundred Degrees Netdisk (百度网盘)", "Micro Letter public accounts (微信公众号)": a gloss naming something more specific than the
    // translation matched says what the translation meant.
    const prevKept = keep.at(-1) === i - 1;
    const glossOfLonger = !!prev && /^(?:\s+[\w-]+){0,3}\s*[(（]\s*$/.test(text.slice(prev.end, m.start)) && GLOSS_CLOSE.test(text.slice(m.end, m.end + 32));
    // So does a gloss after a translation that matched only the end of a longer name ("Guangdong
    // Provincial [Market Supervision Administration] (广东省市场监督管理局)").
    const partial = () => PARTIAL_BEFORE.test(text.slice(Math.max(0, prev!.start - 30), prev!.start));
    if (glossOfLonger && prevKept && !dropped.has(i) && (isAncestor(names[i - 1]!, name) || partial())) {
      keep[keep.length - 1] = i;
      continue;
    }
    if (gloss && (dropped.has(i) || prev.entity.name !== m.entity.name)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 20);
    // "Plin, run jointly by Interbank, BBVA Perú and Scotiabank,": the rest of an owners' list.
    const ownerNamed =
      (OWNER_CUE.test(before) && !NAMED_OWNER.test(before) && !UNNAMED_OPERATOR.test(before) && !APP_VERSION_OF.test(before + m.surface + after)) ||
      (!!prev && lastOwner === i - 1 && OWNERS_LISTED.test(text.slice(prev.end, m.start)));
    if (ownerNamed) lastOwner = i;
    const notActor =
      appositiveOwner(text, matches, i) ||
      ownerNamed ||
      (SOURCE_CUE.test(before) && !SOURCE_ACTS.test(text.slice(m.end, m.end + 60))) ||
      // "icash Pay of the 7-Eleven system", "wallets of the Alibaba camp": whose family a party belongs to.
      (/\bof\s+the\s+$/i.test(before) && /^\s+(?:system|group|camp|family|ecosystem|empire)\b/i.test(after)) ||
      SOURCE_AFTER.test(text.slice(m.end, m.end + 60)) ||
      COMPARED.test(before) ||
      FORMER_HOME.test(text.slice(Math.max(0, m.start - 80), m.start)) ||
      (m.entity.kind === "regulator" && CAUSE_CUE.test(before)) ||
      // "WeChat Search results" are where something shows, not a company's earnings.
      (NOT_ACTOR_HEAD.test(after) && !TARGET_OF.test(before) && !(/search$/i.test(m.surface) && /^\s+results\b/i.test(after))) ||
      CHARACTERISES.test(after) ||
      (/["“][^"”]{0,30}$/.test(before) && SCHEME_TITLE_END.test(text.slice(m.end, m.end + 60))) ||
      ((m.entity.kind === "regulator" || /\bcourt\b/i.test(m.entity.name)) && VENUE.test(before) && !SETTLED_WITH.test(before)) ||
      (POLITY.has(m.entity.name) && (PLACE_BEFORE.test(before) || PLACE_AFTER.test(after))) ||
      (DEVICE.has(m.entity.name) && (DEVICE_BEFORE.test(before) || DEVICE_AFTER.test(after))) ||
      insideLongerName(m, before, after) ||
      (caseLabel(i) && matches.some((_, j) => j !== i && isAncestor(names[j]!, name)));
    if (notActor) {
      dropped.add(i);
      continue;
    }
    // Names are capitalised in Latin script; "the commission" is not the European Commission.
    // A descriptive name ("the market regulator", "internet watchdog") is written lower-case, though.
    // A sentence's capital "The" does not make "The commission" a name.
    const bare = m.surface.replace(/^the\s+/i, "");
    // A brand the registry spells in lower case ("foodpanda", "lifecell") is a name all the same.
    const spelledSo = m.entity.name === bare || m.entity.aliases.includes(bare);
    // "The central bank" of a story set in one country is that country's (see central-banks.ts).
    // Not where it only owns or sets something ("the central bank's switch", "a central bank rule").
    const nationalBank =
      bare === "central bank" &&
      m.entity.kind === "regulator" &&
      /\b(?:the|our|its|their)\s+$/i.test(before) &&
      !/^(?:['’]s?\b|\s+(?:rules?|data|deadline|figures|statistics|governor|officials?|staff|switch|system|network|platform|scheme)\b)/i.test(after) &&
      // "…, the central bank said": the source of the news, not a side of it.
      !(/,\s*(?:the|our|its)\s+$/i.test(before) && /^\s+(?:said|says|added|estimated|estimates|noted|reported)\b/.test(after));
    if (/^[^A-Z]*$/.test(bare) && /[a-z]/.test(bare) && /[A-Z]/.test(m.entity.name) && !DESCRIBED.test(bare) && !spelledSo && !nationalBank) continue;
    // A later mention of an earlier party's owner, or of its child through "its" / "on", is the same actor again.
    // Only "with Sogou" / "and Sogou" makes a child a second actor beside its parent.
    const coActor = /\b(?:with|and|&)\s+(?:the\s+)?$/i.test(before) && !ITS.test(before);
    const joined = !coActor || ITS.test(before) || (lastSameActor !== null && JOINED.test(text.slice(lastSameActor.end, m.start)));
    // "ordered Douyin to pay Tencent", "approved Canal+'s takeover of MultiChoice": a side of its own, not the owner again.
    const ownSide = OWN_SIDE_CUE.test(before);
    const related = keep.some((k) => names[k] === name || (!ownSide && (isAncestor(name, names[k]!) || (joined && isAncestor(names[k]!, name)))));
    if (related && OTHER_OF_BEFORE.test(before) && OTHER_OF_AFTER.test(text.slice(m.end, m.end + 40))) {
      const listed = keep.filter((k) => isAncestor(name, names[k]!));
      if (listed.length > 0) {
        keep.splice(keep.indexOf(listed[0]!), 1, i);
        for (const k of listed.slice(1)) keep.splice(keep.indexOf(k), 1);
        continue;
      }
    }
    if (related) {
      // "JD announced that JD Logistics will …": the more specific name is the actor.
      const parent = keep.findIndex((k) => isAncestor(names[k]!, name));
      // Only when nothing else is named between them: "Tencent said Douyin had grabbed WeChat data" is Tencent's claim.
      const from = parent >= 0 ? matches[keep[parent]!]!.end : 0;
      const owner = parent >= 0 ? names[keep[parent]!]! : "";
      const alone = !matches.some((x, j) => x.start >= from && x.end <= m.start && names[j] !== owner && !isAncestor(owner, names[j]!));
      // "KDDI and NTT Docomo said their payment services, au PAY and d Payment, will …": the
      // services named in apposition are the actors.
      // Not a child named as an object ("announced a cap on any app's share of UPI").
      // "confirmed that the search box of Weixin is testing …" names the child as the subject all the same.
      const object = /\b(?:of|on|in|into|to|for|with|from|via|through|across)\s+(?:the\s+)?$/i.test(before) && !/\bthat\s+(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+$/i.test(before);
      // "NAPAS connected VietQR with Thailand's PromptPay": the owner's system it connects is the side.
      const connected = CONNECTS_ITS.test(text.slice(from, m.start)) && CONNECTED_WITH.test(text.slice(m.end, m.end + 40));
      const through = THROUGH_CHILD_GAP.test(text.slice(from, m.start)) && THROUGH_CHILD_AFTER.test(text.slice(m.end, m.end + 20));
      // "Google pays Samsung to preinstall the Gemini app": the owner's product named as what the act moves is the side.
      const product = /\b(?:pre-?install|install|add|put|integrat|embed|bundl|ship|distribut|carr(?:y|ie)|promot)\w*\s+the\s+$/i.test(before) && (/\s(?:app|wallet|assistant|chatbot)$/i.test(m.surface) || /^\s+(?:app|wallet|assistant|chatbot|models?)\b/i.test(text.slice(m.end, m.end + 15)));
      // "Samsung will let visitors add Visa cards to Samsung Wallet": the wallet cards are added to is the side.
      const cardsInto = /\s(?:Wallet|Pay)$/.test(m.surface) && CARDS_ADDED_TO.test(text.slice(Math.max(0, m.start - 120), m.start));
      // "Safaricom and MTN switched on transfers from M-Pesa in Kenya to MTN Mobile Money": the systems money moves between are the sides.
      const flow = registry.get(name)?.kind !== "company" && MONEY_FLOW.test(text.slice(Math.max(0, m.start - 100), m.start));
      if (parent >= 0 && ((alone && !object && (SPECIFIC_AFTER.test(text.slice(from, m.start)) || connected || through)) || product || cardsInto || flow || APPOSED_CHILD.test(text.slice(Math.max(0, m.start - 90), m.start)))) keep[parent] = i;
      lastSameActor = m;
      continue;
    }
    keep.push(i);
  }
  const out: PartyMention[] = keep.map((i) => {
    const m = matches[i]!;
    return { name: names[i]!, kind: registry.get(names[i]!)?.kind ?? m.entity.kind, start: m.start, end: m.end, unknown: false };
  });
  out.push(...longer, ...unknownOrgs(text, [...out, ...matches, ...longer], registry));
  return out.sort((a, b) => a.start - b.start);
}
