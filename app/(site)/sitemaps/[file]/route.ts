import {
  getLatestPublicUpdate,
  countArticleSitemaps,
  listArticleSitemapUrls,
  listListingLastmods,
  listRecentPublicArticles,
} from '@/db/queries/sitemap';
import { absoluteUrl } from '@/lib/site-config';
import { siteName } from '@/lib/site-config';
import { buildNewsSitemap, buildUrlset, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('No such sitemap.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** /sitemaps/pages.xml, /sitemaps/articles-N.xml and /sitemaps/news.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'pages.xml') {
    const { sections, authors, tags } = await listListingLastmods();
    return xmlResponse(
      buildUrlset([
        { loc: absoluteUrl('/'), lastmod: (await getLatestPublicUpdate()) ?? undefined },
        { loc: absoluteUrl('/most-read') },
        { loc: absoluteUrl('/how-we-count') },
        ...sections.map((s) => ({ loc: absoluteUrl(`/sections/${s.slug}`), lastmod: s.lastmod ?? undefined })),
        ...authors.map((a) => ({ loc: absoluteUrl(`/authors/${a.slug}`), lastmod: a.lastmod ?? undefined })),
        ...tags.map((t) => ({ loc: absoluteUrl(`/tags/${t.slug}`) })),
      ]),
    );
  }
  if (file === 'news.xml') {
    const items = (await listRecentPublicArticles()).map((a) => ({
      loc: absoluteUrl(`/articles/${a.slug}`),
      title: a.headline,
      publishedAt: a.publishedAt,
    }));
    return xmlResponse(buildNewsSitemap({ publicationName: siteName, items }));
  }
  const chunk = /^articles-([1-9]\d{0,4})\.xml$/.exec(file);
  if (!chunk) return notFound();
  // Only chunks that exist are read (and cached): a made-up number costs nothing.
  const number = Number(chunk[1]);
  if (number > (await countArticleSitemaps())) return notFound();
  const rows = await listArticleSitemapUrls(number);
  return xmlResponse(buildUrlset(rows.map((r) => ({ loc: absoluteUrl(`/articles/${r.slug}`), lastmod: r.updatedAt }))));
}
