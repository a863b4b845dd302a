import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestCacheLifetime } from '@/lib/cache-policy';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 0 });
const { forgetOldTagChanges, noteTagChanges, tagChangeTimes } = await import('@/db/cache/tag-changes');
const sqlite = db.$client;
const t0 = Date.now();

test('a change recorded by one process is seen by every process reading the database', () => {
  noteTagChanges(sqlite, ['story:1', 'stories', 'stories'], { expire: false, now: t0 });
  // Another server process has no memory of the call, only the database.
  const rows = sqlite.prepare('SELECT tag, stale_since, expired_since FROM cache_tag_changes ORDER BY tag').all();
  assert.deepEqual(rows, [
    { tag: 'stories', stale_since: t0, expired_since: 0 },
    { tag: 'story:1', stale_since: t0, expired_since: 0 },
  ]);
  assert.deepEqual(tagChangeTimes(t0 + 10).get('story:1'), { staleSince: t0, expiredSince: 0 });
});

test('a take-down is never forgotten by a later update of the same tag', () => {
  noteTagChanges(sqlite, ['story:2'], { expire: true, now: t0 + 1000 });
  noteTagChanges(sqlite, ['story:2'], { expire: false, now: t0 + 2000 });
  assert.deepEqual(tagChangeTimes(t0 + 2010).get('story:2'), { staleSince: t0 + 2000, expiredSince: t0 + 1000 });
  // An older change arriving late does not move either moment back.
  noteTagChanges(sqlite, ['story:2'], { expire: false, now: t0 });
  assert.deepEqual(tagChangeTimes(t0 + 2020).get('story:2'), { staleSince: t0 + 2000, expiredSince: t0 + 1000 });
});

test('the same second is answered from memory; a change made here is heard at once', () => {
  const first = tagChangeTimes(t0 + 5000);
  sqlite.prepare("INSERT INTO cache_tag_changes (tag, stale_since) VALUES ('tag:9', ?)").run(t0 + 5000);
  assert.equal(tagChangeTimes(t0 + 5500), first, 'another process wrote it: heard within a second');
  assert.ok(tagChangeTimes(t0 + 6100).has('tag:9'));
  noteTagChanges(sqlite, ['tag:10'], { expire: false, now: t0 + 6200 });
  assert.ok(tagChangeTimes(t0 + 6300).has('tag:10'));
});

test('changes older than any cached page are forgotten', () => {
  const later = t0 + (longestCacheLifetime + 61) * 1000 + 1000;
  forgetOldTagChanges(sqlite, later);
  const left = sqlite.prepare('SELECT tag FROM cache_tag_changes ORDER BY tag').pluck().all();
  assert.deepEqual(left, ['story:2', 'tag:10', 'tag:9']);
  assert.equal(tagChangeTimes(later).get('story:1'), undefined);
});
