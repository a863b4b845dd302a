import 'server-only';
import { and, desc, eq, gte, lt, lte, min, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleDailyStaffViews, articleHourlyViews, articles } from '@/db/schema';
import { siteHourStart } from '@/lib/site-hours';
import { lifecycleHours, storyAgainstPeers, viewsByAge, type HourlyRow } from '@/lib/story-lifecycle';

/** How many of the section's latest stories of at least the same age make up "the section median". */
export const lifecyclePeerCount = 30;

export type StoryLifecycle = ReturnType<typeof storyAgainstPeers> & { publishedHourStart: number };

/** Hourly rows of one story in its first `hours` hours, from the (article_id, hour) key. */
function firstHoursOf(articleId: number, publishedHourStart: number, hours: number): HourlyRow[] {
  return getDb()
    .select({ hour: articleHourlyViews.hour, views: articleHourlyViews.views })
    .from(articleHourlyViews)
    .where(
      and(
        eq(articleHourlyViews.articleId, articleId),
        gte(articleHourlyViews.hour, publishedHourStart),
        lt(articleHourlyViews.hour, publishedHourStart + hours * 3600),
      ),
    )
    .all();
}

/**
 * A published story's views per hour for its first whole hours (72 at most; null in its first hour), beside the median of the
 * section's latest stories that have reached the same age. Reads at most 31 ranges of 72 hourly
 * rows by key, whatever the size of the site.
 */
export function getStoryLifecycle({ articleId, now = new Date() }: { articleId: number; now?: Date }): StoryLifecycle | null {
  const db = getDb();
  const story = db
    .select({ sectionId: articles.sectionId, status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!story || story.status !== 'published' || !story.publishedAt || story.publishedAt > now) return null;
  const publishedHourStart = siteHourStart(story.publishedAt);
  // Whole hours only: a story in the middle of an hour would be set, for that hour, against peers
  // who had all of it. (Hour 0, the hour it was published in, is part of an hour for every story.)
  const ageHours = Math.min(lifecycleHours, Math.floor((now.getTime() / 1000 - publishedHourStart) / 3600));
  if (ageHours === 0) return null;
  // Peers published at least that long ago, so every one of them has lived through those hours,
  // and not before hourly counting began (their first hours would read as unread).
  const countingBegan =
    db
      .select({ hour: min(articleHourlyViews.hour) })
      .from(articleHourlyViews)
      .get()?.hour ?? null;
  if (countingBegan === null) return { ...storyAgainstPeers({ story: [], peers: [], ageHours }), publishedHourStart };
  const peers = db
    .select({ id: articles.id, publishedAt: articles.publishedAt })
    .from(articles)
    .where(
      and(
        eq(articles.sectionId, story.sectionId),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, new Date(now.getTime() - ageHours * 3600_000)),
        gte(articles.publishedAt, new Date(countingBegan * 1000)),
        ne(articles.id, articleId),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(lifecyclePeerCount)
    .all();
  // One key range per peer (its first hours), not every hour it was ever read.
  const peerViews = peers.map((peer) => {
    const start = siteHourStart(peer.publishedAt!);
    return viewsByAge(firstHoursOf(peer.id, start, ageHours), start, ageHours);
  });
  const storyViews = viewsByAge(firstHoursOf(articleId, publishedHourStart, ageHours), publishedHourStart, ageHours);
  return { ...storyAgainstPeers({ story: storyViews, peers: peerViews, ageHours }), publishedHourStart };
}

/** Views by signed-in staff, all time: shown beside readers' on the story's staff page. */
export function getStoryStaffViews({ articleId }: { articleId: number }): number {
  const days = getDb()
    .select({ views: articleDailyStaffViews.views })
    .from(articleDailyStaffViews)
    .where(eq(articleDailyStaffViews.articleId, articleId))
    .all();
  return days.reduce((sum, day) => sum + day.views, 0);
}
