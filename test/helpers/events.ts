// Events an article reports, as one line each, for tests that compare whole outputs.
import { useDetector } from "../../src/classify/detector.ts";
import { classifyArticle } from "../../src/classify/index.ts";

/** "type | parties | date" for each event `text` reports when published on `published`. */
export const kindsOn = (published: string) => (text: string) => classifyArticle({ text, published }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);

/** "parties | date" for each event `text` reports when published on `published`. */
export const sidesOn = (published: string) => (text: string) => classifyArticle({ text, published }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);

/**
 * Switches the learned detector off for this test file: rule tests check what the rules read in
 * one sentence. The detector's own veto and cue are tested in detector.test.ts, and its effect on
 * whole articles is measured by `npm run eval`.
 */
export const rulesOnly = (): void => useDetector(null);
