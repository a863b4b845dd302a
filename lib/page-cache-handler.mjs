// Next.js's own file-system page cache, with two changes:
// - it never stores a 404. An unknown slug under a cached route would otherwise write about seven
//   files (44 KB) to .next, so one client asking for random addresses could fill the disk; and a
//   slug that later becomes a story must not be answered from a stored "not found".
// - it never answers with an entry written before this server bound the cache to its database
//   (db/cache/database-binding.ts): pages and reads cached from another database, or from the
//   one a restored backup replaced, are rendered anew instead;
// - nor with an entry written before a story it shows went live (a scheduled story's time):
//   db/queries/scheduled-stories.ts says when each tag last did.
// Configured as `cacheHandler` in next.config.js.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const validSinceKey = Symbol.for('broadsheet.cache-valid-since');
const tagLiveTimesKey = Symbol.for('broadsheet.tag-live-times');

/** The tags an entry was stored with: a page's in its headers, a cached read's in the request for it. */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') return header.split(',');
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

function wentLiveSince(entry, ctx) {
  const liveTimes = globalThis[tagLiveTimesKey]?.();
  if (!liveTimes || liveTimes.size === 0) return false;
  return tagsOf(entry, ctx).some((tag) => (liveTimes.get(tag) ?? 0) > entry.lastModified);
}

export default class PageCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (!entry) return entry;
    if (entry.lastModified < (globalThis[validSinceKey] ?? 0)) return null;
    return wentLiveSince(entry, args[1]) ? null : entry;
  }

  async set(key, data, ctx) {
    if (data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
