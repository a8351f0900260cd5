// Who a speaker is: whether a phrase is a person's name, and the role and affiliation in the
// words around it — an appositive after it ("Li Si, a senior analyst at Example Research,") or a
// pre-modifier before it ("Example Consulting analyst Zhang San", "Google's vice president of
// policy Wilson White"). Pure string work over the quote lexicon, testable on a phrase.
import type { EntityRegistry } from "./entities.ts";
import { type QuoteLexicon, quoteLexicon } from "./quote-lexicon.ts";

// A school, department, institute or centre of a university or academy: the speaker's affiliation
// is the institution ("Law School of Zhejiang University" → "Zhejiang University").
const UNIT_OF = /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,5}(?:School|College|Faculty|Department|Institute|Center|Centre|Laboratory|Lab|Programme|Program)\b.*?\s(?:of|at)\s+(?:the\s+)?/u;
const INSTITUTION = /^(?:[\p{Lu}][\p{L}&.-]*\s+){0,4}(?:University|Universidad|Universidade|Université|Universität|Università|Academy)(?!\p{L})/u;

/** The institution a unit belongs to, or the affiliation unchanged. */
export function institutionOf(affiliation: string): string {
  if (!UNIT_OF.test(affiliation)) return affiliation;
  // The earliest "of"/"at" after which an institution's name begins.
  for (const m of affiliation.matchAll(/\s(?:of|at)\s+(?:the\s+)?/g)) {
    const rest = affiliation.slice(m.index + m[0].length);
    if (INSTITUTION.test(rest)) return rest;
  }
  return affiliation;
}

/** What an appositive says about a speaker. */
export interface SpeakerRole {
  /** "senior analyst", "CEO and chief analyst", or null when the phrase names no role. */
  role: string | null;
  /** The organisation ("Example Research"), or null. */
  affiliation: string | null;
  /** True when the phrase says "our" (the publisher's own analyst): the caller knows who "we" are. */
  ours?: boolean;
}

const OURS = /(?:^|\s)our\s/i;

/** Marks a parsed role as the publisher's own when the phrase says "our". */
function withOurs(role: SpeakerRole, phrase: string): SpeakerRole {
  // "our European payments analyst": "European" describes the analyst; "our" names the employer.
  return OURS.test(` ${phrase} `) ? { ...role, affiliation: null, ours: true } : role;
}

const NONE: SpeakerRole = { role: null, affiliation: null };
// Lower-case words allowed inside an organisation's name ("Institute of Digital Economy").
const ORG_GLUE = new Set(["of", "and", "for", "the", "&", "on", "de"]);
const ARTICLE = /^(?:a|an|the|our|their|its)\s+/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** True when every content word of `text` is capitalised (an organisation or place name). */
export function isCapitalisedPhrase(text: string): boolean {
  const ws = words(text.replace(ARTICLE, ""));
  if (ws.length === 0) return false;
  if (!/^[\p{Lu}\d]/u.test(ws[0]!)) return false;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || ORG_GLUE.has(w.toLowerCase()));
}

/** True when the phrase contains a role word ("analyst", "head", "CEO"). */
export function hasRoleWord(text: string, lex: QuoteLexicon): boolean {
  return words(text.toLowerCase()).some((w) => lex.roleWords.has(w.replace(/[^\p{L}-]/gu, "")));
}

/** Whether a comma-separated segment after a name reads as an appositive about that person. */
export function looksAppositive(segment: string, lex: QuoteLexicon): boolean {
  const s = segment.trim();
  if (s === "") return false;
  if (/^who\s/i.test(s)) return true;
  // "Wang Qiang, a rider in Shenzhen, said": after a person's name, a noun phrase with an article
  // describes the person, whatever the noun ("a rider", "a friend who sells tea").
  if (/^(?:a|an)\s+\p{Ll}/u.test(s)) return true;
  if (/^[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*)*['’]s\s/u.test(s)) return hasRoleWord(s, lex);
  const body = s.replace(ARTICLE, "");
  const firstWords = words(body).slice(0, 4).join(" ");
  return hasRoleWord(firstWords, lex);
}

// An organisation's name: capitalised words, the first perhaps a lower-case brand ("bKash", "eMedia").
const ORG = String.raw`(?:\p{Ll}{1,2})?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*)*`;
// "SAMR's anti-monopoly enforcement bureau", "Keeta's Brazil business".
const OWNED_UNIT = new RegExp(String.raw`^(${ORG})['’]s\s+\S`, "u");
// "Google's vice president of government affairs", "bKash's head of corporate affairs".
const OWNER_POSSESSIVE = new RegExp(String.raw`^(?:the\s+)?(${ORG})['’]s\s+(.+)$`, "u");
// "who runs Spotify's partnerships in Europe", "who chairs the Association of Independent Publishers".
const WHO_RUNS = new RegExp(String.raw`^who\s+(?:runs|heads|leads|chairs|oversees|manages|directs)\s+(?:the\s+)?(?:(${ORG})['’]s\s|((?:\p{Lu}[\p{L}\d.&-]*)(?:\s+(?:\p{Lu}[\p{L}\d.&-]*|of|for|and|&))*)\s*$)`, "u");
// "senior analyst at Example Research"; "a deputy director in Bank Indonesia's payment system
// department": a unit of the body (not "in Beijing's Chaoyang district").
const ROLE_AT = new RegExp(
  String.raw`^(.+?)\s+(?:at|with|in(?=\s+(?:the\s+)?${ORG}['’]s\s+(?:[\p{L}-]+\s+){0,4}(?:department|division|unit|team|office|bureau|directorate|arm|business|section)\b))\s+(?:the\s+)?(.+)$`,
  "u",
);

// An organisation ends before a location ("Example Securities in Shanghai") or a trailing clause.
// Only a capitalised phrase names an organisation ("a streaming company" does not).
function trimAffiliation(text: string, lex: QuoteLexicon): string | null {
  let a = text.trim().replace(/[.,;:"”’]+$/, "");
  a = a.replace(ARTICLE, "");
  // "SAMR's anti-monopoly enforcement bureau", "Keeta's Brazil business": the organisation owns the unit.
  const owner = OWNED_UNIT.exec(a);
  if (owner) return owner[1]!;
  const cut = a.search(/\s(?:in|based in|who|whose|which|that|said|says|and a|and the)\s/);
  if (cut > 0) a = a.slice(0, cut);
  a = a.trim();
  // "the trade newsletter Example Screen Japan", "the consultancy Example Partners": a kind of
  // organisation in lower case, then its name.
  const named = /^(?:[\p{Ll}-]+\s+){1,3}((?:\p{Lu}[\p{L}\d.&-]*)(?:\s+(?:\p{Lu}[\p{L}\d.&-]*|of|for|and|&))*)$/u.exec(a);
  if (named && !/^(?:of|at|for|with|from|and|in|on)\s/.test(a)) a = named[1]!;
  // "Cairo-based Nile Delta Securities": where a body sits is no part of its name.
  a = a.replace(BASED_IN, "");
  // "with 1.2 million subscribers" counts followers, it names no organisation; nor does "a Hangzhou
  // e-commerce firm" (a place and a kind of business) or "Nigerian" (a nationality).
  if (a === "" || !/^\p{Lu}/u.test(a) || describesPerson(a, lex)) return null;
  const ws = a.split(/\s+/);
  const lower = ws.findIndex((w) => /^\p{Ll}/u.test(w) && !AFFILIATION_GLUE.test(w));
  if (lower < 0) return a;
  // "a Hangzhou e-commerce firm" is a kind of business; "Istanbul law firm Example Hukuk" ends in its
  // name; "Kuaishou e-commerce" is Kuaishou's unit.
  if (KIND_OF_BUSINESS.test(ws.at(-1)!)) return null;
  const tail = /(?:^|\s)((?:\p{Lu}[\p{L}\d.&-]*\s*)+)$/u.exec(a)?.[1]?.trim();
  return tail && a.length > tail.length && !/\s(?:of|at|for)\s+$/.test(a.slice(0, a.length - tail.length)) ? tail : a;
}

// A unit named before its owner: "Africa business of Ant International", "hotel business unit of Ctrip".
const UNIT_OWNER = /^(?:[\p{L}-]+\s+){0,4}(?:business|businesses|branch|division|unit|department|operations|arm|team|office|center|centre|subsidiary)\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}.*)$/u;

const BASED_IN = /^(?:\p{Lu}[\p{L}'’.]*\s+){0,2}\p{Lu}[\p{L}'’.]*-based\s*/u;

const KIND_OF_BUSINESS = /^(?:firm|company|start-?up|label|agency|consultancy|maker|operator|retailer|provider|brand|studio|shop|chain|group|business|platform|app|fintech|brokerage|broker|lender|bank|market|restaurant|store|supermarket|hospital|clinic|newspaper|website|publisher|developer|network|factory)s?$/;

// Small words an organisation's name carries in lower case ("Institute of Competition Policy", "Autorité de la concurrence").
const AFFILIATION_GLUE = /^(?:of|for|and|on|the|de|del|della|dei|degli|delle|di|du|des|la|le|el|los|las|da|do|dos|das|der|van|von|für|und|et|y|&|in)$/;
// Words that describe a person, not the body they work for; places and nationalities are the
// lexicon's list ("Nigerian", "South Korean", "Berlin").
const NOT_AN_ORGANISATION = /^(?:Industry|Independent|Assistant|Presiding|Senior|Chief|Former|Deputy|Acting|Retired|Veteran|Local|Regional|\d[\w-]*)$/u;

function describesPerson(text: string, lex: QuoteLexicon): boolean {
  return NOT_AN_ORGANISATION.test(text) || lex.places.has(text.replace(/^(?:South|North)\s+/, "").toLowerCase());
}

// A role ends where a relative clause starts ("a product manager I used to work with").
function cleanRole(text: string): string | null {
  const r = text
    .trim()
    .replace(/^(?:a|an|the|our|their|its|his|her|my)\s+/i, "")
    .replace(/^[a-z]+['’]s\s+/, "")
    .replace(/\s+(?:I|we|you|he|she|they|who|whom|that|which)\s.*$/, "")
    .replace(/[.,;:]+$/, "")
    .trim();
  return r === "" ? null : r;
}

/** The leading capitalised run of a phrase ("Kuaishou e-commerce" → "Kuaishou"). */
function leadingName(text: string): string | null {
  const ws = words(text.replace(ARTICLE, ""));
  const out: string[] = [];
  for (const w of ws) {
    if (/^[\p{Lu}\d]/u.test(w)) out.push(w);
    else break;
  }
  return out.length > 0 ? out.join(" ") : null;
}

/**
 * Parses the appositive segments after a name. `segments` are the comma-separated pieces between
 * the name and the verb (or the end); later pieces that are bare organisation names continue the
 * affiliation ("president of Example Institute, Example University").
 */
export function parseAppositive(segments: string[], lex: QuoteLexicon): SpeakerRole {
  return withOurs(withoutPlace(parseAppositiveText(segments, lex), lex), segments[0] ?? "");
}

// An administrative area's last word ("Yuhang District"); not "City" or "Island", which end company names too.
const AREA_END = /^(?:District|Province|Prefecture|County|Municipality)$/;

/** "a Berlin lawyer", "in Yuhang District, Hangzhou": a place written as the whole affiliation says where, not whom. */
function withoutPlace(role: SpeakerRole, lex: QuoteLexicon): SpeakerRole {
  const parts = role.affiliation?.split(/,\s*/) ?? [];
  const place = (p: string) => lex.places.has(p.toLowerCase()) || (/\s/.test(p) && AREA_END.test(p.split(/\s+/).at(-1)!));
  return parts.length > 0 && parts.every(place) ? { ...role, affiliation: null } : role;
}

function parseAppositiveText(segments: string[], lex: QuoteLexicon): SpeakerRole {
  const first = segments[0]?.trim() ?? "";
  if (first === "") return NONE;
  const extra = segments
    .slice(1)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const continuation = extra.length > 0 && extra.every((s) => isCapitalisedPhrase(s)) ? extra.join(", ") : null;
  const withMore = (aff: string | null) => {
    if (aff === null) return continuation;
    return continuation ? `${aff}, ${continuation}` : aff;
  };
  // "who heads research at X" / "who is a senior analyst at X"
  const who = /^who\s+(?:is|was)\s+(.*)$/i.exec(first);
  if (who) return parseAppositiveText([who[1]!, ...extra], lex);
  const heads = /^who\s+(?:heads|leads)\s+(.+?)(?:\s+(?:at|of|for)\s+(.+))?$/i.exec(first);
  if (heads) return { role: `head of ${heads[1]}`, affiliation: withMore(heads[2] ? trimAffiliation(heads[2], lex) : null) };
  const runs = WHO_RUNS.exec(first);
  if (runs) return { role: null, affiliation: withMore(runs[1] ?? trimAffiliation(runs[2]!, lex)) };
  if (/^who\s/i.test(first)) {
    // "who covers internet stocks at Example Bank": no role, but the organisation is clear.
    const org = /\s(?:at|for|with)\s+(?:the\s+)?([\p{Lu}].*)$/u.exec(first);
    const aff = org ? trimAffiliation(org[1]!, lex) : null;
    return { role: null, affiliation: aff && isCapitalisedPhrase(aff) ? withMore(aff) : null };
  }
  const poss = OWNER_POSSESSIVE.exec(first);
  if (poss && hasRoleWord(poss[2]!, lex)) return { role: cleanRole(poss[2]!), affiliation: withMore(poss[1]!) };
  const body = first.replace(ARTICLE, "");
  const at = ROLE_AT.exec(body);
  if (at && hasRoleWord(at[1]!, lex)) return { role: cleanRole(at[1]!), affiliation: withMore(trimAffiliation(at[2]!, lex)) };
  // "president of Example Institute" / "deputy director of the Example Center"
  const of = /^(.+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$/.exec(body);
  // Not through a relative clause: "a producer whose company makes dramas for Youku" works for no Youku.
  if (of && hasRoleWord(of[1]!, lex) && !/\bwhose\b/.test(of[1]!)) {
    // "general manager of the Southeast Asia branch of UnionPay International": the body owning the unit.
    const owner = UNIT_OWNER.exec(of[2]!);
    const ownerName = owner ? trimAffiliation(owner[1]!, lex) : null;
    if (ownerName && isCapitalisedPhrase(ownerName)) return { role: cleanRole(of[1]!), affiliation: withMore(ownerName) };
    const object = trimAffiliation(of[2]!, lex);
    if (object && isCapitalisedPhrase(object)) return { role: cleanRole(of[1]!), affiliation: withMore(object) };
    // "vice president of Kuaishou e-commerce": the organisation is the name inside the phrase.
    if (object) return { role: cleanRole(body), affiliation: withMore(leadingName(object)) };
  }
  // "Example Consulting analyst" (organisation before the role)
  const pre = parsePremodifierText(body, lex);
  if (pre.role) return { role: pre.role, affiliation: withMore(pre.affiliation) };
  if (hasRoleWord(body, lex)) return { role: cleanRole(body), affiliation: continuation };
  return NONE;
}

/**
 * Parses words before a name: "Example Consulting analyst" → analyst at Example Consulting;
 * "Epic's chief executive" → chief executive at Epic; "industry commissioner" → role only.
 */
export function parsePremodifier(text: string, lex: QuoteLexicon): SpeakerRole {
  return withOurs(withoutPlace(parsePremodifierText(text.replace(/^\s*our\s+/i, ""), lex), lex), text);
}

function parsePremodifierText(text: string, lex: QuoteLexicon): SpeakerRole {
  const t = text.trim().replace(/[,]+$/, "");
  if (t === "" || !hasRoleWord(t, lex)) return NONE;
  const poss = OWNER_POSSESSIVE.exec(t);
  if (poss) return { role: cleanRole(poss[2]!), affiliation: poss[1]! };
  const ws = words(t.replace(ARTICLE, ""));
  const org: string[] = [];
  let i = 0;
  // Capitalised words that are not themselves role words name the organisation.
  // "a Bank of Ghana official": small words inside a name ("of", "de") belong to it.
  while (i < ws.length && (/^[\p{Lu}\d]/u.test(ws[i]!) || (org.length > 0 && AFFILIATION_GLUE.test(ws[i]!) && /^\p{Lu}/u.test(ws[i + 1] ?? ""))) && !lex.roleWords.has(ws[i]!.toLowerCase())) org.push(ws[i++]!);
  const rest = ws.slice(i).join(" ");
  if (rest === "" || !hasRoleWord(rest, lex)) return NONE;
  const at = /^(.+?)\s+(?:at|of)\s+(.+)$/.exec(rest);
  if (org.length === 0 && at && isCapitalisedPhrase(at[2]!)) return { role: cleanRole(at[1]!), affiliation: trimAffiliation(at[2]!, lex) };
  // "a Douala-based trader", "a 27-year-old driver", "Independent analyst": words that describe the person, not a body.
  const body = org.filter((w) => !/-based$/.test(w)).join(" ");
  return { role: cleanRole(rest), affiliation: body !== "" && !describesPerson(body, lex) ? body : null };
}

/** State that carries across the sentences of one article. */
export interface SpeakerMemory {
  /** Full names met so far, with what is known of them. */
  known: Map<string, SpeakerRole>;
  /** The most recent named speaker, for "he said" and "in his opinion". */
  last: string | null;
  /** Who "our analyst" works for: the organisation in a report header ("Example Research | ..."). */
  publisher: string | null;
  /** Every full name the article writes, introduced or not ("Josée Mbuyi has sold fish … Mbuyi said"); read only when a surname alone needs it. */
  written?: () => readonly string[];
}

function isNameWord(w: string, lex: QuoteLexicon): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true; // an initial ("John A. Smith")
  if (!/^[\p{Lu}][\p{L}'’-]*$/u.test(w) || /['’]s$/.test(w)) return false;
  const l = w.toLowerCase();
  return !lex.notNameWords.has(l) && !lex.orgWords.has(l) && !lex.roleWords.has(l);
}

// "Ho Chi Minh City", "Gyeonggi Province": a place, whatever its words look like.
const PLACE_END = /^(?:City|Province|Prefecture|District|County|Street|Road|Avenue|Square|Island|Islands|Valley|Bay|Region|Municipality)$/;

/**
 * Reads a person's name that is the whole of `phrase` (after honorifics). One word is accepted
 * only when it is the surname or given name of a speaker already met, or a pronoun.
 */
export function personName(phrase: string, registry: EntityRegistry, memory: SpeakerMemory, lex = quoteLexicon()): string | null {
  let ws = phrase.trim().replace(/[.,;:]+$/, "").split(/\s+/).filter(Boolean);
  const titled = ws.length > 1 && lex.honorifics.has(ws[0]!.toLowerCase().replace(/\.$/, ""));
  while (ws.length > 0 && lex.honorifics.has(ws[0]!.toLowerCase().replace(/\.$/, ""))) ws = ws.slice(1);
  if (ws.length === 1 && lex.pronouns.has(ws[0]!.toLowerCase())) return memory.last;
  if (ws.length === 0 || ws.length > 4) return null;
  // "He Jing": a surname that is also a common word ("He") counts when more of the name follows.
  const surnameFirst = (w: string, i: number) => i === 0 && ws.length > 1 && lex.surnames.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(w);
  if (!ws.every((w, i) => isNameWord(w, lex) || surnameFirst(w, i) || (i > 0 && i < ws.length - 1 && lex.nameParticles.has(w)))) return null;
  // "a shipping unit in Ho Chi Minh City said": a place's name is no one's.
  if (ws.length > 1 && PLACE_END.test(ws[ws.length - 1]!)) return null;
  const name = ws.join(" ");
  // "Mr. Wang" is a person even when the article never gave the full name.
  if (ws.length === 1) return resolveShort(name, memory) ?? (titled ? name : null);
  if (memory.known.has(name)) return name;
  // A registry entity inside the phrase makes it an organisation or product, not a person; an
  // organisation the article was only guessed to name ("Maria Lopez opened her stall …" read as a
  // business acting) does not.
  // A known one-word name that is the given name of the two ("Maya Feldstein") is not one.
  if (registry.match(name).some((m) => m.entity.kind !== "unknown" && !(m.start === 0 && m.end === ws[0]!.length && registry.surnameAfter(ws[1]!)))) return null;
  return name;
}

/** A bare name that reads as a person's: a title before it, or a common surname first or last. */
export function personLike(name: string, phrase: string, lex: QuoteLexicon): boolean {
  const ws = name.split(" ");
  if (ws.length === 1) return lex.honorifics.has(phrase.trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, ""));
  return lex.surnames.has(ws[0]!.toLowerCase()) || lex.surnames.has(ws[ws.length - 1]!.toLowerCase());
}

/** The latest full name met that contains the word ("Zhang" → "Zhang San"); else the one full name the article writes with it. */
function resolveShort(word: string, memory: SpeakerMemory): string | null {
  let found: string | null = null;
  for (const full of memory.known.keys()) if (full.split(" ").includes(word)) found = full;
  if (found) return found;
  const written = new Set(memory.written?.().filter((full) => full.split(" ").includes(word)));
  return written.size === 1 ? [...written][0]! : null;
}

/** The full names of people an article writes: two or three name words that name nothing in the registry. */
export function writtenNames(text: string, registry: EntityRegistry, lex = quoteLexicon()): string[] {
  const out = new Set<string>();
  let named: { start: number; end: number }[] | undefined;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}\p{N}])/gu)) {
    // "Juliana Castro's restaurant" writes the name too; "When Eline Bakker joined" writes "Eline Bakker".
    let ws = m[0].replace(/['’]s$/, "").split(/\s+/);
    while (ws.length > 2 && lex.notNameWords.has(ws[0]!.toLowerCase())) ws = ws.slice(1);
    const name = ws.join(" ");
    const start = m.index + m[0].indexOf(ws[0]!);
    if (!lex.honorifics.has(ws[0]!.toLowerCase()) && ws.every((w) => isNameWord(w, lex))) {
      named ??= registry.match(text);
      if (!named.some((r) => r.start < start + name.length && r.end > start)) out.add(name);
    }
  }
  return [...out];
}

/** Records what is known of a speaker, merging with what was known before; returns the merged role. */
export function remember(memory: SpeakerMemory, name: string, role: SpeakerRole, registry?: EntityRegistry): SpeakerRole {
  const prev = memory.known.get(name);
  if (role.affiliation) role = { ...role, affiliation: institutionOf(role.affiliation) };
  if (role.ours) role = { role: role.role, affiliation: memory.publisher };
  // An affiliation the registry knows is given by its canonical name ("Epic" → "Epic Games").
  if (role.affiliation && registry) role = { ...role, affiliation: registry.get(role.affiliation)?.name ?? role.affiliation };
  const merged = { role: role.role ?? prev?.role ?? null, affiliation: role.affiliation ?? prev?.affiliation ?? null };
  memory.known.set(name, merged);
  memory.last = name;
  return merged;
}
