// Next.js's own file-system page cache, with three changes:
// - it never stores a 404. An unknown slug under a cached route would otherwise write about seven
//   files (44 KB) to .next, so one client asking for random addresses could fill the disk; and a
//   slug that later becomes a story must not be answered from a stored "not found".
// - it never answers with an entry written before this server bound the cache to its database
//   (db/cache/database-binding.ts): pages and reads cached from another database, or from the
//   one a restored backup replaced, are rendered anew instead;
// - an entry rendered from data read before one of its tags changed (db/cache/tag-changes.ts: a
//   story saved or taken down in any server process or script, or a scheduled story's time) is
//   served once more while Next.js renders a new one (stale-while-revalidate), or, after a
//   take-down, never again.
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

// A render that began before a change can store what it read a while after it (seen in CI: a
// section page, re-rendering behind another story's update, stored a taken-down story more than
// 2 s after the take-down). So an entry counts from when the request that rendered it began: the
// front door (scripts/serve.ts) tells us, here, while Next.js stores what that request rendered.
const requestStartedAtKey = Symbol.for('broadsheet.request-started-at');
/** key -> { renderStartedAt, storedFrom }: when the render behind this process's last write of the entry began. */
const renderStarts = new Map();
const renderStartsLimit = 50_000;
// Without a request to ask (a server without the front door), an entry stored this soon after a
// take-down of one of its tags is treated as from before it.
const takeDownRenderAllowanceMs = 2000;

/** When the render behind `entry` began, if this process stored it; else null. */
function renderStartOf(key, entry) {
  const start = renderStarts.get(key);
  // The entry read back is the one written then (its time is set while it is stored), not a later one from another process.
  if (!start || entry.lastModified < start.storedFrom || entry.lastModified > start.storedFrom + 60_000) return null;
  return start.renderStartedAt;
}

/** 'expired', or the tags that changed since the entry's data was read (empty when none did). */
function changesSince(entry, ctx, { renderStartKnown }) {
  const changes = globalThis[tagChangeTimesKey]?.();
  if (!changes || changes.size === 0) return [];
  const expiredBefore = renderStartKnown ? entry.lastModified : entry.lastModified - takeDownRenderAllowanceMs;
  const changed = [];
  for (const tag of [...tagsOf(entry, ctx), '*']) {
    const change = changes.get(tag);
    if (!change) continue;
    if (change.expiredSince > expiredBefore) return 'expired';
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
    const stored = await super.get(...args);
    if (!stored) return stored;
    if (stored.lastModified < (globalThis[validSinceKey] ?? 0)) return null;
    // Dated from its render's start, for the checks here and for Next.js's own tag checks after.
    const renderStartedAt = renderStartOf(args[0], stored);
    const entry = renderStartedAt === null ? stored : { ...stored, lastModified: renderStartedAt };
    const changed = changesSince(entry, args[1], { renderStartKnown: renderStartedAt !== null });
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
    const renderStartedAt = globalThis[requestStartedAtKey]?.();
    renderStarts.delete(key); // re-inserted last, so the oldest entries are forgotten first
    if (renderStartedAt !== undefined) renderStarts.set(key, { renderStartedAt, storedFrom: Date.now() });
    if (renderStarts.size > renderStartsLimit) renderStarts.delete(renderStarts.keys().next().value);
    return super.set(key, data, ctx);
  }
}
