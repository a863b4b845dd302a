import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleAuthors, articles, articleSlugHistory, articleTags } from '@/db/schema';
import type { StoryCacheKeys } from '@/lib/cache-policy';

/** What revalidateStory needs to know about a story as it is now (old addresses too), or null if there is none. */
export function getStoryCacheKeys({ id }: { id: number }): StoryCacheKeys | null {
  const db = getDb();
  const story = db
    .select({ slug: articles.slug, sectionId: articles.sectionId, authorId: articles.authorId })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  if (!story) return null;
  const tagIds = db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id)).all();
  const bylines = db.select({ authorId: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).all();
  const authorIds = [...new Set([story.authorId, ...bylines.map((b) => b.authorId)])];
  const oldSlugs = db.select({ slug: articleSlugHistory.slug }).from(articleSlugHistory).where(eq(articleSlugHistory.articleId, id)).all();
  const slugs = [...new Set([story.slug, ...oldSlugs.map((s) => s.slug)])];
  return { id, slugs, sectionIds: [story.sectionId], authorIds, tagIds: tagIds.map((t) => t.tagId) };
}
