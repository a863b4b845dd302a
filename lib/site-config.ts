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
