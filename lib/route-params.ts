/** Slugs are lower-case words and hyphens; anything else cannot exist, so skip the query. */
export function isPlausibleSlug(slug: string): boolean {
  return slug.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/**
 * Section, author and tag listings. next.config.js rewrites `/sections/x?page=N` to
 * `/sections/x/p/N` (and no page to `/p/1`), so each listing page is a cacheable path.
 */
export type ListingPageProps = { params: Promise<{ slug: string; page: string }> };

/** Story ids in staff URLs: a plain positive integer that fits SQLite's rowid, else `null` (a 404). */
export function parseStoryId(raw: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
