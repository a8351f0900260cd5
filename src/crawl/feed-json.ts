// JSON Feed 1.0 / 1.1 (https://jsonfeed.org): validated with zod; items that fail are counted.
import { z } from "zod";
import { WallwatchError } from "../errors.ts";
import { parseFeedDate, plainText, resolveId, resolveUrl } from "./feed-text.ts";
import type { FeedItem, ParsedFeed } from "./types.ts";

const jsonFeedSchema = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\/1/),
  title: z.string().optional(),
  home_page_url: z.string().optional(),
  feed_url: z.string().optional(),
  items: z.array(z.unknown()),
});

const jsonItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_text: z.string().optional(),
  date_published: z.string().optional(),
  date_modified: z.string().optional(),
});

/** Parses a JSON Feed document; throws feed.malformed when the text is not one. */
export function parseJsonFeed(text: string, feedUrl: string, timeZone?: string): { feed: ParsedFeed; dropped: number } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WallwatchError("feed.malformed", `feed: ${feedUrl}: JSON error: ${(err as Error).message}`);
  }
  const feed = jsonFeedSchema.safeParse(data);
  if (!feed.success) throw new WallwatchError("feed.malformed", `feed: ${feedUrl}: not a feed: JSON without a jsonfeed.org version and items`);
  const items: FeedItem[] = [];
  let dropped = 0;
  for (const raw of feed.data.items) {
    const item = jsonItemSchema.safeParse(raw);
    const link = item.success ? resolveUrl(item.data.url ?? item.data.external_url, feedUrl) : null;
    if (!item.success || !link) {
      dropped++;
      continue;
    }
    // Title is optional in JSON Feed (micro-posts); the start of the text stands in for it.
    const title = plainText(item.data.title ?? "") || plainText(item.data.content_text ?? "").slice(0, 120);
    const published = parseFeedDate(item.data.date_published ?? item.data.date_modified, timeZone);
    items.push({ title, link, id: resolveId(item.data.id, feedUrl) ?? link, published });
  }
  const home = resolveUrl(feed.data.home_page_url, feedUrl);
  return { feed: { format: "json", title: plainText(feed.data.title ?? ""), link: home ?? feedUrl, items }, dropped };
}
