import { listLatestArticles } from '@/db/queries/articles';
import { getLatestCorrections } from '@/db/queries/corrections';
import { feedItemsFromCards, feedLength } from '@/lib/feed-items';
import { buildRssFeed, rssResponse } from '@/lib/rss';
import { absoluteUrl, siteDescription, siteName } from '@/lib/site-config';

export const dynamic = 'force-dynamic';

/** The whole site's latest stories as RSS 2.0. */
export async function GET() {
  const cards = await listLatestArticles({ limit: feedLength });
  const corrections = await getLatestCorrections(cards.map((card) => card.id));
  return rssResponse(
    buildRssFeed({
      title: siteName,
      description: siteDescription,
      siteUrl: absoluteUrl('/'),
      selfUrl: absoluteUrl('/feed.xml'),
      items: feedItemsFromCards(cards, corrections),
    }),
  );
}
