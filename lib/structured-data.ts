import type { ArticleDetail } from '@/db/queries/articles';
import { leadImageOf, shareImage } from './images/image-files';
import { absoluteUrl, siteName } from './site-config';

/** schema.org NewsArticle for an article page; `image` only when the story has a lead picture. */
export function newsArticleJsonLd(article: ArticleDetail) {
  const url = absoluteUrl(`/articles/${article.slug}`);
  const lead = leadImageOf(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.standfirst,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    articleSection: article.sectionName,
    keywords: article.tags.map((t) => t.name),
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.createdAt.toISOString() })),
    }),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    ...(lead && { image: [absoluteUrl(shareImage(lead.image).path)] }),
    // The count when the page was rendered (the page shows it live; see /how-we-count).
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: { '@type': 'ReadAction' },
      userInteractionCount: article.viewCount,
    },
    author: article.bylines.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(`/authors/${a.slug}`), jobTitle: a.role })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: siteName,
      url: absoluteUrl('/'),
      logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
    },
  };
}

/** schema.org BreadcrumbList from Home down to the current page. */
export function breadcrumbJsonLd(trail: { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Home', path: '/' }, ...trail].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped (and the line
 * separators JavaScript once treated as newlines), so no headline can close the script tag.
 */
export function jsonLdScriptText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
