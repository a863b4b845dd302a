import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TagChange } from '@/db/cache/tag-changes';

// lib/page-cache-handler.mjs as Next.js uses it: a cached read stored with its tags, then asked
// for again after one of those tags changed. In memory only (no files): the dating is the point.
const handlerModule = '@/lib/page-cache-handler.mjs'; // plain JavaScript, loaded by Next.js at run time
const { default: PageCacheHandler } = (await import(handlerModule)) as {
  default: new (ctx: object) => {
    get(key: string, ctx: object): Promise<{ lastModified: number } | null>;
    set(key: string, data: object, ctx: object): Promise<void>;
  };
};
const store = globalThis as Record<symbol, unknown>;
const tagChanges = new Map<string, TagChange>();
store[Symbol.for('broadsheet.tag-change-times')] = () => tagChanges;
const handler = new PageCacheHandler({
  fs: undefined,
  flushToDisk: false,
  revalidatedTags: [],
  serverDistDir: '/nonexistent',
  maxMemoryCacheSize: 1024 * 1024,
});

let requestStartedAt: number | undefined;
store[Symbol.for('broadsheet.request-started-at')] = () => requestStartedAt;

const tags = ['story:7', 'section:3'];
const readContext = { kind: 'FETCH', tags, softTags: [] };
async function storeRead(key: string, renderStartedAt: number | undefined): Promise<void> {
  requestStartedAt = renderStartedAt;
  const data = { kind: 'FETCH', data: { headers: {}, body: '"the section list"', status: 200, url: '' }, revalidate: 86_400 };
  await handler.set(key, data, { fetchCache: true, tags });
  requestStartedAt = undefined;
}

test('a read that began before a take-down and was stored long after it is never served', async () => {
  const now = Date.now();
  tagChanges.set('story:7', { staleSince: now - 5000, expiredSince: now - 5000 });
  // The request that rendered it reached the server 6 s ago, 1 s before the take-down, and stored its read just now.
  await storeRead('slow-render', now - 6000);
  assert.equal(await handler.get('slow-render', readContext), null);
});

test('a read from a request that began after the take-down is served', async () => {
  const now = Date.now();
  tagChanges.set('story:7', { staleSince: now - 5000, expiredSince: now - 5000 });
  await storeRead('after-take-down', now - 4000);
  const entry = await handler.get('after-take-down', readContext);
  assert.ok(entry, 'served');
  assert.equal(entry.lastModified, now - 4000, 'dated from its request, for Next.js checks too');
});

test('without a request to ask, an entry stored within 2 s of a take-down is still treated as from before it', async () => {
  const now = Date.now();
  tagChanges.set('story:7', { staleSince: now - 1000, expiredSince: now - 1000 });
  await storeRead('no-request', undefined);
  assert.equal(await handler.get('no-request', readContext), null);
  tagChanges.set('story:7', { staleSince: now - 5000, expiredSince: now - 5000 });
  assert.ok(await handler.get('no-request', readContext), 'stored 5 s after the take-down: served');
});
