import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheLifetimes, type CacheLifetime } from '@/lib/cache-policy';
import { boundDatabaseId } from './database-binding';

type CachePolicy<Args extends unknown[]> = { lifetime: CacheLifetime; tags: (...args: Args) => string[] };

// The data cache stores JSON; Dates are marked on the way in so they come back as Dates.
const encode = (value: unknown) =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, json: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : json;
  });
const decode = <T>(text: string): T =>
  JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1 ? new Date((value as { $date: number }).$date) : value,
  ) as T;

/**
 * A read through Next's data cache, with the lifetime and tags of `policy`. While a page is
 * rendered for the ISR cache, both pass on to the page, which is how pages get their
 * lifetime and tags. Outside a Next.js server (unit tests, scripts, benchmarks) there is no
 * cache, and the read runs directly.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Result | Promise<Result>,
  policy: CachePolicy<Args>,
) {
  return async (...args: Args): Promise<Result> => {
    if (!process.env.NEXT_RUNTIME) return read(...args);
    const cached = unstable_cache(
      async () => {
        const result = await read(...args);
        // Nothing found is not stored: anyone can ask for a million unknown slugs, and each
        // stored miss would be a file on disk (see lib/page-cache-handler.mjs for pages).
        if (result === null || result === undefined) throw nothingFound;
        return encode(result);
      },
      [boundDatabaseId(), name, JSON.stringify(args)],
      { revalidate: cacheLifetimes[policy.lifetime], tags: policy.tags(...args) },
    );
    try {
      return decode<Result>(await cached());
    } catch (error) {
      if (error === nothingFound) return null as Result;
      throw error;
    }
  };
}

// Thrown (not returned) so the data cache stores nothing. Next.js logs it only when a cached
// entry goes stale and its thing has vanished without an expiry (a database edited by hand).
const nothingFound = new Error('nothing found for this cached read, so nothing was cached');
