// Placeholder with the final signature; the quotes helper replaces the body.
import type { EntityRegistry } from "./entities.ts";
import type { Sentence } from "./sentences.ts";
import type { ExtractedQuote } from "./types.ts";

/** Named people quoted in the article: direct and reported speech, with role and affiliation. */
export function extractQuotes(_sentences: Sentence[], _registry: EntityRegistry): ExtractedQuote[] {
  return [];
}
