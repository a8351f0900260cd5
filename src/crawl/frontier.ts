// The frontier: which discovered links are worth fetching. Links are canonicalised (tracking
// parameters and fragments dropped), filtered by the source's include/exclude patterns, and
// anything already stored is never fetched again.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { SourceSpec } from "../config.ts";
import type { Db } from "../db/client.ts";
import { storedUrls } from "../db/articles.ts";
import { isNonPublicAddress } from "./address-guard.ts";
import { canonicalizeUrl } from "./canonical-url.ts";
import type { FeedItem } from "./types.ts";

export interface PlannedArticle {
  item: FeedItem;
  /** Canonical form of the item's link. */
  canonicalUrl: string;
}

export interface FrontierPlan {
  todo: PlannedArticle[];
  /** Already stored (by url or canonical url), or repeated within the feed. */
  seen: number;
  /** Dropped by include/exclude patterns or not http(s). */
  filtered: number;
}

/** Chooses the items to fetch, in feed order, at most `limit`. */
export function planArticles(db: Db, source: SourceSpec, items: FeedItem[], limit: number): FrontierPlan {
  const include = source.include.map((p) => new RegExp(p));
  const exclude = source.exclude.map((p) => new RegExp(p));
  let filtered = 0;
  const candidates: PlannedArticle[] = [];
  for (const item of items) {
    let canonical: string;
    try {
      canonical = canonicalizeUrl(item.link);
    } catch {
      filtered++;
      continue;
    }
    if (!/^https?:/.test(canonical)) {
      filtered++;
      continue;
    }
    if ((include.length && !include.some((r) => r.test(item.link))) || exclude.some((r) => r.test(item.link))) {
      filtered++;
      continue;
    }
    candidates.push({ item, canonicalUrl: canonical });
  }
  const stored = storedUrls(db, candidates.flatMap((c) => [c.item.link, c.canonicalUrl]));
  const picked = new Set<string>();
  const todo: PlannedArticle[] = [];
  let seen = 0;
  for (const c of candidates) {
    if (stored.has(c.canonicalUrl) || stored.has(c.item.link) || picked.has(c.canonicalUrl)) {
      seen++;
      continue;
    }
    if (todo.length >= limit) continue;
    picked.add(c.canonicalUrl);
    todo.push(c);
  }
  return { todo, seen, filtered };
}

/** Whether a source lives on a loopback/private/link-local host; only then may its links point at such hosts. */
export async function sourceIsPrivate(sourceUrl: string): Promise<boolean> {
  const host = new URL(sourceUrl).hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host)) return isNonPublicAddress(host);
  try {
    const addrs = await lookup(host, { all: true });
    return addrs.length > 0 && addrs.every((a) => isNonPublicAddress(a.address));
  } catch {
    // Unresolvable here: treat as public, so its links are guarded.
    return false;
  }
}
