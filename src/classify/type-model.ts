// The trained text models: natural's BayesClassifier, trained by `npm run train` from the labelled
// examples in data/train/ and committed as versioned JSON in data/models/. Loading restores the
// classifier with natural, then indexes its counts by token: natural's own getClassifications
// walks the whole vocabulary per call and multiplies raw probabilities (which underflow to 0 on a
// full article), so scoring here sums the same log-probabilities over the observed tokens only.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { parseYamlText, validateData } from "../data-file.ts";
import { WallwatchError } from "../errors.ts";
import { EVENT_TYPES, type EventType } from "./types.ts";

// Submodules, not the package index: the index also loads natural's storage back-ends, which
// print dotenv banners on stdout and would corrupt `extract --json` output.
const require = createRequire(import.meta.url);

interface NaturalBayes {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<string, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}
interface BayesStatic {
  new (): NaturalBayes;
  restore(raw: Record<string, unknown>): NaturalBayes;
}
const BayesClassifier = require("natural/lib/natural/classifiers/bayes_classifier") as BayesStatic;
const stemmer = require("natural/lib/natural/stemmers/porter_stemmer") as { stem(token: string): string };
const STOPWORDS = new Set((require("natural/lib/natural/util/stopwords") as { words: string[] }).words);

// natural's AggressiveTokenizer keeps runs of [a-zA-Z0-9'/-] (it splits on the rest and drops
// the empty ends); the same runs, found without building the split array.
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 47;
}

// The same features as natural's PorterStemmer.tokenizeAndStem (lower-case, aggressive tokenizer,
// stop words dropped, Porter stems), as a set, with stems cached: stemming every word of every
// article was most of the scoring time. The cache is cleared when it grows large.
const stemCache = new Map<string, string | null>();
function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  // A repeated token repeats its stem, which the set already holds: same set, same order.
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isTokenChar(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const token = lower.slice(start, i);
    start = -1;
    let stem = stemCache.get(token);
    if (stem === undefined) {
      if (stemCache.size > 100_000) stemCache.clear();
      stem = STOPWORDS.has(token) ? null : stemmer.stem(token);
      stemCache.set(token, stem);
    }
    if (stem !== null) out.add(stem);
  }
  return out;
}

/** One labelled training example. */
export interface Example {
  text: string;
  label: string;
}

/** A model file in data/models/. */
export interface ModelFile {
  /** Format version of this file; bump when the features change. */
  version: number;
  /** Number of training examples. */
  trainedOn: number;
  /** sha256 of the training data file the model was built from. */
  sha: string;
  /** natural's serialised BayesClassifier. */
  classifier: Record<string, unknown>;
}

export const MODEL_VERSION = 1;

/** Trains natural's BayesClassifier on the examples, in order; the same examples give the same JSON. */
export function trainClassifier(examples: Example[]): Record<string, unknown> {
  const c = new BayesClassifier();
  for (const e of examples) c.addDocument(e.text, e.label);
  c.train();
  // Round-trip through JSON so the value is exactly what gets written (functions and emitters drop out).
  return JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
}

/** Builds the model file for a training set. */
export function buildModel(examples: Example[], sourceText: string): ModelFile {
  const sha = createHash("sha256").update(sourceText).digest("hex");
  return { version: MODEL_VERSION, trainedOn: examples.length, sha, classifier: trainClassifier(examples) };
}

const exampleSchema = z.strictObject({ label: z.string().min(1), text: z.string().min(1) });
const trainingSchema = z.strictObject({ examples: z.array(exampleSchema).min(2) });

/** Reads a training file (`examples: [{label, text}]`); `source` names it in errors. */
export function parseTrainingSet(yamlText: string, source: string): Example[] {
  return validateData(trainingSchema, parseYamlText(yamlText, "train", source), "train", source).examples;
}

/** A restored model, indexed for fast scoring. */
export class TextModel {
  readonly labels: string[];
  private readonly logPrior: Map<string, number>;
  /** logPrior in label order, copied to start each score. */
  private readonly priors: Float64Array;
  /** token → per-label log-likelihood of the token being present. */
  private readonly logLikelihood = new Map<string, Float64Array>();
  /** Per-label log-likelihood of a known token the label never saw (smoothing). */
  private readonly unseen: Float64Array;

  constructor(file: ModelFile, source: string) {
    let c: NaturalBayes;
    try {
      c = BayesClassifier.restore(structuredClone(file.classifier));
    } catch (err) {
      throw new WallwatchError("config.invalid", `classify: ${source}: not a natural BayesClassifier: ${(err as Error).message}`);
    }
    const { classFeatures, classTotals, totalExamples, smoothing } = c.classifier;
    this.labels = Object.keys(classFeatures);
    if (this.labels.length < 2) throw new WallwatchError("config.invalid", `classify: ${source}: model has fewer than two labels`);
    this.logPrior = new Map(this.labels.map((l) => [l, Math.log(classTotals[l]! / totalExamples)]));
    this.priors = Float64Array.from(this.labels, (l) => this.logPrior.get(l)!);
    this.unseen = Float64Array.from(this.labels, (l) => Math.log(smoothing / classTotals[l]!));
    // Feature i is the i-th key of `features`, the order natural's textToFeatures walks them in.
    Object.keys(c.features).forEach((token, i) => {
      const row = Float64Array.from(this.labels, (l, k) => {
        const count = classFeatures[l]![i];
        return count ? Math.log(count / classTotals[l]!) : this.unseen[k]!;
      });
      this.logLikelihood.set(token, row);
    });
  }

  /** Per-label log-probabilities (unnormalised) and how many known tokens the text had. */
  logScores(text: string): { scores: Float64Array; known: number } {
    const scores = this.priors.slice();
    let known = 0;
    for (const token of stemSet(text)) {
      const row = this.logLikelihood.get(token);
      if (!row) continue;
      known++;
      for (let k = 0; k < row.length; k++) scores[k]! += row[k]!;
    }
    return { scores, known };
  }

  /** Normalised label probabilities; `temperature` > 1 flattens them. Empty when no token is known. */
  probabilities(text: string, temperature = 1): Map<string, number> {
    const { scores, known } = this.logScores(text);
    if (known === 0) return new Map();
    let max = Number.NEGATIVE_INFINITY;
    for (const s of scores) max = Math.max(max, s);
    // Plain loops (called once per clause): the same sums in the same order as map and reduce.
    const exp = new Float64Array(scores.length);
    let total = 0;
    for (let k = 0; k < scores.length; k++) {
      exp[k] = Math.exp((scores[k]! - max) / temperature);
      total += exp[k]!;
    }
    const out = new Map<string, number>();
    for (let k = 0; k < this.labels.length; k++) out.set(this.labels[k]!, exp[k]! / total);
    return out;
  }
}

/** Reads and restores a model file from data/models/. */
export function loadModel(name: string): TextModel {
  const path = fileURLToPath(new URL(`../../data/models/${name}`, import.meta.url));
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  } catch (err) {
    throw new WallwatchError("config.missing", `classify: ${path}: cannot read the model (run npm run train): ${(err as Error).message}`);
  }
  if (file.version !== MODEL_VERSION) {
    throw new WallwatchError("config.invalid", `classify: ${path}: model version ${file.version}, expected ${MODEL_VERSION} (run npm run train)`);
  }
  return new TextModel(file, path);
}

let types: TextModel | undefined;
const TYPE_SET = new Set<string>(EVENT_TYPES);

/** Event-type probabilities for one sentence from the trained classifier (empty when unsure). */
export function typeScores(sentence: string): Partial<Record<EventType, number>> {
  types ??= loadModel("types.json");
  const out: Partial<Record<EventType, number>> = {};
  for (const [label, p] of types.probabilities(sentence)) if (TYPE_SET.has(label)) out[label as EventType] = p;
  return out;
}

let modelMissing = false;

/** The trained type model's view, or nothing when its file is absent: the lexicon alone still classifies. */
export function modelScores(clause: string): Partial<Record<EventType, number>> {
  if (modelMissing) return {};
  try {
    return typeScores(clause);
  } catch {
    modelMissing = true;
    return {};
  }
}

/** The model's belief with regulation taken out and the rest scaled to sum to one. */
export function withoutRegulation(model: Partial<Record<EventType, number>>): Partial<Record<EventType, number>> {
  const { regulation = 0, ...rest } = model;
  if (regulation >= 1) return {};
  return Object.fromEntries(Object.entries(rest).map(([t, p]) => [t, (p ?? 0) / (1 - regulation)]));
}
