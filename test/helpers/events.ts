// Events an article reports, as one line each, for tests that compare whole outputs.
import { classifyArticle } from "../../src/classify/index.ts";

/** "type | parties | date" for each event `text` reports when published on `published`. */
export const kindsOn = (published: string) => (text: string) => classifyArticle({ text, published }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);

/** "parties | date" for each event `text` reports when published on `published`. */
export const sidesOn = (published: string) => (text: string) => classifyArticle({ text, published }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
