// Next.js's own file-system page cache, with three changes:
// - it never stores a 404. An unknown slug under a cached route would otherwise write about seven
//   files (44 KB) to .next, so one client asking for random addresses could fill the disk; and a
//   slug that later becomes a story must not be answered from a stored "not found".
// - it never answers with an entry written before this server bound the cache to its database
//   (db/cache/database-binding.ts): pages and reads cached from another database, or from the
//   one a restored backup replaced, are rendered anew instead;
// - an entry written before one of its tags changed (db/cache/tag-changes.ts: a story saved or
//   taken down in any server process or script, or a scheduled story's time) is served once more
//   while Next.js renders a new one (stale-while-revalidate), or, after a take-down, never again.
// Configured as `cacheHandler` in next.config.js.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const validSinceKey = Symbol.for('broadsheet.cache-valid-since');
const tagChangeTimesKey = Symbol.for('broadsheet.tag-change-times');

/** The tags an entry was stored with: a page's in its headers, a cached read's in the request for it. */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') return header.split(',');
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

// A render that began before a take-down can store the taken-down story a moment after it, and
// would then be served (seen in CI: a section page re-rendering for another story's update).
// Entries stored this soon after a take-down of one of their tags are treated as from before it.
const takeDownRenderAllowanceMs = 2000;

/** 'expired', or the tags that changed since the entry was written (empty when none did). */
function changesSince(entry, ctx) {
  const changes = globalThis[tagChangeTimesKey]?.();
  if (!changes || changes.size === 0) return [];
  const changed = [];
  for (const tag of [...tagsOf(entry, ctx), '*']) {
    const change = changes.get(tag);
    if (!change) continue;
    if (change.expiredSince + takeDownRenderAllowanceMs > entry.lastModified) return 'expired';
    if (change.staleSince > entry.lastModified) changed.push([tag, change.staleSince]);
  }
  return changed;
}

// Next.js makes a handler for every request, so what must last lives here, per process.
/** tag -> the change already marked in Next's tag manifest, so each change costs one new render, not one per request. */
const markedChanges = new Map();
/** Past this many tags, marks older than any cached page (a day and a minute) are forgotten. */
const markedChangesLimit = 10_000;
const markRememberedMs = (24 * 3600 + 60) * 1000;

function rememberMarked(tag, since) {
  markedChanges.set(tag, since);
  if (markedChanges.size <= markedChangesLimit) return;
  const before = Date.now() - markRememberedMs;
  for (const [oldTag, oldSince] of markedChanges) if (oldSince < before) markedChanges.delete(oldTag);
}

export default class PageCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (!entry) return entry;
    if (entry.lastModified < (globalThis[validSinceKey] ?? 0)) return null;
    const changed = changesSince(entry, args[1]);
    if (changed === 'expired') return null;
    const unmarked = changed.filter(([tag, since]) => (markedChanges.get(tag) ?? 0) < since);
    if (unmarked.length > 0) {
      // Marking the tags stale in Next's own manifest makes it serve this entry and render
      // the page anew behind it, as revalidateTag(tag, 'max') does within one process.
      await this.revalidateTag(
        unmarked.map(([tag]) => tag),
        {},
      );
      for (const [tag, since] of unmarked) rememberMarked(tag, since);
    }
    return entry;
  }

  async set(key, data, ctx) {
    if (data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
