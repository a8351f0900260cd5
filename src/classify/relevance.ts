// Placeholder with the final signature; the relevance helper replaces the body with the trained model.

/** Probability in [0, 1] that the article is about platform interconnection (model only, no rules). */
export function relevanceScore(_input: { title?: string; text: string }): number {
  return 0.5;
}
