// Next.js's own file-system page cache, with two changes:
// - it never stores a 404. An unknown slug under a cached route would otherwise write about seven
//   files (44 KB) to .next, so one client asking for random addresses could fill the disk; and a
//   slug that later becomes a story must not be answered from a stored "not found".
// - it never answers with an entry written before this server bound the cache to its database
//   (db/cache/database-binding.ts): pages and reads cached from another database, or from the
//   one a restored backup replaced, are rendered anew instead.
// Configured as `cacheHandler` in next.config.js.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const validSinceKey = Symbol.for('broadsheet.cache-valid-since');

export default class PageCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    const validSince = globalThis[validSinceKey] ?? 0;
    return entry && entry.lastModified < validSince ? null : entry;
  }

  async set(key, data, ctx) {
    if (data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
