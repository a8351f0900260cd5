// Syndicated or re-titled copies of a story: exact text matches by content hash, near ones by
// SimHash distance. Kept in memory for the run, seeded from recent stored articles.
import { createHash } from "node:crypto";
import { popcount32 } from "./simhash.ts";

/** sha256 of the text with whitespace and case folded. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim().toLowerCase()).digest("hex");
}

// Bits that may differ for two texts to count as the same story (of 64).
const MAX_DISTANCE = 3;
// Very short texts collide by accident; they are only ever exact duplicates.
const MIN_CHARS_FOR_NEAR = 400;

export class NearDuplicateIndex {
  private readonly byHash = new Map<string, number>();
  // Fingerprints as two 32-bit halves: every new article is compared with all of them, so the
  // comparison must not parse hex strings.
  private readonly ids: number[] = [];
  private readonly hi: number[] = [];
  private readonly lo: number[] = [];

  constructor(seed: { id: number; simhash: string; contentHash: string }[] = []) {
    // Seed is newest first; keep the oldest id as the original for each hash.
    for (const s of [...seed].reverse()) this.add(s.id, s.contentHash, s.simhash);
  }

  /** The stored article this text duplicates, if any. */
  find(text: string, fp: { contentHash: string; simhash: string }): number | null {
    const exact = this.byHash.get(fp.contentHash);
    if (exact !== undefined) return exact;
    if (text.length < MIN_CHARS_FOR_NEAR) return null;
    const hi = Number.parseInt(fp.simhash.slice(0, 8), 16);
    const lo = Number.parseInt(fp.simhash.slice(8, 16), 16);
    for (let i = 0; i < this.ids.length; i++) {
      if (popcount32(this.hi[i]! ^ hi) + popcount32(this.lo[i]! ^ lo) <= MAX_DISTANCE) return this.ids[i]!;
    }
    return null;
  }

  add(id: number, hash: string, print: string): void {
    if (!this.byHash.has(hash)) this.byHash.set(hash, id);
    this.ids.push(id);
    this.hi.push(Number.parseInt(print.slice(0, 8), 16));
    this.lo.push(Number.parseInt(print.slice(8, 16), 16));
  }
}
