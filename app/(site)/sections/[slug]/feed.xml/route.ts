import { listLatestArticlesInSection } from '@/db/queries/articles';
import { getLatestCorrections } from '@/db/queries/corrections';
import { getSectionBySlug } from '@/db/queries/sections';
import { feedItemsFromCards, feedLength } from '@/lib/feed-items';
import { isPlausibleSlug } from '@/lib/route-params';
import { buildRssFeed, rssResponse } from '@/lib/rss';
import { absoluteUrl, siteName } from '@/lib/site-config';

export const dynamic = 'force-dynamic';

/** One section's latest stories as RSS 2.0. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const section = isPlausibleSlug(slug) ? await getSectionBySlug({ slug }) : null;
  if (!section) return new Response('No such section.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const cards = await listLatestArticlesInSection({ sectionId: section.id, limit: feedLength });
  const corrections = await getLatestCorrections(cards.map((card) => card.id));
  return rssResponse(
    buildRssFeed({
      title: `${section.name} · ${siteName}`,
      description: section.description,
      siteUrl: absoluteUrl(`/sections/${section.slug}`),
      selfUrl: absoluteUrl(`/sections/${section.slug}/feed.xml`),
      items: feedItemsFromCards(cards, corrections),
    }),
  );
}
