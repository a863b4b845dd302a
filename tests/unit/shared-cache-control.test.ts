import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capSharedCacheLifetime } from '@/lib/http/shared-cache-control';

test('caches in front of the app keep a page at most 30 s, whatever the app keeps it for', () => {
  assert.equal(capSharedCacheLifetime('s-maxage=86400, stale-while-revalidate=31449600'), 's-maxage=30, stale-while-revalidate=31449600');
  assert.equal(capSharedCacheLifetime('s-maxage=10'), 's-maxage=10');
  assert.equal(
    capSharedCacheLifetime('private, no-cache, no-store, max-age=0, must-revalidate'),
    'private, no-cache, no-store, max-age=0, must-revalidate',
  );
  assert.equal(capSharedCacheLifetime('public, max-age=60'), 'public, max-age=60');
});
