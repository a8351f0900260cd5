// The word lists the quote rules work from (data/quote-lexicon.yaml), loaded and validated once.
// Lists become lower-case sets; multi-word phrases become word arrays indexed by their first word
// so matching stays a constant amount of work per token.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parseYamlText, validateData } from "../data-file.ts";
import { WallwatchError } from "../errors.ts";

const words = z.array(z.string().trim().min(1)).min(1);

const lexiconSchema = z.strictObject({
  speechVerbs: words,
  reportVerbs: words,
  sourcePhrases: words,
  viewNouns: words,
  roleWords: words,
  anonymousPhrases: words,
  anonymousHeads: words,
  orgWords: words,
  notNameWords: words,
  honorifics: words,
  nameParticles: words,
  pronouns: words,
  backReferenceOpeners: words,
  zhSpeechVerbs: words,
  zhRoleWords: words,
  zhAnonymous: words,
  zhSurnames: words,
  surnames: words,
  places: words,
});

/** Phrases split into lower-case words, grouped by first word; longest first within a group. */
export type PhraseIndex = Map<string, string[][]>;

/** The loaded lexicon, ready for matching. */
export interface QuoteLexicon {
  /** Verbs that attribute a statement, by first word. */
  speechVerbs: PhraseIndex;
  /** Verbs that introduce reported speech without quote marks, by first word. */
  reportVerbs: PhraseIndex;
  /** "according to", "in the opinion of" ..., by first word. */
  sourcePhrases: PhraseIndex;
  viewNouns: Set<string>;
  roleWords: Set<string>;
  /** Whole anonymous-source phrases, words joined by one space. */
  anonymousPhrases: Set<string>;
  anonymousHeads: Set<string>;
  orgWords: Set<string>;
  notNameWords: Set<string>;
  honorifics: Set<string>;
  nameParticles: Set<string>;
  pronouns: Set<string>;
  backReferenceOpeners: Set<string>;
  /** Chinese speech verbs (表示, 说), longest first. */
  zhSpeechVerbs: string[];
  /** Chinese role words (分析师, 总裁), longest first. */
  zhRoleWords: string[];
  /** Chinese anonymous-source words (业内人士, 负责人). */
  zhAnonymous: string[];
  /** Common Chinese surnames, one character each. */
  zhSurnames: string[];
  /** Common surnames in Latin script (pinyin, Cantonese, Korean, Japanese, Western), lower-case. */
  surnames: Set<string>;
  /** Countries, nationalities, cities and provinces, lower-case. */
  places: Set<string>;
}

const longestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);
const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

function phraseIndex(list: string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of list) {
    const parts = phrase.toLowerCase().split(/\s+/);
    const group = index.get(parts[0]!) ?? [];
    group.push(parts);
    index.set(parts[0]!, group);
  }
  for (const group of index.values()) group.sort((a, b) => b.length - a.length);
  return index;
}

/** Parses and validates lexicon YAML; `source` names the input in errors. */
export function parseQuoteLexicon(yamlText: string, source: string): QuoteLexicon {
  const l = validateData(lexiconSchema, parseYamlText(yamlText, "classify", source), "classify", source);
  return {
    speechVerbs: phraseIndex(l.speechVerbs),
    reportVerbs: phraseIndex(l.reportVerbs),
    sourcePhrases: phraseIndex(l.sourcePhrases),
    viewNouns: lower(l.viewNouns),
    roleWords: lower(l.roleWords),
    anonymousPhrases: new Set(l.anonymousPhrases.map((p) => p.toLowerCase().replace(/\s+/g, " "))),
    anonymousHeads: lower(l.anonymousHeads),
    orgWords: lower(l.orgWords),
    notNameWords: lower(l.notNameWords),
    honorifics: lower(l.honorifics),
    nameParticles: lower(l.nameParticles),
    pronouns: lower(l.pronouns),
    backReferenceOpeners: lower(l.backReferenceOpeners),
    zhSpeechVerbs: longestFirst(l.zhSpeechVerbs),
    zhRoleWords: longestFirst(l.zhRoleWords),
    zhAnonymous: longestFirst(l.zhAnonymous),
    zhSurnames: l.zhSurnames.flatMap((x) => [...x]),
    surnames: new Set(l.surnames.flatMap((x) => x.toLowerCase().split(/\s+/))),
    places: lower(l.places),
  };
}

const LEXICON_FILE = fileURLToPath(new URL("../../data/quote-lexicon.yaml", import.meta.url));
let cached: QuoteLexicon | undefined;

/** The lexicon from data/quote-lexicon.yaml, read on first use. */
export function quoteLexicon(): QuoteLexicon {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(LEXICON_FILE, "utf8");
    } catch (err) {
      throw new WallwatchError("config.missing", `classify: ${LEXICON_FILE}: cannot read: ${(err as Error).message}`);
    }
    cached = parseQuoteLexicon(text, LEXICON_FILE);
  }
  return cached;
}
