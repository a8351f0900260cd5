// Placeholder until this stage's issue lands; replaced by the real commands.
import type { Command } from "../args.ts";
import { WallwatchError } from "../errors.ts";

const notYet = (name: string): Command => async () => {
  throw new WallwatchError("internal", `${name}: not built yet`);
};
export const events = notYet("events");
export const event = notYet("event");
export const quotes = notYet("quotes");
export const articles = notYet("articles");
export const pair = notYet("pair");
export const entities = notYet("entities");
export const stats = notYet("stats");
export const sql = notYet("sql");
