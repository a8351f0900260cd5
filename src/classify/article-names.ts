// Names an article defines for itself: "the Ligue de Football Professionnel (LFP)" makes every
// later "LFP" (and "the league") that body, and "Hong Kong's Faster Payment System (FPS)" makes
// "FPS" the registry's system, for this article only. A bracketed acronym counts as a
// definition when its capitals are, in order, the initials of the words before it.
import type { EntityRegistry, LocalName } from "./entities.ts";
import { centralBankNames } from "./central-banks.ts";
import { commissionNames, countryAcronyms, genericBodyNames, glossNames, parliamentNames, productTails, senseNames, tradeNames, unitNames, versionNames } from "./name-senses.ts";
import { isCountry, peopleNamed, placeOrCommonWord, regulatorByName } from "./unknown-orgs.ts";
import type { Entity } from "./types.ts";
import { escapeRegExp } from "./normalize.ts";
import { type ArticleScan, scanArticle } from "./article-scan.ts";
import { cuedNames } from "./cued-names.ts";
import { nameTails } from "./name-tails.ts";


// Translated press may gloss the name in Chinese first: "Bank of Maldives (马尔代夫银行, BML)".
const ACRONYM = /[(（](?:[\u3400-\u9fff]+[,，、]\s*)?([A-Z][A-Za-z&]{0,6}[A-Z])[)）]/g;
// Small words a name carries without an initial of their own ("Autorité de la concurrence", "Internet para Todos (IpT)").
const CONNECTOR = /^(?:of|for|and|on|in|the|de|del|della|di|du|des|la|le|les|el|da|do|dos|das|e|y|et|und|für|der|van|von|para|por|pour|per|sur|al|&)$/i;
// What a longer name may run back over: words and the apostrophes inside them, not clause punctuation.
const WORDS_BEFORE = /((?:[\p{L}\p{N}][\p{L}\p{N}&'’.-]*\s+){0,11}[\p{L}\p{N}][\p{L}\p{N}&'’.-]*)\s*$/u;
// The generic noun a story calls the body by, from a word of its name in any of the languages it
// is written in: "Ligue" / "Lega" → "the league", "Collective Management Organisation" → "the collective".
// Regulators' nouns ("the commission") are left to the regulator coreference, which weighs recency.
const GENERIC: [RegExp, string][] = [
  [/^(?:league|ligue|lega|liga)$/i, "league"],
  [/^collective$/i, "collective"],
  [/^(?:alliance|allianz)$/i, "alliance"],
  [/^(?:association|associa[cç][aã]o|asociaci[oó]n|associazione)$/i, "association"],
  [/^(?:federation|f[eé]d[eé]ration|federaci[oó]n)$/i, "federation"],
  [/^consortium$/i, "consortium"],
  [/^(?:society|soci[eé]t[eé])$/i, "society"],
];

// Names of laws, rules and programmes: defined with acronyms as often as bodies are.
const DOCUMENT = /\b(?:Act|Law|Laws|Bill|Code|Rules?|Regulations?|Directive|Ordinance|Decree|Guidelines?|Standards?|Framework|Programme|Program|Plan|Initiative|Scheme|Agreement|Treaty|Convention|Protocol|Index|Report|Policy|Strategy)$/;

// A body the registry lacks is defined by a name with a word for a body in it; "Quick Response
// (QR)" or "Near Field Communication (NFC)" name technologies, not parties.
const BODY_WORD =
  /\b(?:Commission|Committee|Authority|Agency|Ministry|Department|Bureau|Office|Board|Council|Institute|Organi[sz]ation|Association|Alliance|Federation|Confederation|League|Ligue|Lega|Liga|Union|Forum|Society|Collective|Consortium|Corporation|Company|Group|Bank|Court|Tribunal|Administration|Centre|Center|Foundation|Cooperative|Coalition|Chamber|Agence|Autorit[eé]|Conseil|Comisi[oó]n|Comiss[aã]o|Associa[cç][aã]o|Asociaci[oó]n|F[eé]d[eé]ration|Federaci[oó]n)\b/;

// A payment system is a party as its operator is: "the Instant Payments System (IPS)", "Nepal's National Payment Switch (NPS)".
const PAYMENT_RAIL = /\b(?:Payments?|Transfers?|Clearing|Settlement)\s+(?:[A-Z][\w-]*\s+)?(?:System|Switch|Network|Interface|Platform|Service|Scheme)s?$/;

// An appositive after the bracket naming the kind of business the name is.
const KIND_AFTER = /^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:network|company|operator|carrier|platform|app|service|provider|firm|wallet|bank|marketplace|retailer|publisher|broadcaster|start-?up|cooperative|switch|processor|association|league|federation|body|organi[sz]ation|union|group)\b/i;

const initialOf = (word: string): string => (word.replace(/^[dl]['’]/i, "")[0] ?? "").toUpperCase();

/** The longest run of words ending the text whose initials spell the acronym, if any. */
function expansion(before: string, acronym: string): string | undefined {
  const run = WORDS_BEFORE.exec(before)?.[1];
  if (!run) return undefined;
  const words = run.split(/\s+/);
  const capitals = acronym.replace(/[^A-Z]/g, "");
  for (let from = 0; from < words.length; from++) {
    const first = words[from]!;
    if (!/^[A-Z]/.test(first) || initialOf(first) !== capitals[0] || CONNECTOR.test(first)) continue;
    const content = words.slice(from).filter((w) => !CONNECTOR.test(w));
    // Each capital is the initial of a later word, in order, and the last word is spelt too; a
    // capitalised word may go unspelt ("Press Publications'"), a lower-case one may not
    // ("Google stopped providing Google Mobile Services (GMS)" is only the last three words).
    let c = 0;
    let skipsLower = false;
    for (const w of content) {
      if (c < capitals.length && initialOf(w) === capitals[c]) c++;
      else if (!/^[A-Z]/.test(w)) skipsLower = true;
    }
    if (!skipsLower && c === capitals.length && initialOf(content.at(-1)!) === capitals.at(-1)) return words.slice(from).join(" ").replace(/['’]s$/, "");
    if (!skipsLower && spelledWithin(content, capitals)) return words.slice(from).join(" ").replace(/['’]s$/, "");
  }
  return undefined;
}

/**
 * "Television Jamaica (TVJ)", "Svensk Elitfotboll (SEF)": a word may spell a further capital from
 * a letter inside it (a compound's second part) where too few words are left to spell the rest;
 * every word spells one capital at least, by its initial.
 */
function spelledWithin(content: string[], capitals: string): boolean {
  if (content.length >= capitals.length) return false;
  let c = 0;
  for (let i = 0; i < content.length; i++) {
    const w = content[i]!;
    if (!/^[A-Z]/.test(w) || initialOf(w) !== capitals[c]) return false;
    c++;
    let at = 1;
    // The next word's initial comes first: "Svensk" has an E, but "Elitfotboll" spells it.
    while (c < capitals.length && content.length - i - 1 < capitals.length - c && (i === content.length - 1 || initialOf(content[i + 1]!) !== capitals[c])) {
      const found = w.toUpperCase().indexOf(capitals[c]!, at);
      if (found < 0) break;
      at = found + 1;
      c++;
    }
  }
  return c === capitals.length;
}

// Words any two bodies' names may share.
const GENERIC_NAME_WORD = /^(?:bank|national|central|commission|authority|agency|company|corporation|group|network|telecom|communications?|mobile|digital|payments?|services?|systems?|association|council|board|office|institute|union|international|holdings?)$/i;

/** Whether the article's expansion names another body than the registry's entity, whose own name spells the same acronym. */
function anotherExpansion(long: string, entity: Entity, acronym: string): boolean {
  const initials = entity.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !CONNECTOR.test(w)).map(initialOf).join("");
  if (initials !== acronym.replace(/[^A-Z]/g, "")) return false;
  const words = (name: string) => name.toLowerCase().split(/[\s'’-]+/).filter((w) => w && !CONNECTOR.test(w) && !GENERIC_NAME_WORD.test(w));
  const theirs = new Set([entity.name, ...entity.aliases].flatMap(words));
  return !words(long).some((w) => theirs.has(w));
}

/** The capitalised body name that ends a text ("… the Central Bank of the Argentine Republic"), if any. */
function bodyNameBefore(before: string): string | undefined {
  const words = WORDS_BEFORE.exec(before)?.[1]?.split(/\s+/) ?? [];
  let from = words.length;
  while (from > 0 && (/^[A-Z]/.test(words[from - 1]!) || CONNECTOR.test(words[from - 1]!))) from--;
  while (from < words.length && CONNECTOR.test(words[from]!)) from++;
  const name = words.slice(from).join(" ");
  return words.slice(from).filter((w) => /^[A-Z]/.test(w)).length >= 2 && BODY_WORD.test(name) ? name : undefined;
}

/** The registry as one article reads it: with the names the article defines for itself. */
export function articleRegistry(text: string, registry: EntityRegistry): EntityRegistry {
  const scan = scanArticle(text, registry);
  const defined = articleNames(text, registry);
  const names = [...defined, ...genericNouns(text, scan, defined), ...senseNames(text, registry), ...unitNames(text, registry), ...tradeNames(text, registry), ...parliamentNames(text, registry), ...commissionNames(text, registry), ...genericBodyNames(text, registry), ...glossNames(text, registry), ...shortNames(text, registry, scan), ...namesakeShortNames(registry, scan), ...kindNouns(text, registry, scan), ...nationalUnits(text, registry, scan), ...countryAcronyms(text, registry), ...productTails(text, registry, scan.matches()), ...versionNames(text, registry), ...nameTails(text, registry, scan.matches()), ...termAcronyms(text, registry), ...hereinafterNames(text, registry, scan), ...cuedNames(text, registry, scan)];
  // "The central bank" is read through the names above: "BSP" may be a story's own bank.
  const view = registry.withLocalNames(names);
  const banks = centralBankNames(text, registry, view);
  return (banks.length > 0 ? registry.withLocalNames([...names, ...banks]) : view).withPeople(peopleNamed(text));
}

/** The names an article defines with a bracketed acronym, as spellings for the registry's article view. */
export function articleNames(text: string, registry: EntityRegistry): LocalName[] {
  if (!text.includes("(") && !text.includes("（")) return [];
  const out: LocalName[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    // "the Central Bank of the Argentine Republic (BCRA)": a body's English name before the acronym
    // of its own language's name, which the registry knows.
    const long = expansion(before, acronym) ?? (registry.get(acronym) ? bodyNameBefore(before) : undefined);
    // "the Mobile Software Competition Act (MSCA)" is a law, not a party.
    if (!long || DOCUMENT.test(long)) continue;
    const known = registry.get(long) ?? wholeMatch(long, registry);
    // "Bank South Pacific (BSP)": an article's own expansion that shares no word but the generic
    // ones with the registry's (Bangko Sentral ng Pilipinas) names another body.
    const registered = registry.get(acronym);
    const byAcronym = registered && !known && anotherExpansion(long, registered, acronym) ? undefined : registered;
    // The registry knows both spellings; the article still makes "the league" that body.
    if (known && byAcronym === known) {
      if (!out.some((o) => o.entity.name === known.name)) out.push({ entity: { ...known, aliases: [...known.aliases] }, spellings: [] });
      continue;
    }
    // A body the registry knows by its acronym, written out in another wording ("Vietnam National
    // Payment Joint Stock Company (NAPAS)"), is that body; a name the registry knows gives its
    // acronym its sense here, whatever else the acronym means elsewhere.
    // "Google Mobile Services (GMS)": a thing named after a known owner is the owner's; a name that
    // merely opens with a product's word ("Operator Chmury Krajowej (OChK)") is its own.
    const owner = registry.match(long).find((x) => x.start === 0 && x.entity.kind !== "product")?.entity;
    // "Internet para Todos (IpT), a wholesale rural network": the appositive says it is a business.
    const described = KIND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    if (!known && !byAcronym && !owner && !BODY_WORD.test(long) && !PAYMENT_RAIL.test(long) && !described) continue;
    // A body only the article knows goes by its full name, which says more in a digest than letters do.
    const entity: Entity = known ?? byAcronym ?? owner ?? { name: long.replace(/^the\s+/i, ""), kind: regulatorByName(long) ? "regulator" : "unknown", aliases: [acronym] };
    if (out.some((o) => o.entity.name === entity.name)) continue;
    // Whichever of the two spellings the entity does not already go by. A registry entity is
    // copied: the generic noun this article gives it is this article's alone.
    out.push({ entity: entity.kind === "unknown" ? entity : { ...entity, aliases: [...entity.aliases] }, spellings: entity === byAcronym ? [long] : [acronym] });
  }
  addGenericNouns(out);
  // A body the registry knows under both spellings matters here only for its generic noun.
  return out.filter((n) => n.spellings.length > 0);
}

/**
 * "the mobile termination rate (MTR)": an acronym the article defines for a term in lower case
 * names no party here, whatever registry entity goes by the same letters (MTR Corporation).
 * "the unified payments interface (UPI)" is the registry's own name written small, so it stays.
 */
export function termAcronyms(text: string, registry: EntityRegistry): LocalName[] {
  if (!text.includes("(")) return [];
  const out: LocalName[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    const known = registry.get(acronym);
    if (!known) continue;
    const capitals = acronym.replace(/[^A-Z]/g, "");
    const words = (WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1] ?? "").split(/\s+/).slice(-capitals.length);
    if (words.length !== capitals.length || !words.every((w, i) => /^\p{Ll}/u.test(w) && w[0]!.toUpperCase() === capitals[i])) continue;
    const term = words.join(" ");
    if (registry.get(term) === known || out.some((o) => o.spellings[0] === acronym)) continue;
    out.push({ entity: { name: term, kind: "unknown", aliases: [] }, spellings: [acronym], term: true });
  }
  return out;
}

/** A registry entity whose one match covers the whole name ("the Faster Payment System"). */
function wholeMatch(name: string, registry: EntityRegistry) {
  const found = registry.match(name);
  return found.length === 1 && found[0]!.surface.length >= name.replace(/^the\s+/i, "").length ? found[0]!.entity : undefined;
}

/** "the league" for the one defined body whose name has a league word in it. */
function addGenericNouns(names: LocalName[]): void {
  const nounOf = (n: LocalName) =>
    n.entity.aliases
      .concat(n.entity.name)
      .flatMap((s) => s.split(/\s+/))
      .map((w) => GENERIC.find(([re]) => re.test(w))?.[1])
      .find((x) => x !== undefined);
  const nouns = names.map(nounOf);
  names.forEach((n, i) => {
    const noun = nouns[i];
    if (!noun || nouns.filter((x) => x === noun).length !== 1) return;
    n.spellings.push(`the ${noun}`);
    // Spelt so on purpose: a lower-case name is no name unless the entity is written that way.
    n.entity.aliases.push(noun);
  });
}

/**
 * "DPCMO, the organisation that negotiates … The collective already had …": a body the registry
 * knows, named in the article, is "the collective" (or "the association", "the federation") when
 * a word of its own names says so and no other body named there fits, in this article only.
 */
export function genericNouns(text: string, scan: ArticleScan, defined: LocalName[]): LocalName[] {
  const out: LocalName[] = [];
  for (const [re, noun] of GENERIC) {
    // A league is named by sport fans as often for its competition as for its body: left out.
    if (noun === "league" || !text.includes(`the ${noun}`) || defined.some((d) => d.spellings.includes(`the ${noun}`))) continue;
    const bodies = new Map<string, Entity>();
    for (const m of scan.matches()) if ([m.entity.name, ...m.entity.aliases].some((a) => a.split(/\s+/).some((w) => re.test(w)))) bodies.set(m.entity.name, m.entity);
    if (bodies.size !== 1) continue;
    const entity = [...bodies.values()][0]!;
    out.push({ entity: { ...entity, aliases: [...entity.aliases, noun] }, spellings: [`the ${noun}`] });
  }
  return out;
}

/**
 * "eGO Real Estate … through eGO's system", "Particle Health … Epic cut off Particle": a company
 * named in full and later by its first word alone is meant by that word too, in this article only.
 * The word must be no name of its own (the registry lacks it), no place or common word, and used
 * alone somewhere other than at a sentence's start, where any word has a capital. Public bodies
 * are left out: their first word is a place or a describing word ("Amsterdam District Court").
 */
export function shortNames(text: string, registry: EntityRegistry, scan = scanArticle(text, registry)): LocalName[] {
  // Most articles have no such word: one that opens a capitalised pair and also stands alone mid-sentence.
  const opening = new Set(Array.from(text.matchAll(OPENS_NAME), (m) => m[1]!));
  // Where each candidate word stands alone.
  const alone = new Map<string, number[]>();
  for (const m of text.matchAll(STANDS_ALONE)) {
    const w = m[1]!;
    if (opening.has(w) && !registry.get(w) && !placeOrCommonWord(w) && !DESCRIBING_WORD.test(w)) alone.set(w, [...(alone.get(w) ?? []), m.index]);
  }
  if (alone.size === 0) return [];
  const matches = scan.matches();
  const named = [
    ...matches.filter((m) => m.entity.kind !== "regulator" && m.entity.kind !== "institution").map((m) => ({ entity: m.entity, surface: m.surface })),
    ...scan
      .unknown()
      .filter((u) => u.kind !== "regulator")
      .map((u) => ({ entity: { name: u.name, kind: u.kind, aliases: [] } as Entity, surface: u.name })),
  ];
  const out: LocalName[] = [];
  for (const { entity, surface } of named) {
    const word = FIRST_WORD.exec(surface)?.[1];
    // The full name as the registry spells it: an alias's first word ("Ministry of …") is no short form.
    const at = word ? alone.get(word) : undefined;
    const written = text.indexOf(surface) + surface.length;
    if (!word || !at || !(entity.name.startsWith(`${word} `) || GLOSSED_AFTER.test(text.slice(written, written + 3)))) continue;
    if (out.some((o) => o.spellings[0] === word)) continue;
    // "Booking Holdings" and "Booking.com": a word two names start with is neither's.
    const holders = new Set(named.filter((n) => n.surface !== word && n.surface.startsWith(word) && !/^[\p{L}\p{N}]/u.test(n.surface.slice(word.length))).map((n) => n.entity.name));
    if (holders.size !== 1) continue;
    const literal = escapeRegExp(word);
    // A word the article also writes in lower case is a common word ("Health", "Smart").
    const common = word !== word.toLowerCase() && new RegExp(`(?<![\\p{L}\\p{N}])${literal.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text);
    // Alone, not the end of another name ("Jingdong Health and …").
    const used = at.some((i) => !matches.some((m) => m.start <= i && m.end > i));
    // A word that also ends another capitalised name ("Dana Lee" beside "Lee Energy") may be someone's surname.
    // Not an owner's possessive ("PLDT's Smart Communications") or a word opening a sentence ("For Smart, the deal …").
    const ends = new RegExp(`(?<![\\p{L}\\p{N}])(?!${OPENING_WORD}\\s)\\p{Lu}[\\p{L}'’-]*(?<!['’]s)\\s+${literal}(?![\\p{L}\\p{N}])`, "u").test(text);
    if (!common && used && !ends) out.push({ entity, spellings: [word] });
  }
  return out;
}

/**
 * "The Globe and Mail … the Globe said": a word the registry gives to another organisation (Globe
 * Telecom's "Globe"), which an article names only as the first word of an unrelated registry name,
 * is that name's short form in this article. Not when the word is the other organisation's own
 * name, nor when the article also writes it in another way, nor within one group ("Alibaba Cloud …
 * Alibaba").
 */
export function namesakeShortNames(registry: EntityRegistry, scan: ArticleScan): LocalName[] {
  const matches = scan.matches();
  const out: LocalName[] = [];
  for (const long of matches) {
    const word = NAMESAKE_FIRST_WORD.exec(long.surface)?.[1];
    const short = word ? registry.get(word) : undefined;
    // A word that is the organisation's own name ("Trendyol" beside "Trendyol Go") stays its own.
    if (!word || !short || short.name === word || short.kind === "regulator" || registry.group(short.name) === registry.group(long.entity.name)) continue;
    if (matches.some((m) => m.entity.name === short.name && m.surface.replace(/^the\s+/i, "") !== word)) continue;
    if (!out.some((o) => o.spellings[0] === word)) out.push({ entity: long.entity, spellings: [word] });
  }
  return out;
}
// The first word of a longer name, after an optional "The".
const NAMESAKE_FIRST_WORD = /^(?:The\s+)?(\p{Lu}[\p{L}-]+)\s+\S/u;

// "Drip Travel (滴滴出行) … the small program of Drip": a translated name glossed in Chinese is shortened like the registry's own.
const GLOSSED_AFTER = /^\s*[(（][\u3400-\u9fff]/;
// Capitalised words that open a sentence or a phrase and are nobody's first name.
const OPENING_WORD = "(?:For|And|But|Or|On|In|At|With|To|From|By|Of|As|So|Unlike|Like|Against|Between|Than|The|A|An|Only|Even|Both|While|When|After|Before|Since)";
const OPENS_NAME = /(?<![\p{L}\p{N}])((?:\p{Ll}{1,2})?\p{Lu}[\p{L}\p{N}&-]*)(?=\s+\p{Lu})/gu;
const STANDS_ALONE = /(?<=(?:[\p{Ll}\p{N},;:]|(?<!\p{L})(?:A|An|The))\s+)((?:\p{Ll}{1,2})?\p{Lu}[\p{L}\p{N}&-]*)(?![\p{L}\p{N}-])(?!\s+\p{Lu})/gu;
// The first word of a name whose next word is capitalised too, when it could stand for the name:
// three characters or more, with a capital at its start or just after a lower-case prefix ("eGO"),
// or two capitals ("SF" for SF Express).
const FIRST_WORD = /^((?=[\p{L}\p{N}&-]{3})(?:\p{Ll}{1,2})?\p{Lu}[\p{L}\p{N}&-]*|(?!(?:QR|AI|ID|TV|PC|OS|UI|EU|US|UK|UN|IT|HR|PR|AR|VR|NFC)\b)\p{Lu}{2})\s+\p{Lu}/u;
// Words that open the names of public bodies, leagues and media without being names of their own.
const DESCRIBING_WORD =
  /^(?:National|State|Federal|Central|Reserve|Competition|Digital|General|Supreme|High|District|Royal|United|European|International|Global|Public|Premier|Independent|Consumer|Financial|Monetary|Internet|Mobile|Payment|Payments|Telecom|Telecommunications|Communications|Media|News|Press|Electronic|Online|Open|Grupo|Group)$/;

// "the Bean Bag (豆包) mobile assistant … accounts operated by the assistant": a registry name written
// right before the kind of thing it is makes "the <kind>" that name for the rest of the article,
// when only one name is written so. Kinds that stories use for one product at a time, and payment
// systems ("its Raast instant payment system … joined the system").
const KIND_NOUN = "assistant|chatbot|agent|wallet|browser|messenger|crawler|system|switch|scheme|mission";
// Only describing words come between: "Easypaisa joined the system" does not write Easypaisa so.
const KIND_AFTER_NAME = new RegExp(String.raw`^\s*(?:[(（][^)）]{1,30}[)）]\s*)?(?:(?!(?:the|a|an|its|their|to|into|onto|with|on|in|of|for|by|from|and|or)\s)[a-z-]+\s+){0,2}?(${KIND_NOUN})\b`);
const THE_KIND = new RegExp(String.raw`\bthe (?:${KIND_NOUN})\b`);

/**
 * The brand's bare name as its national unit's, for an article that writes "<brand> <country>":
 * "Customers of M-Pesa Ethiopia … M-Pesa and telebirr users" means the unit written once in full.
 */
export function nationalUnits(text: string, registry: EntityRegistry, scan = scanArticle(text, registry)): LocalName[] {
  const out: LocalName[] = [];
  for (const m of scan.matches()) {
    const name = m.entity.name;
    const cut = name.lastIndexOf(" ");
    if (cut < 0 || !isCountry(name.slice(cut + 1)) || out.some((o) => o.entity.name === name)) continue;
    const brand = registry.get(name.slice(0, cut));
    if (brand?.name !== name.slice(0, cut) || !text.includes(brand.name)) continue;
    out.push({ entity: { ...m.entity, aliases: [...m.entity.aliases] }, spellings: [brand.name] });
  }
  return out;
}

/** "the assistant" for the one registry name an article writes as "<name> … assistant". */
export function kindNouns(text: string, registry: EntityRegistry, scan = scanArticle(text, registry)): LocalName[] {
  if (!THE_KIND.test(text)) return [];
  const byNoun = new Map<string, Entity[]>();
  for (const m of scan.matches()) {
    const noun = KIND_AFTER_NAME.exec(text.slice(m.end, m.end + 60))?.[1];
    if (!noun) continue;
    const list = byNoun.get(noun) ?? [];
    if (!list.some((e) => e.name === m.entity.name)) list.push(m.entity);
    byNoun.set(noun, list);
  }
  const out: LocalName[] = [];
  for (const [noun, list] of byNoun) {
    if (list.length !== 1 || !text.includes(`the ${noun}`)) continue;
    const entity = list[0]!;
    // A copy: the lower-case noun is this article's name for it alone.
    out.push({ entity: { ...entity, aliases: [...entity.aliases, noun] }, spellings: [`the ${noun}`] });
  }
  return out;
}

// "China Media Group (中央广播电视总台, hereinafter referred to as "the Central Station")": the name
// translated Chinese press gives a body for the rest of the article.
const HEREINAFTER = /[(（][^()（）]*?\bhereinafter(?:\s+(?:referred to as|called|abbreviated as|known as))?\s*[,:]?\s*["“]([^"”]{2,40})["”]/g;

/** Names an article gives a registry entity with "hereinafter referred to as …", for this article only. */
export function hereinafterNames(text: string, registry: EntityRegistry, scan = scanArticle(text, registry)): LocalName[] {
  if (!text.includes("hereinafter")) return [];
  const matches = scan.matches();
  const out: LocalName[] = [];
  for (const m of text.matchAll(HEREINAFTER)) {
    const named = matches.filter((x) => x.end <= m.index && m.index - x.end <= 2).at(-1)?.entity;
    const spelling = m[1]!.replace(/^the\s+/i, "");
    if (!named || registry.get(spelling) || out.some((o) => o.spellings.includes(spelling))) continue;
    out.push({ entity: { ...named, aliases: [...named.aliases] }, spellings: [spelling] });
  }
  return out;
}
