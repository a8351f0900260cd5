// Whether a sentence reports an interconnection event at all, and of which kind, learned from the
// labelled dev articles: logistic regressions over the sentence's words and word pairs, with every
// registry name replaced by its kind ("PAYMENT opened its codes to WALLET"), so what they learn is
// the phrasing around names, not the names. The rules still find parties, types and dates; the
// detector vetoes events in sentences that read like no event, lets a sentence that reads strongly
// like one count as a generic cue, and its kind models share the type model's say.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { WallwatchError } from "../errors.ts";
import { articleRegistry } from "./article-names.ts";
import type { EntityRegistry } from "./entities.ts";
import { Logistic, type LogisticExample, type LogisticFile, trainLogistic } from "./logistic.ts";
import { splitSentences } from "./sentences.ts";
import { parseTrainingSet } from "./type-model.ts";
import { EVENT_TYPES, type EventType } from "./types.ts";

/** The detector file in data/models/. */
export interface DetectorFile {
  /** Format version of this file; bump when the features change. */
  version: number;
  /** Whether a sentence reports an event. */
  event: LogisticFile;
  /** One model per event type: whether an event sentence reports that kind. */
  types: Record<string, LogisticFile>;
}

export const DETECTOR_VERSION = 2;

/** One training sentence for the event model: its features, and whether it reports an event. */
export type DetectorExample = LogisticExample;

/** One training sentence for the kind models: its features and the kind of event it reports. */
export interface TypedExample {
  features: string[];
  type: string;
}

/** The sentence's features: kind-masked words, word pairs, and how many names it holds. */
export function sentenceFeatures(sentence: string, registry: EntityRegistry): string[] {
  const matches = registry.match(sentence).sort((a, b) => a.start - b.start);
  let masked = "";
  let last = 0;
  for (const m of matches) {
    if (m.start < last) continue;
    masked += `${sentence.slice(last, m.start)} ${m.entity.kind.toUpperCase()} `;
    last = m.end;
  }
  masked += sentence.slice(last);
  const tokens =
    masked
      .replace(/\b(?:19|20)\d\d\b/g, " YEAR ")
      .replace(/\d+/g, " NUM ")
      .match(/[A-Z]{3,}(?=\s)|[A-Za-z]+|[\u4e00-\u9fff]/g)
      ?.map((t) => (/^[A-Z]{3,}$/.test(t) ? t : t.toLowerCase())) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    out.add(tokens[i]!);
    if (i > 0) out.add(`${tokens[i - 1]} ${tokens[i]}`);
  }
  out.add(`names=${Math.min(new Set(matches.map((m) => m.entity.name)).size, 4)}`);
  return [...out];
}

/**
 * Training sentences from labelled articles: every sentence naming a registry entity, labelled 1
 * when it holds (or is held in) a gold event's evidence.
 */
export function labelledSentences(articles: readonly { text: string; events: readonly { evidence: string }[] }[], shared: EntityRegistry): DetectorExample[] {
  const out: DetectorExample[] = [];
  for (const a of articles) {
    const registry = articleRegistry(a.text, shared);
    for (const s of splitSentences(a.text)) {
      const features = sentenceFeatures(s.text, registry);
      if (features.includes("names=0")) continue;
      const reports = a.events.some((e) => s.text.includes(e.evidence) || e.evidence.includes(s.text) || (e.evidence.length > 30 && s.text.includes(e.evidence.slice(0, 30))));
      out.push({ features, label: reports ? 1 : 0 });
    }
  }
  return out;
}

/** Kind-model examples from labelled articles: each gold event's evidence, with its type. */
export function labelledEvidence(articles: readonly { text: string; events: readonly { type: string; evidence: string }[] }[], shared: EntityRegistry): TypedExample[] {
  const out: TypedExample[] = [];
  for (const a of articles) {
    const registry = articleRegistry(a.text, shared);
    for (const e of a.events) out.push({ features: sentenceFeatures(e.evidence, registry), type: e.type });
  }
  return out;
}

const trainFile = (name: string) => fileURLToPath(new URL(`../../data/train/${name}.yaml`, import.meta.url));

const readTrainingSet = (name: string) => {
  const path = trainFile(name);
  return parseTrainingSet(readFileSync(path, "utf8"), path);
};

/**
 * Sentences from the hand-written training sets, which widen what the detector has seen beyond
 * the eval articles' phrasing: every event-type example reports an event; every sentence of an
 * ordinary-news relevance example reports none.
 */
export function trainingSetSentences(shared: EntityRegistry): DetectorExample[] {
  const out: DetectorExample[] = [];
  const add = (text: string, context: string, label: 0 | 1) => {
    const features = sentenceFeatures(text, articleRegistry(context, shared));
    if (!features.includes("names=0")) out.push({ features, label });
  };
  for (const e of readTrainingSet("types")) add(e.text, e.text, 1);
  for (const e of readTrainingSet("relevance")) if (e.label === "irrelevant") for (const s of splitSentences(e.text)) add(s.text, e.text, 0);
  return out;
}

/** The event types of the hand-written type training set, as kind-model examples. */
export function trainingSetTypes(shared: EntityRegistry): TypedExample[] {
  return readTrainingSet("types").map((e) => ({ features: sentenceFeatures(e.text, articleRegistry(e.text, shared)), type: e.label }));
}

/** Trains the detector; the same examples in the same order give the same file. */
export function trainDetector(events: readonly DetectorExample[], typed: readonly TypedExample[] = []): DetectorFile {
  const types: Record<string, LogisticFile> = {};
  if (typed.length > 0) for (const t of EVENT_TYPES) types[t] = trainLogistic(typed.map((e) => ({ features: e.features, label: e.type === t ? 1 : 0 })));
  return { version: DETECTOR_VERSION, event: trainLogistic(events), types };
}

// Its training sentences are English; on a sentence mostly in Chinese script it has no view.
const mostlyChinese = (text: string): boolean => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2 > (text.match(/[A-Za-z]/g)?.length ?? 0);

/** A restored detector. */
export class Detector {
  private readonly event: Logistic;
  private readonly kinds: [EventType, Logistic][];
  constructor(file: DetectorFile) {
    this.event = new Logistic(file.event);
    this.kinds = EVENT_TYPES.filter((t) => file.types[t]).map((t) => [t, new Logistic(file.types[t]!)]);
  }
  /** Probability that the sentence reports an event, or null when it names no registry entity (it was never trained on such) or is not in English. */
  score(sentence: string, registry: EntityRegistry): number | null {
    if (mostlyChinese(sentence)) return null;
    const features = sentenceFeatures(sentence, registry);
    return features.includes("names=0") ? null : this.event.probability(features);
  }
  /** How much each kind fits the clause, summing to one; empty without kind models or in Chinese script. */
  types(clause: string, registry: EntityRegistry): Partial<Record<EventType, number>> {
    if (this.kinds.length === 0 || mostlyChinese(clause)) return {};
    const features = sentenceFeatures(clause, registry);
    const ps = this.kinds.map(([, m]) => m.probability(features));
    const sum = ps.reduce((a, b) => a + b, 0);
    return Object.fromEntries(this.kinds.map(([t], i) => [t, ps[i]! / sum]));
  }
}

const DETECTOR_PATH = fileURLToPath(new URL("../../data/models/detector.json", import.meta.url));

/** Reads the committed detector. */
export function loadDetector(path = DETECTOR_PATH): Detector {
  let file: DetectorFile;
  try {
    file = JSON.parse(readFileSync(path, "utf8")) as DetectorFile;
  } catch (err) {
    throw new WallwatchError("config.missing", `classify: ${path}: cannot read the detector (run npm run train): ${(err as Error).message}`);
  }
  if (file.version !== DETECTOR_VERSION) {
    throw new WallwatchError("config.invalid", `classify: ${path}: detector version ${file.version}, expected ${DETECTOR_VERSION} (run npm run train)`);
  }
  return new Detector(file);
}

// undefined: not loaded yet; null: no detector (file absent, or switched off by the caller).
let current: Detector | null | undefined;

/** The detector classification uses: the committed one unless `useDetector` chose another. */
export function activeDetector(): Detector | null {
  if (current === undefined) {
    try {
      current = loadDetector();
    } catch {
      current = null;
    }
  }
  return current;
}

/** Swaps the detector (evaluation scores dev articles with one not trained on them); null switches it off. */
export function useDetector(detector: Detector | null | undefined): void {
  current = detector;
}

/** How many folds evaluation splits the dev articles into. */
export const FOLDS = 5;

/**
 * Runs `each` over labelled articles, each read with a detector trained on the other folds
 * (article i is in fold i mod FOLDS), so the dev scores are not flattered by a detector that has
 * seen their labels; then restores the committed detector.
 */
export function crossFitted<T>(articles: readonly { text: string; events: readonly { type: string; evidence: string }[] }[], shared: EntityRegistry, each: (i: number) => T): T[] {
  const out: T[] = new Array(articles.length);
  const extra = trainingSetSentences(shared);
  const extraTyped = trainingSetTypes(shared);
  // Each article's examples are read once; a fold trains on the others' in article order.
  const sentences = articles.map((a) => labelledSentences([a], shared));
  const evidence = articles.map((a) => labelledEvidence([a], shared));
  const others = <E>(per: E[][], fold: number): E[] => per.filter((_, i) => i % FOLDS !== fold).flat();
  try {
    for (let fold = 0; fold < FOLDS; fold++) {
      useDetector(new Detector(trainDetector([...extra, ...others(sentences, fold)], [...extraTyped, ...others(evidence, fold)])));
      for (let i = fold; i < articles.length; i += FOLDS) out[i] = each(i);
    }
  } finally {
    useDetector(undefined);
  }
  return out;
}
