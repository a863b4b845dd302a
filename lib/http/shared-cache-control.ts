/**
 * How long a shared cache in front of the app (nginx, a CDN) may keep a page. The app's own page
 * cache keeps pages until they change, because every change reaches it (db/cache/tag-changes.ts);
 * a cache in front hears none of that, so it asks again this often: a cheap hit for the app.
 */
export const sharedCacheSeconds = 30;

/** Next.js's Cache-Control for a cached page, with its s-maxage capped at sharedCacheSeconds. */
export function capSharedCacheLifetime(cacheControl: string): string {
  return cacheControl.replace(/\bs-maxage=(\d+)/, (_match, seconds: string) => `s-maxage=${Math.min(Number(seconds), sharedCacheSeconds)}`);
}
