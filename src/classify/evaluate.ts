// Scores the classifier against hand-labelled articles (data/eval/). Pure: the caller loads the
// articles, runs the classifier and injects name canonicalisation, so these functions can be
// tested on small hand-made cases without the entity registry.

/** Maps any written name of an organisation to its canonical name (identity when unknown). */
export type Canonicalise = (name: string) => string;

/** A labelled event, as stored in a gold file. */
export interface GoldEvent {
  /** One of EVENT_TYPES. */
  type: string;
  /** The organisations involved, any alias. */
  parties: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the text gives no date. */
  date: string | null;
  /** A fragment of the sentence that reports it (for humans; not scored). */
  evidence?: string;
}

/** A labelled quote: one per named speaker per article. */
export interface GoldQuote {
  speaker: string;
  role: string | null;
  affiliation: string | null;
  direct: boolean;
}

/** What the evaluator needs of an article's labels, or of a classifier's output. */
export interface ScoredArticle {
  relevant: boolean;
  events: { type: string; parties: string[]; date: string | null }[];
  quotes: { speaker: string; affiliation: string | null; direct?: boolean }[];
}

/** One article's gold labels beside what the classifier said about it. */
export interface EvalPair {
  id: string;
  gold: ScoredArticle;
  predicted: ScoredArticle;
  /** Names this article makes equal ("Mobile Content Forum (MCF)"); the shared canon otherwise. */
  canon?: Canonicalise;
}

/** Precision, recall and F1 with the counts they come from. */
export interface PRF {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A share with its counts; `value` is null when nothing was counted. */
export interface Accuracy {
  correct: number;
  total: number;
  value: number | null;
}

export interface Scores {
  /** Articles scored. */
  articles: number;
  events: PRF;
  /** Same type, among matched events. */
  typeAccuracy: Accuracy;
  /** Same normalised date, among matched events. */
  dateAccuracy: Accuracy;
  /** Gold events found (party set matched), per gold type. */
  recallByType: Record<string, Accuracy>;
  /** Speakers, over articles that gold marks relevant. */
  quotes: PRF;
  /** Same normalised affiliation, among matched speakers. */
  affiliationAccuracy: Accuracy;
  /** Same direct/reported flag, among matched speakers. */
  directAccuracy: Accuracy;
  relevanceAccuracy: Accuracy;
}

type Ev = ScoredArticle["events"][number];
type Qt = ScoredArticle["quotes"][number];

/** What went wrong in one article, for the verbose report. */
export interface ArticleDiff {
  id: string;
  relevance: { gold: boolean; predicted: boolean } | null;
  missedEvents: Ev[];
  extraEvents: Ev[];
  wrongType: { gold: Ev; predicted: Ev }[];
  wrongDate: { gold: Ev; predicted: Ev }[];
  missedQuotes: Qt[];
  extraQuotes: Qt[];
  wrongAffiliation: { gold: Qt; predicted: Qt }[];
}

/** "2025-03-10T08:00:00Z" -> "2025-03-10"; blank -> null. */
export function normaliseDate(date: string | null | undefined): string | null {
  const d = (date ?? "").trim();
  if (d === "") return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(d);
  return m ? m[1]! : d;
}

/** Case and spacing do not distinguish speakers. */
export function normaliseSpeaker(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Case, spacing and a leading "the" do not distinguish affiliations. */
export function normaliseAffiliation(name: string | null | undefined): string | null {
  const a = (name ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/^the /, "");
  return a === "" ? null : a;
}

/** The canonical party set as one comparable key. */
export function partyKey(parties: string[], canon: Canonicalise): string {
  const names = new Set(parties.map((p) => canon(p.trim()).trim().toLowerCase()).filter((p) => p !== ""));
  return [...names].sort().join("|");
}

function prf(gold: number, predicted: number, matched: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/**
 * Pairs predicted with gold events one-to-one when their canonical party sets are equal,
 * preferring a pair that also agrees on type (and then on date) so that two events between the
 * same parties are not crossed.
 */
export function matchEvents(gold: Ev[], predicted: Ev[], canon: Canonicalise): [number, number][] {
  const gk = gold.map((e) => partyKey(e.parties, canon));
  const pk = predicted.map((e) => partyKey(e.parties, canon));
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  const passes: ((g: Ev, p: Ev) => boolean)[] = [
    (g, p) => g.type === p.type && normaliseDate(g.date) === normaliseDate(p.date),
    (g, p) => g.type === p.type,
    () => true,
  ];
  for (const accept of passes) {
    for (let i = 0; i < gold.length; i++) {
      if (usedG.has(i)) continue;
      for (let j = 0; j < predicted.length; j++) {
        if (usedP.has(j) || gk[i] !== pk[j] || !accept(gold[i]!, predicted[j]!)) continue;
        usedG.add(i);
        usedP.add(j);
        pairs.push([i, j]);
        break;
      }
    }
  }
  return pairs;
}

/** One entry per speaker: the first quote of each keeps its affiliation, filled in from later ones. */
function bySpeaker(quotes: Qt[]): Map<string, Qt> {
  const out = new Map<string, Qt>();
  for (const q of quotes) {
    const key = normaliseSpeaker(q.speaker);
    if (key === "") continue;
    const seen = out.get(key);
    if (!seen) out.set(key, q);
    else if (!seen.affiliation && q.affiliation) out.set(key, { ...seen, affiliation: q.affiliation });
  }
  return out;
}

function sameAffiliation(a: string | null, b: string | null, canon: Canonicalise): boolean {
  const na = normaliseAffiliation(a);
  const nb = normaliseAffiliation(b);
  if (na === nb) return true;
  if (na === null || nb === null) return false;
  return normaliseAffiliation(canon(a!.trim())) === normaliseAffiliation(canon(b!.trim()));
}

/** Compares one article's prediction with its gold labels. */
export function diffArticle(pair: EvalPair, shared: Canonicalise): ArticleDiff {
  const { gold, predicted } = pair;
  const canon = pair.canon ?? shared;
  const pairs = matchEvents(gold.events, predicted.events, canon);
  const gMatched = new Set(pairs.map(([g]) => g));
  const pMatched = new Set(pairs.map(([, p]) => p));
  const diff: ArticleDiff = {
    id: pair.id,
    relevance: gold.relevant === predicted.relevant ? null : { gold: gold.relevant, predicted: predicted.relevant },
    missedEvents: gold.events.filter((_, i) => !gMatched.has(i)),
    extraEvents: predicted.events.filter((_, j) => !pMatched.has(j)),
    wrongType: [],
    wrongDate: [],
    missedQuotes: [],
    extraQuotes: [],
    wrongAffiliation: [],
  };
  for (const [g, p] of pairs) {
    const ge = gold.events[g]!;
    const pe = predicted.events[p]!;
    if (ge.type !== pe.type) diff.wrongType.push({ gold: ge, predicted: pe });
    if (normaliseDate(ge.date) !== normaliseDate(pe.date)) diff.wrongDate.push({ gold: ge, predicted: pe });
  }
  // Quotes are kept only for relevant articles, so they are scored only there.
  if (gold.relevant) {
    const gq = bySpeaker(gold.quotes);
    const pq = bySpeaker(predicted.quotes);
    for (const [key, q] of gq) {
      const p = pq.get(key);
      if (!p) diff.missedQuotes.push(q);
      else if (!sameAffiliation(q.affiliation, p.affiliation, canon)) diff.wrongAffiliation.push({ gold: q, predicted: p });
    }
    for (const [key, q] of pq) if (!gq.has(key)) diff.extraQuotes.push(q);
  }
  return diff;
}

/** Aggregate scores over many articles. */
export function scoreArticles(pairs: EvalPair[], shared: Canonicalise): Scores {
  let goldEv = 0;
  let predEv = 0;
  let matchedEv = 0;
  let typeOk = 0;
  let dateOk = 0;
  let goldQ = 0;
  let predQ = 0;
  let matchedQ = 0;
  let affOk = 0;
  let directOk = 0;
  let relOk = 0;
  const byType = new Map<string, { found: number; total: number }>();
  for (const pair of pairs) {
    const { gold, predicted } = pair;
    const canon = pair.canon ?? shared;
    const matches = matchEvents(gold.events, predicted.events, canon);
    goldEv += gold.events.length;
    predEv += predicted.events.length;
    matchedEv += matches.length;
    const found = new Set(matches.map(([g]) => g));
    gold.events.forEach((e, i) => {
      const t = byType.get(e.type) ?? { found: 0, total: 0 };
      t.total++;
      if (found.has(i)) t.found++;
      byType.set(e.type, t);
    });
    for (const [g, p] of matches) {
      if (gold.events[g]!.type === predicted.events[p]!.type) typeOk++;
      if (normaliseDate(gold.events[g]!.date) === normaliseDate(predicted.events[p]!.date)) dateOk++;
    }
    if (gold.relevant === predicted.relevant) relOk++;
    if (!gold.relevant) continue;
    const gq = bySpeaker(gold.quotes);
    const pq = bySpeaker(predicted.quotes);
    goldQ += gq.size;
    predQ += pq.size;
    for (const [key, q] of gq) {
      const p = pq.get(key);
      if (!p) continue;
      matchedQ++;
      if (sameAffiliation(q.affiliation, p.affiliation, canon)) affOk++;
      if (p.direct !== undefined && p.direct === q.direct) directOk++;
    }
  }
  const recallByType: Record<string, Accuracy> = {};
  for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b))) recallByType[type] = accuracy(t.found, t.total);
  return {
    articles: pairs.length,
    events: prf(goldEv, predEv, matchedEv),
    typeAccuracy: accuracy(typeOk, matchedEv),
    dateAccuracy: accuracy(dateOk, matchedEv),
    recallByType,
    quotes: prf(goldQ, predQ, matchedQ),
    affiliationAccuracy: accuracy(affOk, matchedQ),
    directAccuracy: accuracy(directOk, matchedQ),
    relevanceAccuracy: accuracy(relOk, pairs.length),
  };
}
