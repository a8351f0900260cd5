// The trigger lexicon (data/triggers.yaml), compiled once: per event type the phrases that say
// what kind of opening or wall a sentence reports, plus status cues and the cues of a negated or
// hypothetical report. Words are data so a user can extend them without touching the rules.
import { resolve } from "node:path";
import { z } from "zod";
import { packageRoot } from "../config.ts";
import { parseYamlText, readDataFile, validateData } from "../data-file.ts";
import { WallwatchError } from "../errors.ts";
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from "./types.ts";
import { escapeRegExp } from "./normalize.ts";

/** One compiled phrase of the lexicon. */
export interface Trigger {
  re: RegExp;
  weight: number;
  /** The phrase as written in the file (for debugging and explanations). */
  source: string;
  /** Lower-case text every match starts with, when the pattern has one: a cheap test before the regex. */
  literal?: string;
}

export interface TriggerLexicon {
  types: Record<EventType, Trigger[]>;
  /** Per type, one regex matching when any of its phrases does: most clauses hit no type, and one
   * alternation is far cheaper than dozens of separate tests. */
  anyOfType?: Record<EventType, RegExp>;
  generic: Trigger[];
  /** In precedence order. */
  status: [EventStatus, Trigger[]][];
  notEvent: Trigger[];
}

const phrases = z.array(z.string().min(1));
const fileSchema = z.strictObject({
  types: z.strictObject(Object.fromEntries(EVENT_TYPES.map((t) => [t, phrases])) as Record<EventType, typeof phrases>),
  generic: phrases.default([]),
  status: z.partialRecord(z.enum(EVENT_STATUSES), phrases).prefault({}),
  not_event: phrases.default([]),
});


/** Compiles one lexicon entry: "[w] re: REGEX", "[w] phrase" or "phrase". */
export function compileTrigger(entry: string, where: string): Trigger {
  let rest = entry.trim();
  let weight = 1;
  const w = /^\[(-?\d+(?:\.\d+)?)\]\s*/.exec(rest);
  if (w) {
    weight = Number(w[1]);
    rest = rest.slice(w[0].length);
  }
  let pattern: string;
  if (rest.startsWith("re:")) pattern = rest.slice(3).trim();
  else if (/^[\u3400-\u9fff]/.test(rest)) pattern = escapeRegExp(rest);
  else pattern = `\\b${escapeRegExp(rest).replace(/ /g, "\\s+")}`;
  try {
    const re = new RegExp(pattern, "i");
    const literal = leadingLiteral(pattern);
    return { re, weight, source: entry, ...(literal ? { literal } : {}) };
  } catch (err) {
    throw new WallwatchError("config.invalid", `triggers: ${where}: bad pattern ${JSON.stringify(entry)}: ${(err as Error).message}`);
  }
}

/**
 * The letters a case-insensitive match of the pattern must start with: "\\bban(s|ned)?" → "ban",
 * "\\bfulfil(l)?ment" → "fulfil", "小程序" → "小程序". Only plain ASCII letters and digits (or CJK) up to
 * the first special character, less one before a quantifier; undefined when unsure.
 */
function leadingLiteral(pattern: string): string | undefined {
  if (/^[\u3400-\u9fff]+$/.test(pattern)) return pattern;
  const m = /^\\b([A-Za-z0-9]+)(.?)/.exec(pattern);
  if (!m || (alternatives(pattern)?.length ?? 0) !== 1) return undefined;
  const word = /^[?*{]$/.test(m[2]!) ? m[1]!.slice(0, -1) : m[1]!;
  return word.length >= 2 ? word.toLowerCase() : undefined;
}

/** The top-level alternatives of a pattern, or null when it has a back-reference (numbering would shift). */
function alternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (/[1-9k]/.test(source[i + 1] ?? "")) return null;
      i++;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * One regex that matches where any of the triggers does (used only with `test`). Alternatives
 * that open with \b share one \b up front: the engine then tries them only at word boundaries,
 * not at every character, which made this prefilter most of scoreTypes' time.
 */
function anyOf(triggers: Trigger[]): RegExp {
  const bounded: string[] = [];
  const other: string[] = [];
  for (const t of triggers) {
    const alts = alternatives(t.re.source);
    if (!alts) other.push(`(?:${t.re.source})`);
    else
      for (const a of alts) {
        if (a.startsWith("\\b")) bounded.push(a.slice(2));
        else other.push(a);
      }
  }
  const parts = bounded.length > 0 ? [`\\b(?:${bounded.join("|")})`, ...other] : other;
  return new RegExp(parts.join("|") || "(?!)", "i");
}

/** Reads and compiles a trigger file; every problem is one line naming the file. */
export function loadTriggers(path: string): TriggerLexicon {
  const d = validateData(fileSchema, parseYamlText(readDataFile(path, "triggers"), "triggers", path), "triggers", path);
  const compile = (list: string[], where: string) => list.map((e) => compileTrigger(e, `${path}: ${where}`));
  const order: EventStatus[] = ["reversed", "pilot", "expanded", "announced", "launched"];
  const types = Object.fromEntries(EVENT_TYPES.map((t) => [t, compile(d.types[t], t)])) as Record<EventType, Trigger[]>;
  return {
    types,
    anyOfType: Object.fromEntries(EVENT_TYPES.map((t) => [t, anyOf(types[t])])) as Record<EventType, RegExp>,
    generic: compile(d.generic, "generic"),
    status: order.filter((s) => d.status[s]).map((s) => [s, compile(d.status[s]!, `status.${s}`)]),
    notEvent: compile(d.not_event, "not_event"),
  };
}

let shared: TriggerLexicon | undefined;

/** The lexicon shipped in data/triggers.yaml, loaded once. */
export function defaultTriggers(): TriggerLexicon {
  shared ??= loadTriggers(resolve(packageRoot, "data/triggers.yaml"));
  return shared;
}

/** Summed trigger weight per type for a sentence (types with no hit are absent). */
export function scoreTypes(sentence: string, lex: TriggerLexicon): Partial<Record<EventType, number>> {
  // A sentence is scored again for each of its clauses that has no type word of its own, so the
  // last few answers are kept: few enough that one article's work never speeds up another's.
  let recent = scored.get(lex);
  if (!recent) {
    recent = [];
    scored.set(lex, recent);
  }
  const known = recent.find(([s]) => s === sentence);
  if (known) return { ...known[1] };
  const out = scoreUncached(sentence, lex);
  recent.push([sentence, out]);
  if (recent.length > RECENT) recent.shift();
  return { ...out };
}

const RECENT = 4;
const scored = new WeakMap<TriggerLexicon, [string, Partial<Record<EventType, number>>][]>();

function scoreUncached(sentence: string, lex: TriggerLexicon): Partial<Record<EventType, number>> {
  const out: Partial<Record<EventType, number>> = {};
  let lower: string | undefined;
  for (const t of EVENT_TYPES) {
    if (lex.anyOfType && !lex.anyOfType[t].test(sentence)) continue;
    let sum = 0;
    let hit = false;
    for (const trig of lex.types[t]) {
      // A phrase whose first word is absent cannot match; String.includes is far cheaper than the regex.
      if (trig.literal !== undefined) {
        lower ??= sentence.toLowerCase();
        if (!lower.includes(trig.literal)) continue;
      }
      if (trig.re.test(sentence)) {
        sum += trig.weight;
        hit = true;
      }
    }
    if (hit) out[t] = sum;
  }
  return out;
}

/** Whether any phrase of the list occurs. */
export function anyHit(sentence: string, list: Trigger[]): boolean {
  // One regex per list (see anyOf), built on first use, for lists of the lexicon's own "i" patterns.
  let re = combined.get(list);
  if (re === undefined) {
    // Not with back-references: their numbers would point at another pattern's groups.
    re = list.length > 0 && list.every((t) => t.re.flags === "i" && alternatives(t.re.source) !== null) ? anyOf(list) : null;
    combined.set(list, re);
  }
  return re ? re.test(sentence) : list.some((t) => t.re.test(sentence));
}

const combined = new WeakMap<Trigger[], RegExp | null>();

/** The first status whose cues occur, in precedence order. */
// "…, extending a trial that ran at the Expo", "after a pilot in Osaka": the trial lies behind the
// act, which widens it or follows it; it does not make the act a pilot.
const PAST_TRIAL = /\b(?:extend\w*|expand\w*|widen\w*|broaden\w*|after|following|end\w*|conclud\w*|complet\w*)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:pilot|trials?|tests?|testing)\b/gi;
const TRIAL_WORD = /\b(?:pilot|trials?|tests?|testing)\b/gi;

export function statusOf(sentence: string, lex: TriggerLexicon): EventStatus | undefined {
  const s = sentence.replace(PAST_TRIAL, (m) => m.replace(TRIAL_WORD, "run"));
  for (const [status, cues] of lex.status) if (anyHit(s, cues)) return status;
  return undefined;
}
