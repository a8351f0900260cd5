// Where the event errors come from, as counts only: a missed event that was found with the wrong
// party set is a different fault from one never found, and a wrong date that is the publication
// day is a different fault from a wrong year. Counts say which rule family to work on without
// showing any article, so they can be printed for the held-out quarter too.
import { type Canonicalise, type EvalPair, matchEvents, normaliseDate, partyKey } from "./evaluate.ts";

export interface ErrorProfile {
  /** Gold events not matched, by what the leftover predictions of that article show. */
  missed: {
    /** A leftover prediction names every gold party and more. */
    extraParties: number;
    /** A leftover prediction names some gold parties and no others. */
    fewerParties: number;
    /** A leftover prediction shares a party but also names others. */
    otherParties: number;
    /** No leftover prediction shares any party. */
    notFound: number;
  };
  /** Predictions not matched: sharing a party with a missed gold event, or with none. */
  extra: { partiesDiffer: number; spurious: number };
  /** Matched events whose dates disagree. */
  dates: {
    /** Gold has a date, predicted the publication day. */
    publishedInstead: number;
    /** Same period, but predicted less precise (2024 for 2024-05). */
    coarser: number;
    /** Same period, but predicted more precise (2024-05 for 2024). */
    finer: number;
    /** Gold null, predicted a date. */
    datedUndated: number;
    /** Predicted null, gold a date. */
    undatedDated: number;
    /** Any other disagreement. */
    otherPeriod: number;
  };
}

/** The published day of each pair's article, when known, for the "publication day instead" count. */
export type PublishedOf = (pair: EvalPair) => string | null;

export function errorProfile(pairs: EvalPair[], canon: Canonicalise, publishedOf: PublishedOf = () => null): ErrorProfile {
  const p: ErrorProfile = {
    missed: { extraParties: 0, fewerParties: 0, otherParties: 0, notFound: 0 },
    extra: { partiesDiffer: 0, spurious: 0 },
    dates: { publishedInstead: 0, coarser: 0, finer: 0, datedUndated: 0, undatedDated: 0, otherPeriod: 0 },
  };
  for (const pair of pairs) {
    const { gold, predicted } = pair;
    const matches = matchEvents(gold.events, predicted.events, canon);
    const gUsed = new Set(matches.map(([g]) => g));
    const pUsed = new Set(matches.map(([, q]) => q));
    const names = (parties: string[]) => new Set(partyKey(parties, canon).split("|"));
    const leftover = predicted.events.filter((_, j) => !pUsed.has(j)).map((e) => names(e.parties));
    const missedGold = gold.events.filter((_, i) => !gUsed.has(i)).map((e) => names(e.parties));
    for (const g of missedGold) {
      const sharing = leftover.filter((q) => [...q].some((x) => g.has(x)));
      if (sharing.length === 0) p.missed.notFound++;
      else if (sharing.some((q) => [...g].every((x) => q.has(x)))) p.missed.extraParties++;
      else if (sharing.some((q) => [...q].every((x) => g.has(x)))) p.missed.fewerParties++;
      else p.missed.otherParties++;
    }
    for (const q of leftover) {
      if (missedGold.some((g) => [...q].some((x) => g.has(x)))) p.extra.partiesDiffer++;
      else p.extra.spurious++;
    }
    const published = publishedOf(pair);
    for (const [g, q] of matches) {
      const gd = normaliseDate(gold.events[g]!.date);
      const pd = normaliseDate(predicted.events[q]!.date);
      if (gd === pd) continue;
      if (gd === null) p.dates.datedUndated++;
      else if (pd === null) p.dates.undatedDated++;
      else if (published !== null && pd === published) p.dates.publishedInstead++;
      else if (gd.startsWith(pd)) p.dates.coarser++;
      else if (pd.startsWith(gd)) p.dates.finer++;
      else p.dates.otherPeriod++;
    }
  }
  return p;
}

/** The profile as two report lines. */
export function profileLines(p: ErrorProfile): string[] {
  const m = p.missed;
  const d = p.dates;
  return [
    `  missed events: ${m.notFound} not found, ${m.extraParties} with extra parties, ${m.fewerParties} with fewer, ${m.otherParties} with other parties; extra events: ${p.extra.partiesDiffer} with wrong parties, ${p.extra.spurious} spurious`,
    `  date misses: ${d.publishedInstead} publication day instead, ${d.coarser} too coarse, ${d.finer} too fine, ${d.otherPeriod} other period, ${d.datedUndated} dated an undated, ${d.undatedDated} left undated`,
  ];
}
