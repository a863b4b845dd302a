import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/staff', '/search', '/bench-ceiling'] },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/sitemaps/news.xml')],
  };
}
