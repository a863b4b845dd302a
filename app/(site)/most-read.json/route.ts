import { z } from 'zod';
import { getMostReadListForPages } from '@/db/queries/most-read';
import { mostReadStamp } from '@/lib/most-read-stamp';
import { cacheLifetimes } from '@/lib/cache-policy';
import type { MostReadLink } from '@/components/most-read/MostRead';

export const dynamic = 'force-dynamic';

const query = z.object({ period: z.enum(['day', 'week']) });

/**
 * The most-read list as JSON, for article pages: they are cached until their story changes,
 * while the list changes with every view, so the page fetches it (components/most-read/LiveMostRead.tsx).
 * The list itself is computed at most once a minute, and browsers and proxies may keep it as long.
 */
export async function GET(request: Request) {
  const parsed = query.safeParse({ period: new URL(request.url).searchParams.get('period') });
  if (!parsed.success) {
    return new Response('Ask for period=day or period=week.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const { updatedAt, entries } = await getMostReadListForPages({ period: parsed.data.period });
  const stories: MostReadLink[] = entries.map(({ id, slug, headline, sectionName }) => ({ id, slug, headline, sectionName }));
  return Response.json(
    { period: parsed.data.period, stories, updated: mostReadStamp(updatedAt) },
    { headers: { 'cache-control': `public, max-age=${cacheLifetimes.mostRead}, stale-while-revalidate=${cacheLifetimes.mostRead}` } },
  );
}
