import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Viewer } from '@/db/queries/article-views';
import { eventLoopDuring } from './support/event-loop';
import { openTempDatabase } from './support/temp-database';

// The production server counts views on a thread of its own (db/view-writer/). Here the thread
// runs the TypeScript entry under tsx (worker threads inherit this process's --import tsx).
const db = await openTempDatabase({ seedArticles: 4 });
const { recordArticleViewPatiently } = await import('@/db/queries/article-views');
const { installViewWriter } = await import('@/db/view-writer/view-writer');
const { startViewWriterThread } = await import('@/db/view-writer/view-writer-thread');
const { currentWriteFailure } = await import('@/db/write-health');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1_000_000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1_000_000 };
const articleIds = sqlite.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
const viewCount = (id: number) => sqlite.prepare('SELECT view_count FROM articles WHERE id = ?').pluck().get(id) as number;

let nextReader = 0;
const reader = (): Viewer => ({
  visitorToken: `writer-visitor-${String(nextReader++).padStart(10, '0')}`,
  clientAddress: `203.0.113.${nextReader % 250}`,
  isBot: false,
  isStaff: false,
  isPrefetch: false,
});

const thread = startViewWriterThread('db/view-writer/worker.ts');
await thread.ready;
installViewWriter(thread.writer);

test('views sent to the writer thread are each counted once, with the counting rules of the main thread', async () => {
  const articleId = articleIds[0]!;
  const before = viewCount(articleId);
  const readers = Array.from({ length: 200 }, reader);
  const outcomes = await Promise.all(readers.map((viewer) => recordArticleViewPatiently({ articleId, viewer, config })));
  assert.deepEqual(new Set(outcomes.map((o) => o.status)), new Set(['counted']));
  // Every answer carries a different count: none lost, none doubled.
  const counts = outcomes.map((o) => ('viewCount' in o ? o.viewCount : 0)).sort((a, b) => a - b);
  assert.deepEqual(
    counts,
    Array.from({ length: 200 }, (_, i) => before + 1 + i),
  );
  assert.equal(viewCount(articleId), before + 200);

  const again = await recordArticleViewPatiently({ articleId, viewer: readers[0]!, config });
  assert.deepEqual(again, { status: 'duplicate', viewCount: before + 200 });
  const bot = await recordArticleViewPatiently({ articleId, viewer: { ...reader(), isBot: true }, config });
  assert.deepEqual(bot, { status: 'not-counted', reason: 'bot', viewCount: before + 200 });
  assert.deepEqual(await recordArticleViewPatiently({ articleId: 999_999, viewer: reader(), config }), { status: 'refused' });
});

test('while another process holds the write lock, the writer waits on its own thread and the event loop runs free', async () => {
  const articleId = articleIds[1]!;
  const before = viewCount(articleId);
  const other = new Database(sqlite.name); // a backup tool, a migration, the staff CLI
  other.exec('BEGIN IMMEDIATE');
  setTimeout(() => other.exec('COMMIT'), 500);
  const {
    result: outcomes,
    longestStallMs,
    tookMs,
  } = await eventLoopDuring(() => Promise.all(Array.from({ length: 20 }, () => recordArticleViewPatiently({ articleId, viewer: reader(), config }))));
  other.close();
  assert.deepEqual(
    outcomes.map((o) => o.status),
    Array(20).fill('counted'),
  );
  assert.ok(tookMs >= 450, `the views waited for the lock (${tookMs.toFixed(0)} ms)`);
  assert.ok(longestStallMs < 50, `the event loop stalled for ${longestStallMs.toFixed(0)} ms`);
  assert.equal(viewCount(articleId), before + 20);
});

test('a writer thread that cannot run answers "unavailable" and /health hears of it; the next good write clears it', async () => {
  const broken = startViewWriterThread('db/view-writer/no-such-worker.mjs');
  await assert.rejects(broken.ready);
  installViewWriter(broken.writer);
  try {
    assert.deepEqual(await recordArticleViewPatiently({ articleId: articleIds[2]!, viewer: reader(), config }), { status: 'unavailable' });
    assert.match(currentWriteFailure()?.message ?? '', /view-writer thread failed/);
  } finally {
    installViewWriter(thread.writer);
  }
  const outcome = await recordArticleViewPatiently({ articleId: articleIds[2]!, viewer: reader(), config });
  assert.equal(outcome.status, 'counted');
  assert.equal(currentWriteFailure(), null);
});
