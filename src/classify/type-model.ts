// Placeholder with the final signature; the relevance helper replaces the body with the trained model.
import type { EventType } from "./types.ts";

/** Event-type probabilities for one sentence from the trained classifier (empty when unsure). */
export function typeScores(_sentence: string): Partial<Record<EventType, number>> {
  return {};
}
