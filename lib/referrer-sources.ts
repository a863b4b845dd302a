/**
 * Where a reader came from, as the view counter reports it: the referring page's host only
 * (the browser sends no path, no query), grouped the way an editor asks about it. Stored as
 * daily counts per story and group, never per reader.
 */
export type SourceGroup = 'search' | 'social' | 'other-sites' | 'direct' | 'internal';

export const sourceGroupLabels: Record<SourceGroup, string> = {
  search: 'Search',
  social: 'Social',
  'other-sites': 'Other sites',
  direct: 'Direct',
  internal: 'Within Broadsheet',
};

// Registrable names (and their subdomains): "google" matches google.com, news.google.co.uk…
const searchNames = ['google', 'bing', 'duckduckgo', 'yahoo', 'yandex', 'baidu', 'ecosia', 'qwant', 'startpage', 'kagi', 'naver', 'seznam'];
const searchHosts = ['search.brave.com'];
const socialHosts = [
  'facebook.com',
  'fb.com',
  'instagram.com',
  't.co',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'lnkd.in',
  'reddit.com',
  'news.ycombinator.com',
  'bsky.app',
  'threads.net',
  'mastodon.social',
  'youtube.com',
  'tiktok.com',
  'pinterest.com',
  'whatsapp.com',
  't.me',
  'telegram.org',
  'flipboard.com',
];

const hostPattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A host as stored: lower case, no port, no "www."; null for anything that is not a host name. */
export function normalizeHost(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/:\d{1,5}$/, '')
    .replace(/\.$/, '');
  if (!hostPattern.test(host)) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The group a referring host belongs to; `siteHost` is this site's own (internal links). */
export function sourceOf({ referrerHost, siteHost }: { referrerHost: string | null | undefined; siteHost: string | null }): {
  group: SourceGroup;
  host: string;
} {
  const host = normalizeHost(referrerHost);
  if (!host) return { group: 'direct', host: '' };
  if (siteHost && host === normalizeHost(siteHost)) return { group: 'internal', host };
  const labels = host.split('.');
  if (searchHosts.some((d) => within(host, d)) || labels.slice(0, -1).some((label) => searchNames.includes(label))) {
    return { group: 'search', host };
  }
  if (socialHosts.some((d) => within(host, d))) return { group: 'social', host };
  return { group: 'other-sites', host };
}

/** A utm_source / utm_campaign value as stored: trimmed, lower case, at most 100 characters; null when empty. */
export function normalizeCampaignValue(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const value = raw
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .toLowerCase()
    .slice(0, 100);
  return value.length > 0 ? value : null;
}
