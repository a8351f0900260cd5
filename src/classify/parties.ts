// Parties of one event sentence: the registry entities it names, minus those named only to say
// who owns or backs another party ("Alibaba's Taobao", "Meituan, backed by Tencent"), plus
// organisations the registry does not know but that the sentence names as acting.
import type { EntityRegistry } from "./entities.ts";
import type { EntityKind, EntityMatch } from "./types.ts";

export interface PartyMention {
  /** Canonical name (registry), or the organisation as written when unknown. */
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** True when the registry does not know it. */
  unknown: boolean;
}

// Words after which a name only says who owns, backs or runs the party before it.
const OWNER_CUE =
  /\b(?:backed by|owned by|run by|operated by|controlled by|affiliate of|affiliated with|a unit of|an arm of|arm of|subsidiary of|stake in|shareholding in|invested in|parent|version of|counterpart of|owner of|operator of)\s+(?:\w+\s+){0,2}$/i;
const RIVAL_OF = /^['’]s\s+(?:\w+\s+)?(?:rival|competitor|peer|counterpart|challenger)s?\s+$/i;
const POSSESSIVE = /^['’]s\s+(?:[\w-]+\s+){0,4}$|^\s*(?:旗下的?|的)\s*$/;
const DEAL_OF = /\b(?:purchase|acquisition|takeover|buyout|merger|bid|investment|deal)\s+(?:of|for|in|with)\s*$/i;
// "its WeChat": a child named through a party already present is that party again.
const ITS = /\b(?:its|their|its own)\s+(?:[\w-]+\s+){0,1}$|\b(?:on|in|inside|within|via|through|of|outside|from|into|to|across)\s+(?:the\s+)?$/i;
// "filed a complaint with the Commission", "in a Beijing court": a regulator or court as the venue, not a side.
const VENUE = /\b(?:with|to|before|in|at)\s+(?:the|a)?\s*(?:[A-Z][\w-]*\s+){0,3}$/;
// "its WeChat and QQ": a name joined to one just dropped as the same actor goes with it.
const JOINED = /^\s*(?:,|and|or|, and)\s*$/;
// A regulator named by what it regulates: two or more words ending in its kind of body.
const DESCRIBED = /^\w[\w-]*\s+(?:\w[\w-]*\s+){0,3}(?:regulator|watchdog|ministry|authority|department|bureau)$/;
// Between an owner and its child: the owner only announces what the child does.
const SPECIFIC_AFTER = /\b(?:said|says|announced|announces|confirmed|stated)\b(?:[^,.]{0,40})?\s+(?:that\s+)?(?:its\s+)?$/i;
// "features similar to Douyin's", "cheaper than JD": a name held up for comparison takes no part.
const COMPARED = /\b(?:similar to|than|unlike|compared (?:with|to)|competing (?:with|against)|modell?ed on|copying|in the style of)\s+(?:the\s+|those of\s+)?$/i;
// "Under pressure from MIIT, Tencent began …": the regulator is why, not who, of the opening.
const CAUSE_CUE = /\b(?:under pressure from|at the request of|at the urging of|following (?:guidance|an order|orders) from|prompted by|pushed by)\s+(?:the\s+)?$/i;
// Words before a litigant of a court case: the side paid, sued or ruled against.
const LITIGANT_CUE = /\b(?:to pay|to compensate|sued|suing|against|in favou?r of|(?:brought|filed|lodged) by)\s+(?:the\s+)?$/i;
// "JD's announcement", "A Tencent spokesperson": the name qualifies a speaker or an act, it does not act.
const NOT_ACTOR_HEAD =
  /^(?:['’]s)?\s+(?:announcement|statement|decision|shares|stock|spokes(?:man|woman|person)|stake|shareholding|rival|chief|CEO|founder|executives?|officials?|results|earnings|revenue|comment|analysts?)\b/i;
// "on terms that NetEase called punitive": a name that only characterises something comments on it.
const CHARACTERISES = /^\s+(?:called|calls|describes|described|dubbed|dubs|labell?ed)\s+(?!(?:for|on|upon|off|in|up|out|back)\b)/i;

// Organisation-like names the registry lacks: capitalised words ending in a corporate word, or
// a Chinese name ending in 公司 / 集团.
const UNKNOWN_ORG =
  /\b((?:[A-Z][A-Za-z0-9&.-]*\s+){1,3}(?:Inc|Corp|Corporation|Co|Ltd|Limited|Group|Holdings|Technologies|Technology|Bank|Payments|Pay|Logistics|Ventures|Labs))\b\.?|([\u4e00-\u9fff]{2,10}(?:公司|集团))/g;
// A generic surface of a platform ("WeChat search", "Baidu App") is that platform as a party; a
// named arm ("Douyin e-commerce", "WeChat official accounts", "Tencent advertising") is the most
// specific party the text names, per the data/eval conventions.
const FEATURE = /^(?:search|app)$/i;
// "learned from China UnionPay that", "according to Tencent": the source of the report, not a party.
const SOURCE_CUE = /\b(?:learned from|according to|confirmed with|told by)\s+(?:the\s+)?$/i;

// "European Union regulators", "EU antitrust authorities": the regulator the body acts through.
const REGULATOR_OF = /^\s*(?:['’]s\s+)?(?:antitrust\s+|competition\s+|market\s+)?(?:regulators?|authorities|watchdogs?|enforcers?)\b/i;

/** The body's own regulator (its one direct child of kind regulator), if it has exactly one. */
function regulatorOf(name: string, registry: EntityRegistry): string | undefined {
  const direct = registry.descendants(name).filter((d) => registry.get(d)?.parent === name && registry.get(d)?.kind === "regulator");
  return direct.length === 1 ? direct[0] : undefined;
}

const OWNER_OF = /^['’]s\s+(?:parent(?:\s+company|\s+group)?|owner|parent firm)\b/i;
// "Tencent's payment arm", "Alibaba's logistics unit": the group's own child of that trade.
const ARM = /^['’]s\s+(payment|payments|logistics|advertising|ad|ads|cloud|video|music|maps?|messaging|chat|short-video|search)\s+(arm|unit|app|service|platform|business|subsidiary|network|engine)\b/i;
const ARM_NAME: Record<string, RegExp> = {
  payment: /pay/i,
  payments: /pay/i,
  logistics: /logistics|cainiao/i,
  advertising: /\bads\b|advertising|mama/i,
  ad: /\bads\b|advertising|mama/i,
  ads: /\bads\b|advertising|mama/i,
  cloud: /cloud/i,
  video: /video/i,
  music: /music/i,
  map: /\bmaps?\b|amap/i,
  maps: /\bmaps?\b|amap/i,
  // A group's flagship messenger or short-video app, not every chat product it owns.
  messaging: /^(?:WeChat|Messenger|WhatsApp|KakaoTalk|LINE)$/,
  chat: /^(?:WeChat|Messenger|WhatsApp|KakaoTalk|LINE)$/,
  "short-video": /^(?:Douyin|TikTok|Kuaishou)$/,
  search: /\bsearch\b/i,
};

/** The child a "X's payment arm" phrase means: the shortest-named descendant of that trade, if any. */
function armOf(name: string, trade: string, registry: EntityRegistry, head: string): string | undefined {
  const re = ARM_NAME[trade.toLowerCase()];
  const found = re ? registry.descendants(name).filter((d) => re.test(d)) : [];
  // A "unit", "business" or "subsidiary" is a company; an "app" or "service" is its product.
  const business = /^(?:unit|business|subsidiary)$/i.test(head);
  const rank = (d: string) => (business && registry.get(d)?.kind === "company" ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0];
}

/**
 * The canonical party for a registry name as written: a platform's generic surface ("WeChat
 * search", "the Baidu App") rolls up to the platform; a search product written by its own name
 * ("WeChat Search", "Baidu Search") is the product.
 */
export function partyName(name: string, registry: EntityRegistry, surface = ""): string {
  const parent = registry.parentOf(name);
  const generic = !/\bSearch\b/.test(surface);
  if (generic && parent && name.startsWith(`${parent.name} `) && FEATURE.test(name.slice(parent.name.length + 1))) return parent.name;
  return name;
}

// A capitalised name right after words that take an organisation as their object
// ("signed an agreement with Examplepay", "began accepting Zapcard", "sued Acme Mobile").
const AFTER_PARTY_CUE =
  /\b(?:(?:partnered|partnership|agreement|deal|cooperation|cooperated|tie-up|integrat\w*|interconnect\w*) with|accept(?:s|ed|ing)?|sued|(?:lawsuit|complaint|suit) against|opened (?:up )?(?:its \w+ )?to)\s+((?:[A-Z][\w&'.-]*)(?:\s+[A-Z][\w&'.-]*){0,2})/g;
// Further cues for an organisation the registry lacks: the owner of a platform thing ("Vine's
// access", "Maya's wallet"), a country's own service ("Thailand's PromptPay"), and the subject of
// an act ("Idealo sued", "Curve complained"). A capitalised name is at most three words.
const NAME = String.raw`([A-Z][\w&.-]*[\w&](?:\s+[A-Z][\w&.-]*[\w&]){0,2})`;
const OWNS_PLATFORM_THING = new RegExp(
  `\\b${NAME}['’]s\\s+(?:(?:own|new|main|mobile|e-)?\\s*)?(?:access|links?|apps?|mini-programs?|accounts?|APIs?|interface|wallet|e-wallet|QR codes?|store|shop|platform|network|checkout|feed|service)\\b`,
  "g",
);
// "a Substack link", "the Vine app": a platform thing named after its owner.
const NAMED_THING = new RegExp(`\\b(?:a|an|the|any)\\s+${NAME}\\s+(?:links?|posts?|apps?|mini-programs?)\\b`, "g");
const COUNTRYS_OWN = new RegExp(
  `\\b(?:Thailand|Singapore|Indonesia|Brazil|India|Japan|Korea|South Korea|Malaysia|Vietnam|the Philippines|Philippines|Germany|France|Britain|Sweden|Australia|Mexico|Argentina|Nigeria|Kenya|Turkey)['’]s\\s+${NAME}`,
  "g",
);
const ACTS_AS_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s+|\\band\\s+|\\bwhen\\s+|\\bafter\\s+|\\b(?:19|20)\\d{2}\\s+|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\\s+)${NAME}(?:,\\s+(?:the|a|an)\\s+[^,]{3,60},|,)?\\s+(?:has\\s+|had\\s+|have\\s+)?(?:(?:started|began|begun|stopped)\\s+\\w+ing|sued|countersued|accused|complained|filed|lodged|blocked|banned|barred|restricted|cut off|shut out|began accepting|started accepting|launched|signed|partnered|teamed up|opened|integrated|linked)\\b`,
  "g",
);
// Words written with a capital only because they start a sentence or are titles, not names.
const COMMON_CAPITALISED =
  /^(?:Regulators?|Officials?|Analysts?|Users?|Merchants?|Critics?|Shoppers?|Investors?|Lawmakers?|Judges?|Courts?|Companies|Company|Platforms?|Banks?|Developers?|Sellers?|Rivals?|Both|Neither|Each|Everyone|Nobody|Some|Others?|Customers?|Drivers?|Riders?|Publishers?|Brands?|Authorities|Prosecutors?|Consumers?|Operators?|Carriers?|Creators?|Streamers?|Then|Now|Later|Also|Last|Next|Earlier|Yesterday|Today|Separately|Meanwhile|However|Still|Since|After|Before|When|Once|Brussels|Washington|Seoul|Tokyo)$/;
const NOT_ORG_START = /^(?:The|A|An|This|That|Its|Their|In|On|At|For|And|But|While|According|Industry|Some|Many)\b/;
const NOT_ORG =
  /^(?:China|Chinese|Beijing|Shanghai|Shenzhen|Hong Kong|US|U\.S\.|EU|Europe|Japan|Korea|India|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It|He|She|They|We)\b/;

/** Registry parties and unknown organisations named in a sentence, in order of appearance. */
export function findParties(text: string, registry: EntityRegistry): PartyMention[] {
  const matches = registry.match(text);
  const names = matches.map((m) => {
    const name = partyName(m.entity.name, registry, m.surface);
    const after = text.slice(m.end, m.end + 40);
    const arm = ARM.exec(after);
    // "Douyin's owner filed a suit": the owner acts, named through its platform.
    const owner = OWNER_OF.test(after) ? registry.parentOf(name)?.name : undefined;
    return owner || (arm && armOf(name, arm[1]!, registry, arm[2]!)) || (REGULATOR_OF.test(after) && regulatorOf(name, registry)) || name;
  });
  const isAncestor = (a: string, of: string) => registry.ancestors(of).includes(a);
  const keep: number[] = [];
  let lastSameActor: EntityMatch | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const name = names[i]!;
    const next = matches[i + 1];
    // "Alibaba's Taobao": the owner names which Taobao, it does not act.
    // "Tencent's purchase of Sogou" is Tencent acting, not naming which Sogou.
    const between = next ? text.slice(m.end, next.start) : "";
    if (next && POSSESSIVE.test(between) && !DEAL_OF.test(between) && isAncestor(name, names[i + 1]!)) continue;
    // "Lazada's rival Shopee": the first name only says whose rival the second is.
    if (next && RIVAL_OF.test(between)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (OWNER_CUE.test(before) || SOURCE_CUE.test(before) || COMPARED.test(before) || (m.entity.kind === "regulator" && CAUSE_CUE.test(before)) || NOT_ACTOR_HEAD.test(text.slice(m.end, m.end + 20)) || CHARACTERISES.test(text.slice(m.end, m.end + 20))) continue;
    if ((m.entity.kind === "regulator" || /\bcourt\b/i.test(m.entity.name)) && VENUE.test(before)) continue;
    // Names are capitalised in Latin script; "the commission" is not the European Commission.
    // A descriptive name ("the market regulator", "internet watchdog") is written lower-case, though.
    if (/^[^A-Z]*$/.test(m.surface) && /[a-z]/.test(m.surface) && /[A-Z]/.test(m.entity.name) && !DESCRIBED.test(m.surface)) continue;
    // A later mention of an earlier party's owner, or of its child through "its" / "on", is the same actor again.
    // Only "with Sogou" / "and Sogou" makes a child a second actor beside its parent.
    const coActor = /\b(?:with|and|&)\s+(?:the\s+)?$/i.test(before) && !ITS.test(before);
    const joined = !coActor || ITS.test(before) || (lastSameActor !== null && JOINED.test(text.slice(lastSameActor.end, m.start)));
    // "ordered Douyin to pay Tencent": the payee of a ruling is a litigant, not WeChat's owner again.
    const litigant = LITIGANT_CUE.test(before);
    const related = !litigant && keep.some((k) => names[k] === name || isAncestor(name, names[k]!) || (joined && isAncestor(names[k]!, name)));
    if (related) {
      // "JD announced that JD Logistics will …": the more specific name is the actor.
      const parent = keep.findIndex((k) => isAncestor(names[k]!, name));
      // Only when nothing else is named between them: "Tencent said Douyin had grabbed WeChat data" is Tencent's claim.
      const from = parent >= 0 ? matches[keep[parent]!]!.end : 0;
      const owner = parent >= 0 ? names[keep[parent]!]! : "";
      const alone = !matches.some((x, j) => x.start >= from && x.end <= m.start && names[j] !== owner && !isAncestor(owner, names[j]!));
      if (parent >= 0 && alone && SPECIFIC_AFTER.test(text.slice(from, m.start))) keep[parent] = i;
      lastSameActor = m;
      continue;
    }
    keep.push(i);
  }
  const out: PartyMention[] = keep.map((i) => {
    const m = matches[i]!;
    return { name: names[i]!, kind: registry.get(names[i]!)?.kind ?? m.entity.kind, start: m.start, end: m.end, unknown: false };
  });
  const found: { name: string; start: number }[] = [];
  UNKNOWN_ORG.lastIndex = 0;
  for (let u = UNKNOWN_ORG.exec(text); u; u = UNKNOWN_ORG.exec(text)) found.push({ name: (u[1] ?? u[2])!.trim(), start: u.index });
  AFTER_PARTY_CUE.lastIndex = 0;
  for (let u = AFTER_PARTY_CUE.exec(text); u; u = AFTER_PARTY_CUE.exec(text)) {
    const name = u[1]!.replace(/[.']+$/, "");
    found.push({ name, start: u.index + u[0].length - u[1]!.length });
  }
  for (const cue of [OWNS_PLATFORM_THING, COUNTRYS_OWN, ACTS_AS_SUBJECT, NAMED_THING]) {
    cue.lastIndex = 0;
    for (let u = cue.exec(text); u; u = cue.exec(text)) {
      const name = u[1]!;
      if (cue !== COUNTRYS_OWN && !/\s|[A-Z].*[A-Z]|\d/.test(name.slice(1)) && COMMON_CAPITALISED.test(name)) continue;
      found.push({ name, start: u.index + u[0].indexOf(name) });
    }
  }
  for (const { name, start } of found) {
    const end = start + name.length;
    if (NOT_ORG_START.test(name) || NOT_ORG.test(name)) continue;
    if (out.some((o) => o.start < end && o.end > start)) continue;
    if (matches.some((m) => m.start < end && m.end > start)) continue;
    if (registry.get(name) || out.some((o) => o.unknown && o.name === name)) continue;
    out.push({ name, kind: "unknown", start, end, unknown: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
