// "In 2021 the central bank told every bank and wallet to read each other's QR codes": a story
// set in one country calls that country's central bank just "the central bank", often without
// ever naming it. The registry places each central bank by its own spellings ("Paraguay's
// central bank", "Paraguayan central bank"); the story places itself by the same words.
import type { EntityRegistry, LocalName } from "./entities.ts";
import { perRegistry } from "./name-senses.ts";
import { escapeRegExp } from "./normalize.ts";
import type { Entity } from "./types.ts";

// "Banco Central do Brasil" spelt out, or "the Central Bank (BC)": only the bare noun is meant.
const BARE = /\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)\s+(?:country['’]s\s+|national\s+)?(?:central bank|Central Bank)\b(?!\s+of\b)/;

// "Paraguay's central bank" / "the Philippines' central bank" / "Paraguayan central bank".
const PLACED = /^(?:the\s+)?(.+?)(?:['’]s?)?\s+central bank$/i;

interface Placed {
  entity: Entity;
  /** The words that place a story in the bank's country ("Paraguay", "Paraguayan"). */
  places: RegExp;
}

const placedBanks = perRegistry((registry): Placed[] => {
  const table: Placed[] = [];
  for (const entity of registry.all()) {
    if (entity.kind !== "regulator") continue;
    const places = new Set<string>();
    for (const spelling of entity.aliases) {
      const where = PLACED.exec(spelling)?.[1];
      // "the EU's central bank" places a bank in a union, not a country a story is set in.
      if (where && /^[A-Z]/.test(where) && !/^(?:EU|Europe|European)$/.test(where)) places.add(where.replace(/['’]s?$/, ""));
    }
    if (places.size > 0) {
      const words = [...places].map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+"));
      table.push({ entity, places: new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "gu") });
    }
  }
  return table;
});

/**
 * "The central bank" as the central bank the story points to most clearly: by its own name, by a
 * system it owns ("Pix", "Bre-B") or by its country; none when another bank is pointed to as often.
 * `registry` is the shared one (its table of banks is built once); `read` is how the article reads
 * names, with the names it defines itself.
 */
export function centralBankNames(text: string, registry: EntityRegistry, read: EntityRegistry = registry): LocalName[] {
  if (!BARE.test(text)) return [];
  const banks = placedBanks(registry);
  // Its own name counts twice, a system it owns or its country once: "InstaPay" is also the
  // Philippine system's name in an Egyptian story that names Egypt and its central bank more often.
  const counts = new Map<Entity, number>();
  const add = (entity: Entity, n: number) => counts.set(entity, (counts.get(entity) ?? 0) + n);
  for (const m of read.match(text)) {
    const owners = [m.entity.name, ...read.ancestors(m.entity.name)];
    for (const b of banks) if (owners.includes(b.entity.name)) add(b.entity, m.entity === b.entity ? 2 : 1);
  }
  for (const b of banks) add(b.entity, text.match(b.places)?.length ?? 0);
  const pick = strictTop([...counts].map(([entity, n]) => ({ entity, n })));
  return pick ? [{ entity: pick, spellings: ["central bank"] }] : [];
}

/** The entity counted most, when no other is counted as often. */
function strictTop(counted: { entity: Entity; n: number }[]): Entity | undefined {
  const sorted = counted.filter((c) => c.n > 0).sort((a, b) => b.n - a.n);
  return sorted[0] && !(sorted[1] && sorted[1].n >= sorted[0].n) ? sorted[0].entity : undefined;
}
