// Turning a party name typed by a user into entity ids: canonical names and aliases (registry and
// stored entities), subsidiaries included unless --exact, and a "did you mean" for near misses.
import type { EntityRegistry } from "../classify/entities.ts";
import type { Db } from "../db/client.ts";
import { entityByName, entityIdsByNames, entityIdsWithDescendants, entityNamesAndAliases } from "../db/queries.ts";
import { WallwatchError } from "../errors.ts";

export interface ResolvedParty {
  /** Canonical name the input resolved to. */
  name: string;
  /** Entity ids of the party (and its subsidiaries unless exact). */
  ids: number[];
}

function canonicalName(db: Db, registry: EntityRegistry, input: string): string | undefined {
  const known = registry.get(input);
  if (known) return known.name;
  const stored = entityByName(db, input);
  if (stored) return stored.name;
  const lower = input.trim().toLowerCase();
  for (const e of entityNamesAndAliases(db)) {
    if (e.aliases.some((a) => a.toLowerCase() === lower)) return e.name;
  }
  return undefined;
}

/** The nearest canonical name to a misspelt one, if any is close enough to be a likely typo. */
export async function suggestParty(db: Db, registry: EntityRegistry, input: string): Promise<string | undefined> {
  // natural is large; load it only on this error path.
  const { JaroWinklerDistance, LevenshteinDistance } = await import("natural");
  const candidates = new Map<string, string>();
  for (const e of registry.all()) for (const s of [e.name, ...e.aliases]) candidates.set(s, e.name);
  for (const e of entityNamesAndAliases(db)) for (const s of [e.name, ...e.aliases]) if (!candidates.has(s)) candidates.set(s, e.name);
  const needle = input.trim().toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const [spelling, name] of candidates) {
    const hay = spelling.toLowerCase();
    const jw = JaroWinklerDistance(needle, hay, { ignoreCase: true });
    const edits = LevenshteinDistance(needle, hay);
    // Short names need a near-exact spelling, or "QQ" would be suggested for every two-letter typo.
    const close = jw >= 0.88 || edits <= Math.min(2, Math.floor(hay.length / 4));
    if (close && (!best || jw > best.score)) best = { name, score: jw };
  }
  return best?.name;
}

/** Resolves one --party value; unknown names become a one-line query.invalid error with a suggestion. */
export async function resolveParty(db: Db, registry: EntityRegistry, command: string, input: string, exact: boolean): Promise<ResolvedParty> {
  const name = canonicalName(db, registry, input);
  if (!name) {
    const hint = await suggestParty(db, registry, input);
    throw new WallwatchError("query.invalid", `${command}: unknown party '${input}'${hint ? ` — did you mean ${hint}?` : ""}`);
  }
  if (exact) return { name, ids: entityIdsByNames(db, [name]) };
  // The registry knows subsidiaries the database may not have linked yet; the database knows
  // parents set for unknown organisations. Use both.
  return { name, ids: entityIdsWithDescendants(db, [name, ...registry.descendants(name)]) };
}
