// `npm run train`: trains the relevance and event-type models from data/train/*.yaml, and the
// event detector from the labelled dev articles in data/eval/dev/ (never the holdout) and those sets, and writes
// data/models/*.json (committed; classification only loads them). Training is deterministic:
// the same YAML gives byte-identical model files. Prints k-fold cross-validation accuracy on the
// training set so a data change that hurts the model shows up before it is committed.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { WallwatchError } from "../src/errors.ts";
import { labelledEvidence, labelledSentences, trainDetector, trainingSetSentences, trainingSetTypes } from "../src/classify/detector.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { loadEvalSet } from "../src/classify/eval-set.ts";
import { buildModel, type Example, parseTrainingSet, TextModel } from "../src/classify/type-model.ts";

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const FOLDS = 5;

/** Accuracy of models trained on k-1 folds and tested on the remaining one (fold = index mod k). */
export function crossValidate(examples: Example[], folds = FOLDS): number {
  let right = 0;
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => i % folds !== f);
    const test = examples.filter((_, i) => i % folds === f);
    const model = new TextModel(buildModel(train, ""), `fold ${f}`);
    for (const e of test) {
      const probs = model.probabilities(e.text);
      let best = "";
      let bestP = -1;
      for (const [label, p] of probs) if (p > bestP) [best, bestP] = [label, p];
      if (best === e.label) right++;
    }
  }
  return right / examples.length;
}

function trainOne(name: string): void {
  const source = root(`data/train/${name}.yaml`);
  let text: string;
  try {
    text = readFileSync(source, "utf8");
  } catch (err) {
    throw new WallwatchError("config.missing", `train: ${source}: cannot read: ${(err as Error).message}`);
  }
  const examples = parseTrainingSet(text, source);
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const model = buildModel(examples, text);
  writeFileSync(root(`data/models/${name}.json`), `${JSON.stringify(model)}\n`);
  const perLabel = [...counts].map(([l, n]) => `${l}=${n}`).join(" ");
  const cv = crossValidate(examples);
  process.stderr.write(`train: ${name}: ${examples.length} examples (${perLabel}); ${FOLDS}-fold accuracy ${(cv * 100).toFixed(1)}%\n`);
}

/** The detector file trained on every dev article of data/eval/. */
export function detectorFromDev(): ReturnType<typeof trainDetector> {
  const dev = loadEvalSet(root("data/eval")).filter((l) => l.split === "dev");
  const registry = defaultRegistry();
  const articles = dev.map((l) => l.article);
  return trainDetector([...trainingSetSentences(registry), ...labelledSentences(articles, registry)], [...trainingSetTypes(registry), ...labelledEvidence(articles, registry)]);
}

function trainDetectorFile(): void {
  const model = detectorFromDev();
  writeFileSync(root("data/models/detector.json"), `${JSON.stringify(model)}\n`);
  const kept = Object.values(model.types).reduce((n, t) => n + Object.keys(t.weights).length, 0);
  process.stderr.write(
    `train: detector: ${model.event.trainedOn} sentences naming a registry entity (dev articles and training sets), ${Object.keys(model.event.weights).length} features kept; kind models: ${model.types.payment?.trainedOn ?? 0} event sentences, ${kept} features kept\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    trainOne("relevance");
    trainOne("types");
    trainDetectorFile();
  } catch (err) {
    process.stderr.write(`${err instanceof WallwatchError ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
