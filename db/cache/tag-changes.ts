import 'server-only';
import type Database from 'better-sqlite3';
import { longestCacheLifetime } from '@/lib/cache-policy';
import { logEvent } from '@/lib/log';
import { getDb } from '@/db/client';
import { storyGoLiveTimes } from '@/db/queries/scheduled-stories';

/** What the page cache handler does with an entry cached before the change: serve it once more while a new one renders, or never again. */
export type TagChange = { staleSince: number; expiredSince: number };

/** A change is remembered as long as a page cached before it could still be served (plus a minute of clock slack). */
const rememberedMs = (longestCacheLifetime + 60) * 1000;

/**
 * Records that pages showing these tags changed, for every server process on this database
 * (each reads the table once a second, see tagChangeTimes). `expire` is for a story taken down:
 * no reader may be shown a page cached before it.
 */
export function noteTagChanges(sqlite: Database.Database, tags: string[], { expire, now = Date.now() }: { expire: boolean; now?: number }): void {
  const upsert = sqlite.prepare<[string, number, number]>(
    `INSERT INTO cache_tag_changes (tag, stale_since, expired_since) VALUES (?, ?, ?)
     ON CONFLICT (tag) DO UPDATE SET stale_since = max(stale_since, excluded.stale_since), expired_since = max(expired_since, excluded.expired_since)`,
  );
  sqlite.transaction(() => {
    for (const tag of new Set(tags)) upsert.run(tag, now, expire ? now : 0);
  })();
  memo.checkedAt = 0; // this process hears its own change at once
}

/** The same, for the server's own changes: a failure to record them is logged, never thrown after the story was saved. */
export function noteTagChangesForAllServers(tags: string[], { expire }: { expire: boolean }): void {
  try {
    noteTagChanges(getDb().$client, tags, { expire });
  } catch (error) {
    logEvent('error', 'cache-tag-change-not-recorded', { detail: String(error), tags: tags.length });
  }
}

/** Housekeeping: changes older than any cached page are no longer needed. */
export function forgetOldTagChanges(sqlite: Database.Database, now = Date.now()): void {
  sqlite.prepare('DELETE FROM cache_tag_changes WHERE stale_since < ?').run(now - rememberedMs);
}

let memo: { checkedAt: number; changes: Map<string, TagChange> } = { checkedAt: 0, changes: new Map() };

/**
 * For each cache tag, when it last changed: recorded changes (above) and stories that went live
 * at their scheduled time, which nobody records (db/queries/scheduled-stories.ts). Read by
 * lib/page-cache-handler.mjs on every cache lookup, so it costs two indexed reads a second at most.
 */
export function tagChangeTimes(now = Date.now()): Map<string, TagChange> {
  if (now - memo.checkedAt < 1000) return memo.changes;
  const sqlite = getDb().$client;
  const changes = new Map<string, TagChange>();
  for (const [tag, liveAt] of storyGoLiveTimes(sqlite, { now, lookBackMs: rememberedMs })) changes.set(tag, { staleSince: liveAt, expiredSince: 0 });
  const recorded = sqlite
    .prepare<[number], { tag: string } & TagChange>(
      'SELECT tag, stale_since AS staleSince, expired_since AS expiredSince FROM cache_tag_changes WHERE stale_since > ?',
    )
    .all(now - rememberedMs);
  for (const { tag, staleSince, expiredSince } of recorded) {
    const known = changes.get(tag);
    changes.set(tag, { staleSince: Math.max(staleSince, known?.staleSince ?? 0), expiredSince });
  }
  memo = { checkedAt: now, changes };
  return changes;
}
