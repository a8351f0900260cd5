// A one-line progress bar on a terminal (stderr); nothing when output is a pipe, where the JSON
// log lines tell the story instead.
import type { CrawlProgress } from "./pipeline.ts";

export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update(p: CrawlProgress): void; done(): void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  const draw = (p: CrawlProgress) => {
    const total = Math.max(p.articlesPlanned, 1);
    const width = 30;
    const filled = Math.round((p.articlesDone / total) * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    stream.write(`\r${bar} sources ${p.sourcesDone}/${p.sourcesTotal}  articles ${p.articlesDone}/${p.articlesPlanned}\u001b[K`);
  };
  return {
    update(p) {
      // Redraw at most ten times a second.
      if (Date.now() - last < 100 && p.articlesDone < p.articlesPlanned) return;
      last = Date.now();
      draw(p);
    },
    done() {
      stream.write("\r\u001b[K");
    },
  };
}
