import { countPublicArticles, getLatestPublicUpdate } from '@/db/queries/sitemap';
import { absoluteUrl } from '@/lib/site-config';
import { buildSitemapIndex, maxUrlsPerSitemap, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

/** Sitemap index: listings, articles in chunks of 50,000, and the news sitemap. */
export async function GET() {
  const lastmod = (await getLatestPublicUpdate()) ?? undefined;
  const chunks = Math.max(1, Math.ceil((await countPublicArticles()) / maxUrlsPerSitemap));
  return xmlResponse(
    buildSitemapIndex([
      { loc: absoluteUrl('/sitemaps/pages.xml'), lastmod },
      ...Array.from({ length: chunks }, (_, i) => ({ loc: absoluteUrl(`/sitemaps/articles-${i + 1}.xml`), lastmod })),
      { loc: absoluteUrl('/sitemaps/news.xml'), lastmod },
    ]),
  );
}
