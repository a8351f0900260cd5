// Short names two organisations share: "MoMo" is Vietnam's wallet in the registry, but MTN's in a
// story about MTN, because the registry spells MTN's as "MTN MoMo". An article that names the
// owner, and names the other holder of the short name no other way, reads the short name as the
// owner's.
import type { EntityRegistry, LocalName } from "./entities.ts";
import { groupOf } from "./groups.ts";
import type { Entity, EntityMatch } from "./types.ts";
import { isCountry, placeOrCommonWord } from "./unknown-orgs.ts";
import { escapeRegExp } from "./normalize.ts";

interface Sense {
  /** The short name ("MoMo"). */
  short: string;
  /** The registry entity the short name means alone (MoMo, the Vietnamese wallet). */
  usual: Entity;
  /** The group whose naming in an article makes the short name its own ("MTN Group"). */
  ownerGroup: string;
  /** What the short name means in such an article (the entity spelt "MTN MoMo"). */
  meant: Entity;
}

/** How far (in characters) before the short name its owner must be named, once. */
const OWNER_REACH = 40;

/** A table built once per registry (the shared registry is long-lived; articles only read it). */
export function perRegistry<T>(build: (registry: EntityRegistry) => T): (registry: EntityRegistry) => T {
  const cache = new WeakMap<EntityRegistry, T>();
  return (registry) => {
    let table = cache.get(registry);
    if (table === undefined) {
      table = build(registry);
      cache.set(registry, table);
    }
    return table;
  };
}

/** Every "<owner> <short>" spelling whose short part alone names an unrelated entity. */
const sensesOf = perRegistry((registry): Sense[] => {
  const out: Sense[] = [];
  for (const meant of registry.all()) {
    const group = groupOf(meant.name, registry);
    for (const spelling of [meant.name, ...meant.aliases]) {
      const words = spelling.split(/\s+/);
      for (let k = 1; k <= 2 && k < words.length && words.length <= 4; k++) {
        const short = words.slice(-k).join(" ");
        const usual = registry.get(short);
        const owner = registry.get(words.slice(0, -k).join(" "));
        if (!usual || !owner || usual === meant || groupOf(usual.name, registry) === group || groupOf(owner.name, registry) !== group) continue;
        out.push({ short, usual, ownerGroup: group, meant });
      }
    }
  }
  return out;
});

/** Whether the short name stands as a word of its own ("X", not the X of "Xbox"). */
function wordAt(text: string, short: string): boolean {
  for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[i + short.length] ?? "")) return true;
  }
  return false;
}

/** The short names this article reads as its named owner's, as spellings for the registry's article view. */
export function senseNames(text: string, registry: EntityRegistry): LocalName[] {
  const senses = sensesOf(registry).filter((s) => wordAt(text, s.short));
  if (senses.length === 0) return [];
  const matches = registry.match(text);
  const groups = new Set(matches.map((m) => groupOf(m.entity.name, registry)));
  const out: LocalName[] = [];
  for (const s of senses) {
    // The usual holder named in full ("the MoMo e-wallet", "M_Service") keeps the short name.
    const usualGroup = groupOf(s.usual.name, registry);
    const usualNamed = matches.some((m) => groupOf(m.entity.name, registry) === usualGroup && m.surface !== s.short);
    // The short name told beside its owner at least once ("MTN's yellow MoMo codes", "MTN Mobile Money (MoMo)").
    const shorts = matches.filter((m) => m.entity === s.usual && m.surface === s.short);
    // So is one the article spells whole, owner and all, at least once ("Bolt switched on MTN MoMo payments").
    const spelledWhole = matches.some((m) => m.entity === s.meant && m.surface.endsWith(` ${s.short}`));
    const besideOwner = spelledWhole || shorts.some((m) => matches.some((o) => groupOf(o.entity.name, registry) === s.ownerGroup && o.end <= m.start && m.start - o.end <= OWNER_REACH));
    if (!groups.has(s.ownerGroup) || usualNamed || !besideOwner || out.some((o) => o.spellings.includes(s.short))) continue;
    out.push({ entity: s.meant, spellings: [s.short] });
  }
  return out;
}

// Words that, after a registry name, make another organisation's name ("Octopus Energy", "Epic Systems").
export const OTHER_TRADE =
  /^\s+(?:Energy|Bank|Capital|Media|Games|Gaming|Studios|Entertainment|Airlines|Airways|Motors|Insurance|Securities|Financial|Foods|Retail|Software|Systems|Broadband|Hotels|Resorts|Pharma|Healthcare|Electric|Power|Oil|Steel|Airport|Railways?)\b/;

/**
 * "Epic Systems … sued Epic": an article that names an organisation the registry lacks by a
 * registry name and a trade word, and never names the registry's holder otherwise, means that
 * organisation by the bare name too.
 */
// A capitalised word before a trade word: without one, an article has no such name to look for.
const TRADE_NAMED = new RegExp(`[A-Z][\\w.&'’-]*${OTHER_TRADE.source.slice(1)}`);

export function tradeNames(text: string, registry: EntityRegistry): LocalName[] {
  if (!TRADE_NAMED.test(text)) return [];
  const matches = registry.match(text);
  const out: LocalName[] = [];
  const named = (group: string, except: string) => matches.some((o) => o.surface !== except && groupOf(o.entity.name, registry) === group);
  for (const m of matches) {
    // The full name is either matched whole ("Epic Systems" in the registry) or is a registry name
    // followed by a trade word ("Octopus Energy" when the registry lacked it).
    const whole = /\s/.test(m.surface) ? OTHER_TRADE.exec(` ${m.surface.split(/\s+/).at(-1)}`) : null;
    const short = whole ? m.surface.replace(/\s+\S+$/, "") : m.surface;
    const tail = whole ? null : OTHER_TRADE.exec(text.slice(m.end, m.end + 30));
    if ((!whole && !tail) || !/^[A-Z]/.test(short)) continue;
    const usual = whole ? registry.get(short) : m.entity;
    if (!usual || out.some((o) => o.spellings.includes(short))) continue;
    const entity: Entity = whole ? m.entity : (registry.get(`${short}${tail![0]}`) ?? { name: `${short}${tail![0]}`, kind: "unknown", aliases: [] });
    if (entity === usual || groupOf(entity.name, registry) === groupOf(usual.name, registry)) continue;
    // The registry's holder of the bare name named some other way ("Epic Games") keeps it.
    out.push({ entity, spellings: named(groupOf(usual.name, registry), short) ? [] : [short] });
  }
  return out;
}

// Places a group names its national units after ("Orange Côte d'Ivoire", "Vodafone Egypt", "MTN Uganda").
const PLACE =
  /^(?:Côte d['’]Ivoire|Cote d['’]Ivoire|Ivory Coast|Senegal|Mali|Burkina Faso|Guinea|Cameroon|Niger|Nigeria|Ghana|Liberia|Sierra Leone|Benin|Togo|Kenya|Uganda|Tanzania|Rwanda|Burundi|Zambia|Malawi|Mozambique|Madagascar|Botswana|Namibia|Zimbabwe|South Africa|Lesotho|Eswatini|Ethiopia|Somalia|Sudan|South Sudan|Egypt|Morocco|Algeria|Tunisia|Libya|Jordan|Iraq|Qatar|Oman|Kuwait|Bahrain|Saudi Arabia|UAE|Turkey|Georgia|Armenia|Azerbaijan|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Ukraine|Poland|Romania|Moldova|Latvia|Lithuania|Estonia|Finland|Sweden|Norway|Denmark|Spain|Italy|Germany|France|Belgium|Netherlands|Portugal|Greece|Czechia|Hungary|Slovakia|Ireland|UK|India|Pakistan|Bangladesh|Sri Lanka|Nepal|Myanmar|Cambodia|Laos|Vietnam|Thailand|Malaysia|Singapore|Indonesia|Philippines|Japan|Korea|Taiwan|Hong Kong|Macau|Australia|New Zealand|NZ|Fiji|Papua New Guinea|Mexico|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panama|Colombia|Venezuela|Ecuador|Peru|Bolivia|Chile|Argentina|Uruguay|Paraguay|Brazil|Canada|USA|US)$/;

interface Unit {
  unit: Entity;
  /** The entity the bare prefix names elsewhere: the unit's group, or a namesake ("InstaPay"). */
  base: string;
  /** The group's name the unit's spelling starts with ("Orange"). */
  prefix: string;
  /** The unit's spellings that are that name and a place ("Orange Côte d'Ivoire"). */
  spellings: string[];
  /** For a namesake of another country's system, the place its name ends in ("Egypt"). */
  place?: string;
}

/** Every entity spelt as its parent's name and a place. */
const unitsOf = perRegistry((registry): Unit[] => {
  const out: Unit[] = [];
  for (const unit of registry.all()) {
    const parent = registry.parentOf(unit.name);
    for (const prefix of parent ? [parent.name, ...parent.aliases] : []) {
      const spellings = [unit.name, ...unit.aliases].filter((s) => s.startsWith(`${prefix} `) && PLACE.test(s.slice(prefix.length + 1)));
      if (spellings.length > 0) out.push({ unit, base: parent!.name, prefix, spellings });
    }
    // "InstaPay Egypt" beside the Philippines' "InstaPay": a country's own system named after
    // another's is that country's wherever the article names it in full. Not for public bodies:
    // "Bank Negara" alone is Malaysia's central bank even beside "Bank Negara Indonesia".
    // Another group's entity a spelling's words before its last k (a place) name, if any.
    const namesakeOf = (words: string[], k: number): Entity | undefined => {
      const namesake = words.length > k && PLACE.test(words.slice(-k).join(" ")) ? registry.get(words.slice(0, -k).join(" ")) : undefined;
      const apart = namesake && namesake !== unit && namesake.kind !== "regulator" && unit.kind !== "regulator" && namesake.name !== parent?.name && groupOf(namesake.name, registry) !== groupOf(unit.name, registry);
      return apart ? namesake : undefined;
    };
    const words = unit.name.split(" ");
    for (const k of [1, 2]) {
      const prefix = words.slice(0, -k).join(" ");
      const namesake = namesakeOf(words, k);
      // "Spark New Zealand … Spark, meanwhile, signed up with Lynk Global", "Tet" in a story set in
      // Latvia: a business named after its country, in a story set there, goes by its first word
      // alone, written so, when that word names nothing else and is no common word.
      const byCountry = (k === 2 && words.length === 3) || (k === 1 && words.length === 2 && !GENERIC_TAIL.test(prefix) && !placeOrCommonWord(prefix));
      if (!registry.get(prefix) && byCountry && unit.kind !== "regulator" && unit.kind !== "institution" && PLACE.test(words.slice(-k).join(" ")) && /^[A-Z][a-z]+$/.test(prefix)) {
        out.push({ unit, base: unit.name, prefix, spellings: [unit.name], place: words.slice(-k).join(" ") });
      }
      if (namesake) {
        // Its other spellings that carry the namesake's name whole ("Egypt's InstaPay", "Egyptian InstaPay") name it in full too.
        const carrying = new RegExp(`(?:^|\\s)${escapeRegExp(prefix)}(?:$|\\s)`);
        out.push({ unit, base: namesake.name, prefix, spellings: [unit.name, ...unit.aliases.filter((a) => a !== prefix && carrying.test(a))], place: words.slice(-k).join(" ") });
      }
    }
    // "Sky NZ" (Sky Network Television) beside Comcast's "Sky": a company another spelling of which
    // is a namesake's name and a place goes by that name where the article spells it so.
    for (const alias of unit.aliases) {
      const parts = alias.split(" ");
      for (const k of [1, 2]) {
        const prefix = parts.slice(0, -k).join(" ");
        const namesake = namesakeOf(parts, k);
        if (!namesake) continue;
        if (!out.some((u) => u.unit === unit && u.prefix === prefix)) out.push({ unit, base: namesake.name, prefix, spellings: [alias] });
      }
    }
  }
  return out;
});

/**
 * A group's national unit named in full makes the group's bare name that unit for the rest of the
 * article ("Orange Côte d'Ivoire … Orange cut the channels"), when the article names one unit only.
 */
export function unitNames(text: string, registry: EntityRegistry): LocalName[] {
  // "InstaPay" in a story that names Egypt (or "Egyptian") is Egypt's InstaPay, named in full or not.
  const placed = (u: Unit) => u.place !== undefined && text.includes(u.place) && text.includes(u.prefix);
  const named = unitsOf(registry).filter((u) => u.spellings.some((s) => text.includes(s)) || placed(u));
  const unlisted = unlistedUnits(text, registry);
  if (named.length === 0 && unlisted.length === 0) return [];
  const out: LocalName[] = [];
  for (const u of named) {
    if (named.some((o) => o.base === u.base && o.unit !== u.unit) || out.some((o) => o.entity === u.unit)) continue;
    out.push({ entity: u.unit, spellings: [u.prefix], ...(u.place !== undefined ? { exact: true } : {}) });
  }
  // A unit the registry lacks is known by its full name only: stories name the group "MTN" as
  // often as the unit.
  for (const u of unlisted) out.push({ entity: u.unit, spellings: [] });
  return out;
}

// "Vodafone Oman" where the registry lists other Vodafone units ("Vodafone Egypt") but not this
// one: a unit the registry lacks, named by the same pattern, not the group itself.
const unlistedPattern = perRegistry((registry): RegExp | null => {
  const prefixes = [...new Set(unitsOf(registry).map((u) => u.prefix))].filter((p) => /^[\p{L}\p{N}][\p{L}\p{N} &.'’-]*$/u.test(p));
  if (prefixes.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(${prefixes.map(escapeRegExp).join("|")}) ${PLACE.source.slice(1, -1)}(?![\\p{L}\\p{N}'’-])`, "gu");
});

function unlistedUnits(text: string, registry: EntityRegistry): Unit[] {
  const pattern = unlistedPattern(registry);
  if (!pattern) return [];
  const out: Unit[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[0];
    if (registry.get(name) || out.some((u) => u.unit.name === name)) continue;
    const group = registry.get(m[1]!);
    if (!group) continue;
    out.push({ unit: { name, kind: group.kind, parent: group.name, aliases: [] }, base: group.name, prefix: m[1]!, spellings: [name] });
  }
  return out;
}

// Where a story is set, by the words that place it, for a legislature it calls just "Parliament".
const PARLIAMENT_OF: [string, RegExp][] = [
  ["UK Parliament", /\b(?:UK|U\.K\.|Britain|British|England|London|Ofcom|CMA)\b/],
  ["Parliament of Australia", /\b(?:Australia|Australian|Canberra|Sydney|Melbourne|ACCC)\b/],
  ["Parliament of Canada", /\b(?:Canada|Canadian|Ottawa|Toronto|Montreal)\b/],
  ["Parliament of India", /\b(?:India|Indian|New Delhi|Delhi|Mumbai)\b/],
];

/** "Parliament passed the act": the one legislature of the country the article is set in. */
export function parliamentNames(text: string, registry: EntityRegistry): LocalName[] {
  if (!/\bParliament\b(?!\s+of\b)/.test(text)) return [];
  const placed = PARLIAMENT_OF.filter(([, where]) => where.test(text));
  const entity = placed.length === 1 ? registry.get(placed[0]![0]) : undefined;
  return entity ? [{ entity, spellings: ["Parliament"] }] : [];
}

/**
 * "South Korea's Fair Trade Commission … the commission has gone after": a story that names one
 * commission of its own, and the European Commission by no other name, means that one by "the
 * commission" (the registry reads it as Brussels').
 */
export function commissionNames(text: string, registry: EntityRegistry): LocalName[] {
  if (!/\bthe commission\b/i.test(text)) return [];
  const found = registry.match(text).filter((m) => m.entity.kind === "regulator");
  const europe = found.some((m) => (m.entity.name === "European Commission" || m.entity.name === "European Union") && !/^the commission$/i.test(m.surface));
  const own = [...new Set(found.filter((m) => m.entity.name !== "European Commission" && /\bCommission\b/.test(`${m.entity.name} ${m.surface}`)).map((m) => m.entity.name))];
  return !europe && own.length === 1 ? [{ entity: registry.get(own[0]!)!, spellings: ["the commission"] }] : [];
}

// Names public bodies share across countries, each written without its country ("the Competition
// Commission"): how a story writes one alone, and how a registry spelling places one.
const GENERIC_BODIES = ["Competition Commission", "National Competition Commission", "Fair Trade Commission", "Competition Authority", "Communications Authority", "Competition Bureau", "Competition Committee", "transport ministry", "communications ministry", "finance ministry", "trade ministry", "Ministry of Health", "Ministry of Information and Communications", "Ministry of Communications", "Ministry of Transport", "Ministry of Industry and Trade", "Ministry of Finance"].map((body) => ({
  body,
  // "the competition committee" is written in lower case as often as not.
  alone: new RegExp(`\\b[Tt]he (?:${body}|${body.toLowerCase()})\\b(?!\\s+of\\b)`),
  placed: new RegExp(`^(?:The\\s+)?([A-Z][\\w'’ ]*?)\\s+${body}$|^${body} of (?:the\\s+)?([A-Z][\\w ]*)$`),
}));

// Where each such body the registry lists sits, from its own spellings: "Hong Kong Competition
// Commission", "Competition Commission of India", "Taiwan Fair Trade Commission".
const bodyPlaces = perRegistry((registry) => {
  const out: { body: string; entity: Entity; place: RegExp }[] = [];
  for (const e of registry.all()) {
    if (e.kind !== "regulator") continue;
    for (const spelling of [e.name, ...e.aliases]) {
      for (const { body, placed } of GENERIC_BODIES) {
        const place = placed.exec(spelling);
        // "Japan's transport ministry" places the ministry in Japan.
        const where = (place?.[1] ?? place?.[2])?.replace(/['’]s$/, "");
        if (where) out.push({ body, entity: e, place: new RegExp(`\\b${where.replace(/\s+/g, "\\s+")}`) });
      }
    }
  }
  return out;
});

/**
 * "Keeta filed a complaint with the Competition Commission" in a story about Hong Kong: a body
 * written only by a name bodies of many countries share is that of the one place the story names
 * whose body of that name the registry lists.
 */
export function genericBodyNames(text: string, registry: EntityRegistry): LocalName[] {
  const out: LocalName[] = [];
  for (const { body, alone } of GENERIC_BODIES) {
    if (!alone.test(text)) continue;
    const meant = new Set(bodyPlaces(registry).filter((b) => b.body === body && b.place.test(text)).map((b) => b.entity));
    if (meant.size === 1) out.push({ entity: [...meant][0]!, spellings: [...new Set([body, body.toLowerCase()])] });
  }
  return out;
}

// "Rice Hoyo (米哈游)": an English rendering with the Chinese name in brackets after it.
const GLOSSED = /((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s*[(（]([\u3400-\u9fff]{2,12})[)）]/g;

/**
 * "Rice Hoyo (米哈游) … Rice Hoyo announced": a translation the registry lacks, glossed once with
 * a Chinese name it knows, is that entity wherever the article writes it again.
 */
export function glossNames(text: string, registry: EntityRegistry): LocalName[] {
  if (!/[(（][\u3400-\u9fff]/.test(text)) return [];
  const out: LocalName[] = [];
  for (const m of text.matchAll(GLOSSED)) {
    const english = m[1]!.replace(/^(?:The|A|An|In|On|At|By|For|From|With|And|But|As|Since|Both)\s+/, "");
    // "Central Bank of Nigeria (尼日利亚央行)": the end of a longer name is no rendering of its own.
    if (/\b[A-Z][\w.-]*\s+(?:of|for|and|de|on|&)\s+$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const entity = registry.get(m[2]!);
    if (!entity || out.some((o) => o.spellings[0] === english)) continue;
    // "Tencent Yuan Treasure (腾讯元宝)": a rendering that names only the owner of what the gloss names is still the product's.
    if (registry.match(english).some((i) => !registry.ancestors(entity.name).includes(i.entity.name))) continue;
    out.push({ entity, spellings: [english] });
  }
  return out;
}

// The registry's "<ACRONYM> <country>" names by their acronym, per registry: "IPS" → IPS Serbia.
const countryAcronymIndex = new WeakMap<EntityRegistry, { acronym: string; country: string; entity: Entity }[]>();

function countryAcronymsOf(registry: EntityRegistry): { acronym: string; country: string; entity: Entity }[] {
  let index = countryAcronymIndex.get(registry);
  if (!index) {
    index = [];
    for (const entity of registry.all()) {
      const words = entity.name.split(" ");
      for (const k of [1, 2]) {
        const acronym = words.slice(0, -k).join(" ");
        const country = words.slice(-k).join(" ");
        if (words.length > k && /^[A-Z][A-Z0-9&]{1,5}$/.test(acronym) && isCountry(country) && !registry.get(acronym)) index.push({ acronym, country, entity });
      }
    }
    countryAcronymIndex.set(registry, index);
  }
  return index;
}

/**
 * "an IPS QR code" in a story that names Serbia: an acronym the registry knows only as
 * "<acronym> <country>" is that country's, in an article naming that country and no other such.
 */
export function countryAcronyms(text: string, registry: EntityRegistry): LocalName[] {
  const byAcronym = new Map<string, Entity[]>();
  for (const { acronym, country, entity } of countryAcronymsOf(registry)) {
    if (!text.includes(country) || !new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "u").test(text)) continue;
    byAcronym.set(acronym, [...(byAcronym.get(acronym) ?? []), entity]);
  }
  return [...byAcronym].filter(([, es]) => es.length === 1).map(([acronym, [e]]) => ({ entity: { ...e!, aliases: [...e!.aliases] }, spellings: [acronym] }));
}

// "Amazon Bedrock … put its models on Bedrock": a product spelt as its owner's name and one more
// word goes by that word alone once the article has named it in full, when the word names nothing
// else, is capitalised where it stands alone and is not a common word the article writes in lower case.
const TAIL = /^(?:\S+\s+){1,2}(\p{Lu}[\p{L}\p{N}-]{3,})$/u;
// Words products share with ordinary speech or with each other: alone they name no product.
const GENERIC_TAIL =
  /^(?:Air|Cash|Wallet|Pay|Payment|Payments|Money|Cloud|Maps?|Music|Photos|Health|Post|Logistics|Securities|International|Premium|Marketplace|Mobility|Eats|Video|Videos|Search|Store|Shop|Mall|Ads|Plus|Prime|Bank|Banking|Finance|Express|Mobile|Travel|Games?|Takeaway|Delivery|Taxi|Drive|Mail|News|Books|Pictures|Studios|Sports|Live|Life|Connect|Assistant|Business|Services?|Platform|Network|Media|Digital|Online|Group|Teams|Office|Home|Work|Chat|Messenger|Wallets|Card|Cards|Points|Rewards|Go|One|Entertainment|Perú|Brasil|México|España|Deutschland|Italia|Türkiye)$/;

/** The last words of the owner-named products this article names in full, as their short names. */
export function productTails(text: string, registry: EntityRegistry, matches: EntityMatch[]): LocalName[] {
  const out: LocalName[] = [];
  for (const m of matches) {
    const tail = TAIL.exec(m.surface)?.[1];
    if (!tail || out.some((o) => o.spellings[0] === tail) || GENERIC_TAIL.test(tail) || registry.get(tail) || placeOrCommonWord(tail) || isCountry(tail)) continue;
    const ownerWords = m.surface.slice(0, -tail.length).trim();
    const owner = registry.get(ownerWords);
    if (!owner || owner === m.entity || groupOf(owner.name, registry) !== groupOf(m.entity.name, registry)) continue;
    const word = escapeRegExp(tail);
    // Standing alone: not after the owner's words, and never written in lower case.
    const alone = new RegExp(`(?<![\\p{L}\\p{N}-])(?<!${escapeRegExp(ownerWords)}\\s)${word}(?![\\p{L}\\p{N}-])`, "u");
    if (!alone.test(text) || new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text)) continue;
    out.push({ entity: m.entity, spellings: [tail] });
  }
  return out;
}

// "DeepSeek's R1 model", "xAI's Grok 3 models": a version its maker's possessive introduces is that
// maker's in the rest of the article ("Microsoft added R1 to its catalogue"). Bare versions are
// never registry aliases, as they are shared across makers; one article names only one "R1".
const VERSION_OF = /(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2})['’]s\s+((?=[\w.-]*\d)[A-Z][\w.-]{0,9}(?:\s+\d[\w.]*)?)\s+(?:(?:reasoning|language|AI|open-source|open-weight)\s+)?(?:models?|chatbot|assistant|LLM)\b/gu;

/** Model versions named by their maker's possessive, as that maker's names. */
export function versionNames(text: string, registry: EntityRegistry): LocalName[] {
  const out: LocalName[] = [];
  for (const m of text.matchAll(VERSION_OF)) {
    // "When DeepSeek's": the maker is the longest tail of the capitalised words the registry knows.
    const words = m[1]!.split(/\s+/);
    const owner = words.map((_, i) => registry.get(words.slice(i).join(" "))).find((e) => e !== undefined);
    const version = m[2]!;
    if (!owner || registry.get(version) || out.some((o) => o.spellings[0] === version)) continue;
    out.push({ entity: owner, spellings: [version], exact: true });
  }
  return out;
}
