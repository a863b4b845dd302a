export const siteName = 'Broadsheet';
export const siteDescription = 'Independent news, analysis and culture from the Broadsheet newsroom.';

/** Every absolute URL (canonical links, feeds, OpenGraph) starts here. */
export function siteUrl(): URL {
  const fallback = `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    return new URL(process.env.SITE_URL ?? fallback);
  } catch {
    return new URL(fallback);
  }
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}

/**
 * Hosts (besides this site) that article bodies may load images from, from ARTICLE_IMAGE_HOSTS
 * ("images.example.org,cdn.example.net"). Empty by default: no tracking pixels, no third party
 * learning who reads what. The sanitizer and the Content-Security-Policy both read this list.
 */
export function articleImageHosts(raw: string | undefined = process.env.ARTICLE_IMAGE_HOSTS): string[] {
  return (raw ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => /^[a-z0-9.-]+(:\d+)?$/.test(host));
}
