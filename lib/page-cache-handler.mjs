// Next.js's own file-system page cache, except that it never stores a 404. An unknown slug
// under a cached route would otherwise write about seven files (44 KB) to .next, so one client
// asking for random addresses could fill the disk; and a slug that later becomes a story must
// not be answered from a stored "not found". Configured as `cacheHandler` in next.config.js.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
