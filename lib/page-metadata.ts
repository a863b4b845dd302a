import type { Metadata } from 'next';
import { siteName } from './site-config';

const siteFeed = { url: '/feed.xml', title: `${siteName} — all stories` };

/**
 * Canonical URL and RSS links for a page. Next.js replaces a parent's `alternates` wholesale,
 * so every page that sets a canonical must repeat the site feed; this keeps that in one place.
 * Without a path (the root layout) only the feed is set, so no page inherits a wrong canonical.
 */
export function pageAlternates(canonicalPath?: string, extraFeeds: { url: string; title: string }[] = []): Metadata['alternates'] {
  return { ...(canonicalPath && { canonical: canonicalPath }), types: { 'application/rss+xml': [siteFeed, ...extraFeeds] } };
}

/** `?page=N` is part of a listing's identity from page 2 on. */
export function listingPath(basePath: string, page: number): string {
  return page > 1 ? `${basePath}?page=${page}` : basePath;
}

type OpenGraph = NonNullable<Metadata['openGraph']>;

/**
 * Open Graph for a page, on top of the site's own (name, locale). Next.js replaces a parent's
 * `openGraph` wholesale rather than merging it, so a page that sets any field must set these too.
 */
export function siteOpenGraph(page: OpenGraph = {}): OpenGraph {
  return { siteName, locale: 'en_US', type: 'website', ...page } as OpenGraph;
}
