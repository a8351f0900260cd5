// The classify stage's pure core: article text and publication date in, events and quotes out.
// The registry, lexicon and models load once per process, so classifying is only CPU work.
import { defaultRegistry } from "./entities.ts";
import { detectEvents } from "./events.ts";
import { extractQuotes } from "./quotes.ts";
import { relevanceScore } from "./relevance.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { defaultTriggers } from "./triggers.ts";
import type { ArticleInput, Classification, ExtractedEvent, ExtractedQuote } from "./types.ts";

export type { ArticleInput, Classification } from "./types.ts";

/** Event confidence that makes an article relevant on its own. */
const EVENT_CONFIDENCE = 0.6;
/** Model relevance that makes an article relevant without a confident event. */
const MODEL_RELEVANT = 0.8;

let modelMissing = false;

/** The trained relevance model's score, or 0 when its file is absent: events alone then decide. */
function modelRelevance(input: ArticleInput): number {
  if (modelMissing) return 0;
  try {
    return relevanceScore({ ...(input.title !== undefined ? { title: input.title } : {}), text: input.text });
  } catch {
    modelMissing = true;
    return 0;
  }
}

/** Finds every interconnection event and quote an article reports. Pure and synchronous. */
export function classifyArticle(input: ArticleInput): Classification {
  const registry = defaultRegistry();
  const sentences = splitSentences(input.text);
  const { events, unknownEntities } = detectEvents(sentences, input.published, registry, defaultTriggers());
  const quotes = linkQuotes(extractQuotes(sentences, registry), events, sentences);
  const model = modelRelevance(input);
  const confident = events.some((e) => e.confidence >= EVENT_CONFIDENCE);
  const relevance = Math.max(model, confident ? Math.max(...events.map((e) => e.confidence)) : 0);
  return { relevant: confident || model >= MODEL_RELEVANT, relevance, events, quotes, unknownEntities };
}

/**
 * Ties each quote to the event it comments on: an event whose parties the quote names, else
 * the nearest event reported at or before the quote in the same or the previous paragraph.
 */
function linkQuotes(quotes: ExtractedQuote[], events: ExtractedEvent[], sentences: Sentence[]): ExtractedQuote[] {
  if (events.length === 0) return quotes;
  return quotes.map((q) => {
    if (q.sentenceIndex === undefined) return q;
    const here = sentences[q.sentenceIndex];
    if (!here) return q;
    const text = `${q.text} ${here.text}`;
    const named = events.findIndex((e) => e.parties.length > 0 && e.parties.every((p) => text.includes(p)));
    if (named >= 0) return { ...q, eventIndex: named };
    let best = -1;
    let bestAt = -1;
    events.forEach((e, i) => {
      for (const at of [e.sentenceIndex, ...(e.alsoIn ?? [])]) {
        const s = sentences[at];
        if (!s || at > q.sentenceIndex! || here.paragraph - s.paragraph > 1) continue;
        if (at > bestAt) {
          best = i;
          bestAt = at;
        }
      }
    });
    return best >= 0 ? { ...q, eventIndex: best } : q;
  });
}
