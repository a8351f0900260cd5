// The entity registry (data/entities.yaml) and the matcher that finds its entities in text.
// Names and aliases are indexed as token sequences in one trie over normalised text, so a
// match walks each token once: left to right, longest match, non-overlapping. Latin tokens are
// whole words (no match inside "Alipayment"); CJK characters are tokens of their own, so
// Chinese names match with no boundary at all.
import { resolve } from "node:path";
import { z } from "zod";
import { packageRoot } from "../config.ts";
import { parseYamlText, readDataFile } from "../data-file.ts";
import { WallwatchError } from "../errors.ts";
import { casedKey, normalizeKey, stripCorporateSuffixes, type Token, tokenize } from "./normalize.ts";
import type { Entity, EntityMatch } from "./types.ts";

const entitySchema = z
  .object({
    name: z.string().trim().min(1),
    kind: z.enum(["company", "platform", "product", "regulator", "institution", "unknown"]),
    parent: z.string().trim().min(1).optional(),
    aliases: z.array(z.string().trim().min(1)).default([]),
    exactCase: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

const fileSchema = z.object({ entities: z.array(z.unknown()) }).strict();

/** One way of writing an entity, as indexed in the trie. */
interface Spelling {
  entity: Entity;
  /** When set, the surface must have exactly this cased key. */
  exact?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  spellings?: Spelling[];
  /** Next tokens a name may reach across punctuation, because a spelling has it there ("Communications, Space and …"). */
  across?: Set<string>;
}

function registryError(message: string): WallwatchError {
  return new WallwatchError("config.invalid", message);
}

// Suffix tokens a match may swallow when written with a capital ("Alibaba Group Holding Ltd.").
const SUFFIX_WORDS = new Set(["inc", "co", "ltd", "limited", "group", "corp", "corporation", "holding", "holdings", "plc", "llc"]);

// Characters a spelling may carry that the matcher drops: a one-word alias with them matches the bare word.
const SHRINKS = /[^\p{L}\p{N}\p{M}\s.'’+-]/u;

// Punctuation between two tokens that ends a name: commas, semicolons, brackets, quotes and a
// full stop before a space ("Ping. An"), but not the dot inside "JD.com" nor after an initial ("S.F. Express").
const BREAK = /[,;:!?()[\]"“”、，。；：（）]/;
const breaksName = (text: string, before: Token, after: Token): boolean => {
  const gap = text.slice(before.end, after.start);
  return BREAK.test(gap) || (/\.\s/.test(gap) && before.end - before.start > 1);
};

/** A name an article defines for itself ("the Ligue de Football Professionnel (LFP)"). */
export interface LocalName {
  /** A registry entity, or a new one the article alone knows. */
  entity: Entity;
  /** The spellings that mean it in this article. */
  spellings: string[];
  /** The spellings name a term of the article ("mobile termination rate (MTR)"), so no party at all. */
  term?: boolean;
  /** The spellings match only as written: "Click" in a story set in Uzbekistan, not "click". */
  exact?: boolean;
}

/** Names known only while one article is read: a small trie beside the registry's. */
interface LocalIndex {
  root: TrieNode;
  byKey: Map<string, Entity>;
  /** Entities that stand for an article's terms: where one matches, nothing is named. */
  terms: Set<Entity>;
}

export class EntityRegistry {
  private readonly byName = new Map<string, Entity>();
  private readonly byKey = new Map<string, Entity>();
  private readonly children = new Map<string, Entity[]>();
  private readonly root: TrieNode = { next: new Map() };
  private local?: LocalIndex;
  /** Surnames of people the article introduces ("Hela Ben Salah, a baker"): no organisation there. */
  people?: ReadonlySet<string>;

  /** Builds and validates a registry; throws one WallwatchError listing every problem, one per line. */
  constructor(entities: Entity[], source = "entities") {
    const problems: string[] = [];
    for (const e of entities) {
      if (this.byName.has(e.name)) problems.push(`${source}: duplicate entity name '${e.name}'`);
      else this.byName.set(e.name, e);
    }
    for (const e of entities) {
      if (e.parent === undefined) continue;
      if (!this.byName.has(e.parent)) problems.push(`${source}: '${e.name}': unknown parent '${e.parent}'`);
      else if (e.parent === e.name) problems.push(`${source}: '${e.name}': is its own parent`);
      else this.children.set(e.parent, [...(this.children.get(e.parent) ?? []), e]);
    }
    for (const e of this.byName.values()) {
      if (this.hasCycle(e.name)) problems.push(`${source}: '${e.name}': parent chain loops back to itself`);
    }
    if (problems.length === 0) this.index(entities, source, problems);
    if (problems.length > 0) throw registryError([...new Set(problems)].join("\n"));
  }

  /** Reads and validates a YAML registry file (`entities:` list). */
  static fromFile(path: string): EntityRegistry {
    const raw = parseYamlText(readDataFile(path, "entities"), "entities", path);
    const file = fileSchema.safeParse(raw);
    if (!file.success) throw registryError(`entities: ${path}: expected a top-level 'entities:' list`);
    const problems: string[] = [];
    const entities: Entity[] = [];
    file.data.entities.forEach((item, i) => {
      const parsed = entitySchema.safeParse(item);
      if (parsed.success) {
        entities.push(parsed.data);
        return;
      }
      const label = typeof (item as { name?: unknown })?.name === "string" ? ` (${(item as { name: string }).name})` : "";
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join(".") : "(entry)";
        problems.push(`entities: ${path}: entry ${i + 1}${label}: ${field}: ${issue.message}`);
      }
    });
    if (problems.length > 0) throw registryError(problems.join("\n"));
    return new EntityRegistry(entities, `entities: ${path}`);
  }

  all(): Entity[] {
    return [...this.byName.values()];
  }

  /**
   * This registry plus names one article defines: they match and resolve while that article is
   * read, and win over the registry's own senses of the same spelling. The view shares the
   * registry's indexes (prototype chain), so making one costs only the article's few names.
   */
  withLocalNames(names: LocalName[]): EntityRegistry {
    if (names.length === 0) return this;
    const view = Object.create(this) as EntityRegistry;
    const local: LocalIndex = { root: { next: new Map() }, byKey: new Map(), terms: new Set() };
    for (const { entity, spellings, term, exact } of names) {
      if (term) {
        local.terms.add(entity);
        for (const spelling of spellings) this.insert(normalizeKey(spelling), { entity }, spelling, local.root);
        continue;
      }
      for (const spelling of [entity.name, ...spellings]) {
        const key = normalizeKey(spelling);
        if (!key || local.byKey.has(key)) continue;
        local.byKey.set(key, entity);
        this.insert(key, { entity, ...(exact && spelling !== entity.name ? { exact: casedKey(spelling) } : {}) }, spelling, local.root);
      }
    }
    view.local = local;
    return view;
  }

  /** This registry as one article reads it, knowing the surnames of the people it introduces. */
  withPeople(people: ReadonlySet<string>): EntityRegistry {
    if (people.size === 0) return this;
    const view = Object.create(this) as EntityRegistry;
    view.people = people;
    return view;
  }

  /** Looks up by canonical name or any alias, ignoring case, width, punctuation and corporate suffixes. */
  get(nameOrAlias: string): Entity | undefined {
    const local = this.local?.byKey.get(normalizeKey(nameOrAlias));
    if (local) return local;
    const exact = this.byName.get(nameOrAlias);
    if (exact) return exact;
    const key = normalizeKey(nameOrAlias);
    return this.byKey.get(key) ?? this.byKey.get(stripCorporateSuffixes(key));
  }

  /** Finds registry entities in text: left to right, longest match, non-overlapping. */
  match(text: string): EntityMatch[] {
    const tokens = tokenize(text);
    const out: EntityMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const general = this.longest(this.root, text, tokens, i);
      const own = this.local ? this.longest(this.local.root, text, tokens, i) : null;
      // The article's own name wins a tie: its "LFP" is the league it defined.
      const best = own && (!general || own.end >= general.end) ? own : general;
      if (!best) {
        i++;
        continue;
      }
      if ((best === own && this.local!.terms.has(best.entity)) || givenNamePart(text, tokens[i]!, tokens[best.end]!) || (best.end === i && this.givenNameOf(text, tokens, i))) {
        i = best.end + 1;
        continue;
      }
      let end = best.end;
      // Swallow capitalised corporate suffixes so "Tencent Holdings Ltd." is one mention.
      while (end + 1 < tokens.length && !breaksName(text, tokens[end]!, tokens[end + 1]!) && SUFFIX_WORDS.has(tokens[end + 1]!.text) && /^[A-Z]/.test(tokens[end + 1]!.cased)) end++;
      const start = tokens[i]!.start;
      const stop = tokens[end]!.end;
      out.push({ entity: best.entity, start, end: stop, surface: text.slice(start, stop) });
      i = end + 1;
    }
    return out;
  }

  /**
   * "said Maya Feldstein, a media analyst", "Maya Sari, a payments analyst at …": a one-word name
   * (the Maya wallet) followed by a surname the registry does not start and then by who the person
   * is, or after "said", is someone's given name.
   */
  private givenNameOf(text: string, tokens: Token[], i: number): boolean {
    const next = tokens[i + 1];
    if (!next || text.slice(tokens[i]!.end, next.start) !== " " || !SURNAME_SHAPED.test(text.slice(next.start, next.end)) || ORG_WORD.test(next.cased)) return false;
    if (this.longest(this.root, text, tokens, i + 1)) return false;
    return PERSON_AFTER.test(text.slice(next.end, next.end + 60)) || SAID_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start));
  }

  /** "Feldstein" after "Maya": a word shaped as a surname, no business word and no start of a known name. */
  surnameAfter(word: string): boolean {
    return SURNAME_SHAPED.test(word) && !ORG_WORD.test(word) && this.match(word).length === 0;
  }

  /** The longest name in a trie that starts at token i. */
  private longest(root: TrieNode, text: string, tokens: Token[], i: number): { end: number; entity: Entity } | null {
    let node: TrieNode | undefined = root;
    let best: { end: number; entity: Entity } | null = null;
    for (let j = i; j < tokens.length; j++) {
      // A name never runs across a clause break: "Gu Ping, an analyst" is not "Ping An".
      if (j > i && breaksName(text, tokens[j - 1]!, tokens[j]!) && !node.across?.has(tokens[j]!.text)) break;
      node = node.next.get(tokens[j]!.text);
      if (!node) break;
      if (node.spellings) {
        const entity = this.pick(node.spellings, tokens, i, j);
        if (entity) best = { end: j, entity };
      }
    }
    return best;
  }

  parentOf(name: string): Entity | undefined {
    const e = this.get(name);
    return e?.parent ? this.byName.get(e.parent) : undefined;
  }

  /** Canonical names of the parent, grandparent, … (nearest first). */
  ancestors(name: string): string[] {
    const out: string[] = [];
    let e = this.get(name);
    while (e?.parent) {
      out.push(e.parent);
      e = this.byName.get(e.parent);
    }
    return out;
  }

  /** Canonical names of all children, transitively (breadth first). */
  descendants(name: string): string[] {
    const e = this.get(name);
    if (!e) return [];
    const out: string[] = [];
    const queue = [e.name];
    while (queue.length > 0) {
      for (const child of this.children.get(queue.shift()!) ?? []) {
        out.push(child.name);
        queue.push(child.name);
      }
    }
    return out;
  }

  /** The top-most ancestor's canonical name, or the entity's own (or the input when unknown). */
  group(name: string): string {
    const chain = this.ancestors(name);
    return chain.length > 0 ? chain[chain.length - 1]! : (this.get(name)?.name ?? name);
  }

  private hasCycle(name: string): boolean {
    const seen = new Set<string>();
    let cur = this.byName.get(name);
    while (cur?.parent) {
      if (seen.has(cur.name)) return true;
      seen.add(cur.name);
      cur = this.byName.get(cur.parent);
    }
    return false;
  }

  private related(a: Entity, b: Entity): boolean {
    return a === b || this.ancestors(a.name).includes(b.name) || this.ancestors(b.name).includes(a.name);
  }

  private index(entities: Entity[], source: string, problems: string[]): void {
    // Canonical names first so an alias never shadows another entity's own name.
    const owners = new Map<string, { entity: Entity; spelling: string }>();
    const add = (e: Entity, spelling: string) => {
      const key = normalizeKey(spelling);
      if (!key) {
        problems.push(`${source}: '${e.name}': alias '${spelling}' has no letters or digits`);
        return;
      }
      // "life:)" would match every "life", "e&" every "e": punctuation the matcher drops must not
      // leave an alias that is one ordinary word unless it matches only as written.
      const plain = (a: string) => !SHRINKS.test(a) && normalizeKey(a) === key;
      if (!key.includes(" ") && SHRINKS.test(spelling) && !(e.exactCase ?? []).includes(spelling) && ![e.name, ...e.aliases].some(plain)) {
        problems.push(`${source}: '${e.name}': alias '${spelling}' matches as the bare word '${key}'; drop the punctuation or list it in exactCase`);
        return;
      }
      const prev = owners.get(key);
      if (prev && prev.entity !== e) {
        if (!this.related(prev.entity, e)) {
          problems.push(`${source}: alias '${spelling}' of '${e.name}' clashes with '${prev.spelling}' of '${prev.entity.name}'`);
        }
        // Between related entities the first owner (a canonical name, else the earlier entry) keeps it.
        return;
      }
      if (prev) return;
      owners.set(key, { entity: e, spelling });
      this.byKey.set(key, e);
    };
    for (const e of entities) add(e, e.name);
    for (const e of entities) for (const a of e.aliases) add(e, a);
    for (const e of entities) {
      const exact = new Set((e.exactCase ?? []).map(casedKey));
      for (const x of e.exactCase ?? []) {
        if (normalizeKey(x) !== normalizeKey(e.name) && !e.aliases.some((a) => normalizeKey(a) === normalizeKey(x))) {
          problems.push(`${source}: '${e.name}': exactCase '${x}' is not its name or one of its aliases`);
        }
      }
      for (const spelling of [e.name, ...e.aliases]) {
        const key = normalizeKey(spelling);
        if (owners.get(key)?.entity !== e) continue;
        const ck = casedKey(spelling);
        this.insert(key, { entity: e, exact: exact.has(ck) ? ck : undefined }, spelling);
      }
    }
  }

  private insert(key: string, spelling: Spelling, written: string, root = this.root): void {
    let node = root;
    const parts = tokenize(written);
    for (const [k, tok] of key.split(" ").entries()) {
      const before = parts[k - 1];
      const here = parts[k];
      if (before && here && BREAK.test(written.slice(before.end, here.start))) {
        node.across ??= new Set();
        node.across.add(tok);
      }
      let next = node.next.get(tok);
      if (!next) {
        next = { next: new Map() };
        node.next.set(tok, next);
      }
      node = next;
    }
    // The same key can carry several case forms of one entity ("LINE" exact, "Line Corp" not).
    const list = node.spellings ?? [];
    if (!list.some((s) => s.exact === spelling.exact)) list.push(spelling);
    node.spellings = list;
  }

  private pick(spellings: Spelling[], tokens: Token[], from: number, to: number): Entity | undefined {
    let cased: string | undefined;
    for (const s of spellings) {
      if (s.exact === undefined) return s.entity;
      cased ??= tokens
        .slice(from, to + 1)
        .map((t) => t.cased)
        .join(" ");
      if (cased === s.exact) return s.entity;
    }
    return undefined;
  }
}

let shared: EntityRegistry | undefined;

/** The registry shipped in data/entities.yaml, loaded once. */
export function defaultRegistry(): EntityRegistry {
  shared ??= EntityRegistry.fromFile(resolve(packageRoot, "data/entities.yaml"));
  return shared;
}

const SURNAME_SHAPED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
// Words that continue a name of a business, not a surname ("Maya Bank", "Mi Store").
const ORG_WORD = /^(?:Pay|Bank|Banking|Group|Wallet|Mobile|Money|Cash|Business|Card|Cards|Store|Shop|Cloud|Music|Games?|Maps?|Express|Mall|Connect|Plus|Pro|Lite|Go|Live|Center|Centre|Digital|Tech|Technology|Technologies|Labs?|Media|Network|Networks|Services?|Finance|Financial|Capital|Ventures|Partners|Holdings|International|Global|Online|Telecom|Mart|Market|Credit|Savings|Securities|Insurance|Life|Health|Home|Auto|Air|Airways|Energy|Foods?|Studios?|Pictures|Records|Entertainment|Sports|News|TV|Radio)$/;
// ", a media analyst", ", who runs …", ", head of …", ", the bank's chief …": who the person is.
const PERSON_AFTER = /^,\s+(?:a|an|the|who|whose|one of|head|chief|director|founder|co-founder|partner|analyst|professor|economist|lawyer|spokes(?:man|woman|person)|[a-z]+ (?:at|of|for|with) )\b/;
const SAID_BEFORE = /\b(?:said|says|told|according to|added|wrote|argued|believes|thinks)\s+$/;

// "Jung Mi-ran", "Park Mi-na": a short name (Xiaomi's "Mi") that is the first half of a hyphenated
// given name after a surname names no entity. "Ali-owned" or "Mi-branded" still do.
function givenNamePart(text: string, first: Token, last: Token): boolean {
  if (first !== last || last.end - first.start > 3) return false;
  const rest = /^-(\p{Ll}{2,5})(?!\p{L})/u.exec(text.slice(last.end));
  return rest !== null && !/(?:ed|ing|like|style|only|run|led|made|based)$/.test(rest[1]!) && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, first.start - 20), first.start));
}
