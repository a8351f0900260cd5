// Article relevance from the trained model (data/models/relevance.json, built by `npm run train`).
// Model only: the lexical evidence (trigger words, parties) is combined with this score elsewhere.
import { loadModel, type TextModel } from "./type-model.ts";

let model: TextModel | undefined;

// The examples are a title and a few sentences; a whole article sums many more token
// log-likelihoods (naive Bayes log-odds grow with length) and would always land on 0 or 1.
// Scaling the log-odds to an example-sized text keeps the score graded on long articles.
const EXAMPLE_TOKENS = 25;

/** Probability in [0, 1] that the article is about platform interconnection (model only, no rules). */
export function relevanceScore(input: { title?: string; text: string }): number {
  model ??= loadModel("relevance.json");
  // The title counts twice: it says what the article is about in the fewest words.
  const text = input.title ? `${input.title}\n${input.title}\n${input.text}` : input.text;
  const { scores, known } = model.logScores(text);
  if (known === 0) return 0.5;
  const yes = model.labels.indexOf("relevant");
  const no = model.labels.indexOf("irrelevant");
  const scale = Math.max(1, known / EXAMPLE_TOKENS);
  const logOdds = (scores[yes]! - scores[no]!) / scale;
  return 1 / (1 + Math.exp(-logOdds));
}
