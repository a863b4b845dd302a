import { countArticleSitemaps, getLatestPublicUpdate } from '@/db/queries/sitemap';
import { absoluteUrl } from '@/lib/site-config';
import { buildSitemapIndex, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

/** Sitemap index: listings, articles in id ranges of 1,000, and the news sitemap. */
export async function GET() {
  const lastmod = (await getLatestPublicUpdate()) ?? undefined;
  const chunks = await countArticleSitemaps();
  return xmlResponse(
    buildSitemapIndex([
      { loc: absoluteUrl('/sitemaps/pages.xml'), lastmod },
      ...Array.from({ length: chunks }, (_, i) => ({ loc: absoluteUrl(`/sitemaps/articles-${i + 1}.xml`), lastmod })),
      { loc: absoluteUrl('/sitemaps/news.xml'), lastmod },
    ]),
  );
}
