// Placeholder until this stage's issue lands; replaced by the real commands.
import type { Command } from "../src/args.ts";
import { WallwatchError } from "../src/errors.ts";

const notYet = (name: string): Command => async () => {
  throw new WallwatchError("internal", `${name}: not built yet`);
};
export const schedule = notYet("schedule");
export const runOnce = notYet("runOnce");
export const status = notYet("status");
export const backup = notYet("backup");
