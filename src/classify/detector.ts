// Whether a sentence reports an interconnection event at all, learned from the labelled dev
// articles: a logistic regression over the sentence's words and word pairs, with every registry
// name replaced by its kind ("PAYMENT opened its codes to WALLET"), so what it learns is the
// phrasing around names, not the names. The rules still find parties, types and dates; the
// detector only vetoes events in sentences that read like no event, and lets a sentence that
// reads strongly like one count as a generic cue. natural's LogisticRegressionClassifier keeps a
// dense matrix of every feature for every example, far too big for tens of thousands of features,
// hence this small sparse one.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { WallwatchError } from "../errors.ts";
import { articleRegistry } from "./article-names.ts";
import type { EntityRegistry } from "./entities.ts";
import { splitSentences } from "./sentences.ts";
import { parseTrainingSet } from "./type-model.ts";

/** A detector file in data/models/. */
export interface DetectorFile {
  /** Format version of this file; bump when the features change. */
  version: number;
  /** Number of training sentences. */
  trainedOn: number;
  /** sha256 of the labelled sentences the model was trained on. */
  sha: string;
  bias: number;
  /** Feature → weight; features whose weight stays near zero are left out. */
  weights: Record<string, number>;
}

export const DETECTOR_VERSION = 1;

/** One training sentence: its text, the registry it is read with, and whether it reports an event. */
export interface DetectorExample {
  features: string[];
  label: 0 | 1;
}

const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-5;
/** Weights smaller than this are dropped from the file (they change no decision). */
const KEEP = 0.1;

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

const trainFile = (name: string) => fileURLToPath(new URL(`../../data/train/${name}.yaml`, import.meta.url));

/**
 * Sentences from the hand-written training sets, which widen what the detector has seen beyond
 * the eval articles' phrasing: every event-type example reports an event; every sentence of an
 * ordinary-news relevance example reports none.
 */
export function trainingSetSentences(shared: EntityRegistry): DetectorExample[] {
  const read = (name: string) => {
    const path = trainFile(name);
    return parseTrainingSet(readFileSync(path, "utf8"), path);
  };
  const out: DetectorExample[] = [];
  const add = (text: string, context: string, label: 0 | 1) => {
    const features = sentenceFeatures(text, articleRegistry(context, shared));
    if (!features.includes("names=0")) out.push({ features, label });
  };
  for (const e of read("types")) add(e.text, e.text, 1);
  for (const e of read("relevance")) if (e.label === "irrelevant") for (const s of splitSentences(e.text)) add(s.text, e.text, 0);
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Trains the detector; the same examples in the same order give the same file. */
export function trainDetector(examples: DetectorExample[]): DetectorFile {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of examples) {
      let z = bias;
      for (const f of e.features) z += weights.get(f) ?? 0;
      const g = sigmoid(z) - e.label;
      for (const f of e.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - RATE * (g + L2 * w));
      }
      bias -= RATE * g;
    }
  }
  const sha = createHash("sha256")
    .update(examples.map((e) => `${e.label}\t${e.features.join("|")}`).join("\n"))
    .digest("hex");
  const kept: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(w) >= KEEP) kept[f] = Number(w.toFixed(4));
  return { version: DETECTOR_VERSION, trainedOn: examples.length, sha, bias: Number(bias.toFixed(4)), weights: kept };
}

/** A restored detector. */
export class Detector {
  private readonly weights: Map<string, number>;
  private readonly bias: number;
  constructor(file: DetectorFile) {
    this.weights = new Map(Object.entries(file.weights));
    this.bias = file.bias;
  }
  /** Probability that the sentence reports an event, or null when it names no registry entity (it was never trained on such) or is not in English. */
  score(sentence: string, registry: EntityRegistry): number | null {
    // Its training sentences are English; on a sentence mostly in Chinese script it has no view.
    if ((sentence.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2 > (sentence.match(/[A-Za-z]/g)?.length ?? 0)) return null;
    const features = sentenceFeatures(sentence, registry);
    if (features.includes("names=0")) return null;
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return sigmoid(z);
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
export function crossFitted<T>(articles: readonly { text: string; events: readonly { evidence: string }[] }[], shared: EntityRegistry, each: (i: number) => T): T[] {
  const out: T[] = new Array(articles.length);
  const extra = trainingSetSentences(shared);
  try {
    for (let fold = 0; fold < FOLDS; fold++) {
      useDetector(new Detector(trainDetector([...extra, ...labelledSentences(articles.filter((_, i) => i % FOLDS !== fold), shared)])));
      for (let i = fold; i < articles.length; i += FOLDS) out[i] = each(i);
    }
  } finally {
    useDetector(undefined);
  }
  return out;
}
