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

// Edit distance counting a swap of neighbours as one edit ("Tencnet" is one slip from "Tencent").
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The canonical name whose name or alias is nearest to a misspelt input, if close enough to be a typo. */
export function suggestParty(db: Db, registry: EntityRegistry, input: string): string | undefined {
  const spellings = new Map<string, string>();
  for (const e of registry.all()) for (const s of [e.name, ...e.aliases]) spellings.set(s.toLowerCase(), e.name);
  for (const e of entityNamesAndAliases(db)) for (const s of [e.name, ...e.aliases]) if (!spellings.has(s.toLowerCase())) spellings.set(s.toLowerCase(), e.name);
  const needle = input.trim().toLowerCase();
  // Short names allow fewer slips, or every two-letter typo would become "QQ".
  const allowed = Math.min(2, Math.max(1, Math.floor(needle.length / 4)));
  let best: { name: string; distance: number } | undefined;
  for (const [spelling, name] of spellings) {
    if (Math.abs(spelling.length - needle.length) > allowed) continue;
    const distance = typoDistance(needle, spelling);
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Resolves one --party value; unknown names become a one-line query.invalid error with a suggestion. */
export async function resolveParty(db: Db, registry: EntityRegistry, command: string, input: string, exact: boolean): Promise<ResolvedParty> {
  const name = canonicalName(db, registry, input);
  if (!name) {
    const hint = suggestParty(db, registry, input);
    throw new WallwatchError("query.invalid", `${command}: unknown party '${input}'${hint ? ` — did you mean ${hint}?` : ""}`);
  }
  if (exact) return { name, ids: entityIdsByNames(db, [name]) };
  // The registry knows subsidiaries the database may not have linked yet; the database knows
  // parents set for unknown organisations. Use both.
  return { name, ids: entityIdsWithDescendants(db, [name, ...registry.descendants(name)]) };
}
