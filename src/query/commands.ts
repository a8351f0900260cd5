// The query stage's commands, under the names src/cli.ts loads.
export { event, events, pair } from "./event-commands.ts";
export { articles, entities, quotes, sql, stats } from "./other-commands.ts";
