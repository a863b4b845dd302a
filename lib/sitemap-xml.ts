import { escapeXml } from './rss';

/** Story ids per article sitemap: small enough to build in a few milliseconds, well under the 50,000-URL limit. */
export const idsPerArticleSitemap = 1_000;

export type SitemapUrl = { loc: string; lastmod?: Date };
export type NewsSitemapItem = { loc: string; title: string; publishedAt: Date };

const lastmod = (date?: Date) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

export function buildUrlset(urls: SitemapUrl[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${lastmod(u.lastmod)}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function buildSitemapIndex(sitemaps: SitemapUrl[]): string {
  const body = sitemaps.map((s) => `  <sitemap><loc>${escapeXml(s.loc)}</loc>${lastmod(s.lastmod)}</sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/** Google News sitemap: stories from the last 48 hours only. */
export function buildNewsSitemap({ publicationName, items }: { publicationName: string; items: NewsSitemapItem[] }): string {
  const body = items
    .map(
      (item) => `  <url>
    <loc>${escapeXml(item.loc)}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(publicationName)}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${item.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(item.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' } });
}
