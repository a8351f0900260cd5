// npm run eval [-- --verbose] [-- --json] [-- --check [--min-f1 F]]
// Runs the classifier over the labelled articles in data/eval/ and prints scores for dev, holdout
// and all. --verbose lists misses and false positives for DEV articles only: holdout details are
// never printed, because the people tuning the rules run this script. The event detector is trained
// on the dev articles, so each dev article is read with a detector trained on the other four fifths
// of them; the holdout is read with the committed one.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeError } from "../src/errors.ts";
import { loadEvalSet, type LoadedArticle } from "../src/classify/eval-set.ts";
import { type Accuracy, type ArticleDiff, type Canonicalise, diffArticle, type EvalPair, type PRF, type Scores, scoreArticles } from "../src/classify/evaluate.ts";
import { errorProfile, profileLines } from "../src/classify/error-profile.ts";
import type { ArticleInput, Classification } from "../src/classify/types.ts";

/** Holdout event F1 below this fails --check: the classify issue's gate (--min-f1 overrides). */
const CHECK_MIN_HOLDOUT_F1 = 0.8;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const classifyPath = join(root, "src/classify/index.ts");
const entitiesPath = join(root, "src/classify/entities.ts");
const articleNamesPath = join(root, "src/classify/article-names.ts");
const detectorPath = join(root, "src/classify/detector.ts");

interface Registry {
  get: (name: string) => { name: string } | undefined;
}

interface ClassifierApi {
  classifyArticle: (input: ArticleInput) => Classification;
  canon: Canonicalise;
  /** The canon one article's text extends with the acronyms it defines. */
  canonIn: (text: string) => Canonicalise;
  /** Runs `each` over the dev articles with detectors not trained on them (plainly when there is no detector). */
  crossFitted: <T>(articles: LoadedArticle["article"][], each: (i: number) => T) => T[];
}

// Imported by computed path so this script type-checks and fails with one clear line while the
// classifier is still being written.
async function loadClassifier(): Promise<ClassifierApi> {
  if (!existsSync(classifyPath)) throw new Error(`eval: ${classifyPath} does not exist yet; nothing to evaluate`);
  const cls = (await import(pathToFileURL(classifyPath).href)) as { classifyArticle?: unknown };
  if (typeof cls.classifyArticle !== "function") throw new Error(`eval: ${classifyPath} does not export classifyArticle`);
  let canon: Canonicalise = (name) => name;
  let canonIn = (_text: string): Canonicalise => canon;
  let crossFitted: ClassifierApi["crossFitted"] = (articles, each) => articles.map((_, i) => each(i));
  if (existsSync(entitiesPath)) {
    const ent = (await import(pathToFileURL(entitiesPath).href)) as { defaultRegistry?: () => Registry };
    if (typeof ent.defaultRegistry === "function") {
      const registry = ent.defaultRegistry();
      if (existsSync(detectorPath)) {
        const det = (await import(pathToFileURL(detectorPath).href)) as { crossFitted?: (articles: LoadedArticle["article"][], shared: Registry, each: (i: number) => unknown) => unknown[] };
        const fit = det.crossFitted;
        if (typeof fit === "function") crossFitted = <T>(articles: LoadedArticle["article"][], each: (i: number) => T) => fit(articles, registry, each) as T[];
      }
      canon = (name) => registry.get(name)?.name ?? name;
      // "the Ligue de Football Professionnel (LFP)": both spellings name one party in that article.
      const names = existsSync(articleNamesPath)
        ? ((await import(pathToFileURL(articleNamesPath).href)) as { articleRegistry?: (text: string, r: Registry) => Registry })
        : {};
      const { articleRegistry } = names;
      if (typeof articleRegistry === "function") {
        canonIn = (text) => {
          const own = articleRegistry(text, registry);
          return (name) => own.get(name)?.name ?? name;
        };
      }
    }
  }
  return { classifyArticle: cls.classifyArticle as ClassifierApi["classifyArticle"], canon, canonIn, crossFitted };
}

function toPair(loaded: LoadedArticle, api: ClassifierApi): EvalPair {
  const a = loaded.article;
  let out: Classification;
  try {
    out = api.classifyArticle({ title: a.title, text: a.text, published: a.published });
  } catch (err) {
    // One failing article is scored as an empty prediction rather than ending the run.
    console.error(`eval: ${loaded.split === "dev" ? loaded.file : "a holdout article"}: classifier threw: ${describeError(err)}`);
    out = { relevant: false, relevance: 0, events: [], quotes: [], unknownEntities: [] };
  }
  return {
    id: a.id,
    canon: api.canonIn(a.text),
    gold: a,
    predicted: {
      relevant: out.relevant,
      events: out.events.map((e) => ({ type: e.type, parties: e.parties, date: e.date })),
      quotes: out.quotes.map((q) => ({ speaker: q.speaker, affiliation: q.affiliation, direct: q.direct })),
    },
  };
}

const pct = (x: number | null) => (x === null ? "   -  " : `${(x * 100).toFixed(1).padStart(5)}%`);
const acc = (a: Accuracy) => `${pct(a.value)} (${a.correct}/${a.total})`;
const prfText = (p: PRF) => `P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (${p.matched} matched, ${p.gold} gold, ${p.predicted} predicted)`;

function table(name: string, s: Scores): string {
  const lines = [
    `${name} — ${s.articles} articles`,
    `  events        ${prfText(s.events)}`,
    `  type acc      ${acc(s.typeAccuracy)}`,
    `  date acc      ${acc(s.dateAccuracy)}`,
    `  quotes        ${prfText(s.quotes)}`,
    `  affiliation   ${acc(s.affiliationAccuracy)}`,
    `  direct flag   ${acc(s.directAccuracy)}`,
    `  relevance     ${acc(s.relevanceAccuracy)}`,
    `  recall by type: ${Object.entries(s.recallByType)
      .map(([t, a]) => `${t} ${a.correct}/${a.total}`)
      .join(", ")}`,
  ];
  return lines.join("\n");
}

const ev = (e: { type: string; parties: string[]; date: string | null }) => `${e.type} [${e.parties.join(", ")}] ${e.date ?? "no date"}`;

function diffText(d: ArticleDiff): string[] {
  const out: string[] = [];
  if (d.relevance) out.push(`relevance: gold ${d.relevance.gold}, predicted ${d.relevance.predicted}`);
  for (const e of d.missedEvents) out.push(`missed event     ${ev(e)}`);
  for (const e of d.extraEvents) out.push(`extra event      ${ev(e)}`);
  for (const { gold, predicted } of d.wrongType) out.push(`wrong type       ${ev(gold)} -> ${predicted.type}`);
  for (const { gold, predicted } of d.wrongDate) out.push(`wrong date       ${ev(gold)} -> ${predicted.date ?? "no date"}`);
  for (const q of d.missedQuotes) out.push(`missed quote     ${q.speaker} (${q.affiliation ?? "-"})`);
  for (const q of d.extraQuotes) out.push(`extra quote      ${q.speaker} (${q.affiliation ?? "-"})`);
  for (const { gold, predicted } of d.wrongAffiliation) out.push(`wrong affiliation ${gold.speaker}: ${gold.affiliation ?? "-"} -> ${predicted.affiliation ?? "-"}`);
  return out;
}

async function main(argv: string[]): Promise<number> {
  const known = new Set(["--verbose", "--json", "--check"]);
  let minF1 = CHECK_MIN_HOLDOUT_F1;
  const at = argv.indexOf("--min-f1");
  if (at >= 0) {
    minF1 = Number(argv[at + 1]);
    if (!(minF1 >= 0 && minF1 <= 1)) {
      console.error(`eval: --min-f1: '${argv[at + 1] ?? ""}' is not a number between 0 and 1`);
      return 2;
    }
    argv = argv.filter((_, i) => i !== at && i !== at + 1);
  }
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    console.error(`eval: unknown option ${unknown[0]} (use --verbose, --json, --check [--min-f1 F])`);
    return 2;
  }
  const flags = new Set(argv);
  const api = await loadClassifier();
  const set = loadEvalSet(join(root, "data/eval"));
  const devSet = set.filter((l) => l.split === "dev");
  const dev = api.crossFitted(
    devSet.map((l) => l.article),
    (i) => toPair(devSet[i]!, api),
  );
  const holdout = set.filter((l) => l.split === "holdout").map((l) => toPair(l, api));
  const scores = {
    dev: scoreArticles(dev, api.canon),
    holdout: scoreArticles(holdout, api.canon),
    all: scoreArticles([...dev, ...holdout], api.canon),
  };
  if (flags.has("--json")) {
    console.log(JSON.stringify(scores));
  } else {
    const published = new Map(set.map((l) => [l.article.id, l.article.published]));
    const withProfile = (name: string, s: Scores, pairs: EvalPair[]) =>
      [table(name, s), ...profileLines(errorProfile(pairs, api.canon, (p) => published.get(p.id) ?? null))].join("\n");
    console.log([withProfile("dev", scores.dev, dev), withProfile("holdout", scores.holdout, holdout), table("all", scores.all)].join("\n\n"));
    if (flags.has("--verbose")) {
      console.log("\ndev details (holdout details are never shown):");
      for (const pair of dev) {
        const lines = diffText(diffArticle(pair, api.canon));
        if (lines.length > 0) console.log(`\n${pair.id}\n${lines.map((l) => `  ${l}`).join("\n")}`);
      }
    }
  }
  if (flags.has("--check")) {
    const f1 = scores.holdout.events.f1;
    if (f1 < minF1) {
      console.error(`eval: check failed: holdout event F1 ${(f1 * 100).toFixed(1)}% is below ${(minF1 * 100).toFixed(1)}%`);
      return 1;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error && err.message.startsWith("eval:") ? err.message : describeError(err));
    process.exitCode = 1;
  },
);
