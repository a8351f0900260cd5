// Placeholder until this stage's issue lands; replaced by the real command.
import type { Command } from "../args.ts";
import { WallwatchError } from "../errors.ts";

const notYet = (name: string): Command => async () => {
  throw new WallwatchError("internal", `${name}: not built yet`);
};
export const sourceCheck = notYet("sourceCheck");
