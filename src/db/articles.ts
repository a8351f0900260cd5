// Stored articles: the frontier's "seen?" question, near-duplicate candidates, and the insert
// that is one transaction per article (a crash never leaves half an article).
import { desc, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Db } from "./client.ts";
import { articles, rawPages } from "./schema.ts";

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/** The subset of `urls` already stored, by url or canonical url. */
export function storedUrls(db: Db, urls: string[]): Set<string> {
  const found = new Set<string>();
  // SQLite caps bound parameters; 400 urls x 2 lists stays well below it.
  for (let i = 0; i < urls.length; i += 400) {
    const chunk = urls.slice(i, i + 400);
    const rows = db
      .select({ url: articles.url, canonicalUrl: articles.canonicalUrl })
      .from(articles)
      .where(or(inArray(articles.url, chunk), inArray(articles.canonicalUrl, chunk)))
      .all();
    for (const r of rows) {
      found.add(r.url);
      found.add(r.canonicalUrl);
    }
  }
  return found;
}

/** Recent articles' fingerprints for near-duplicate detection (newest first). */
export function recentFingerprints(db: Db, limit = 20_000): { id: number; simhash: string; contentHash: string }[] {
  return db
    .select({ id: articles.id, simhash: articles.simhash, contentHash: articles.contentHash })
    .from(articles)
    .where(isNotNull(articles.simhash))
    .orderBy(desc(articles.id))
    .limit(limit)
    .all() as { id: number; simhash: string; contentHash: string }[];
}

/** Inserts an article (and its raw HTML when kept); returns its id, or null if the canonical URL is already stored. */
export function insertArticle(db: Db, row: NewArticle, rawHtml?: string): number | null {
  return db.transaction((tx) => {
    const inserted = tx.insert(articles).values(row).onConflictDoNothing({ target: articles.canonicalUrl }).returning({ id: articles.id }).get();
    if (!inserted) return null;
    if (rawHtml !== undefined) tx.insert(rawPages).values({ articleId: inserted.id, html: rawHtml, fetchedAt: row.fetchedAt }).run();
    return inserted.id;
  });
}

export function getArticle(db: Db, id: number): ArticleRow | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

export function countArticles(db: Db): number {
  return (db.$client.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
}
