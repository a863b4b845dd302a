import { getLatestPublicUpdate, listArticleSitemapChunks } from '@/db/queries/sitemap';
import { absoluteUrl } from '@/lib/site-config';
import { buildSitemapIndex, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

/** Sitemap index: listings, articles in id ranges of 5,000, and the news sitemap. */
export async function GET() {
  const lastmod = (await getLatestPublicUpdate()) ?? undefined;
  const chunks = await listArticleSitemapChunks();
  return xmlResponse(
    buildSitemapIndex([
      { loc: absoluteUrl('/sitemaps/pages.xml'), lastmod },
      ...chunks.map(({ chunk, lastmod }) => ({ loc: absoluteUrl(`/sitemaps/articles-${chunk}.xml`), lastmod: lastmod ?? undefined })),
      { loc: absoluteUrl('/sitemaps/news.xml'), lastmod },
    ]),
  );
}
