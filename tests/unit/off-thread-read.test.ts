import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { eventLoopDuring } from './support/event-loop';
import { openTempDatabase } from './support/temp-database';

process.env.BROADSHEET_OFF_THREAD_READS = '1';
const db = await openTempDatabase({ seedArticles: 20 });
const { readOffThread } = await import('@/db/read-worker/off-thread-read');

test('a read on the worker sees the same database and parameters as the main thread', async () => {
  const rows = await readOffThread<{ n: number }>(sql`SELECT count(*) AS n FROM articles WHERE id > ${0}`);
  assert.deepEqual(rows, [{ n: db.$client.prepare('SELECT count(*) AS n FROM articles').pluck().get() }]);
});

test('while a slow read runs on the worker, the event loop keeps answering', async () => {
  const { result, longestStallMs, tookMs } = await eventLoopDuring(() =>
    readOffThread<{ n: number }>(sql`WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000000) SELECT count(*) AS n FROM c`),
  );
  assert.equal(result[0]?.n, 3_000_000);
  assert.ok(tookMs > 150, `the read should be slow enough to matter (took ${tookMs.toFixed(0)} ms)`);
  assert.ok(longestStallMs < 50, `the event loop stalled for ${longestStallMs.toFixed(0)} ms`);
});

test('a failing read rejects with the database error, and the worker keeps serving', async () => {
  await assert.rejects(readOffThread(sql`SELECT * FROM no_such_table`), /no such table/);
  assert.equal((await readOffThread<{ one: number }>(sql`SELECT 1 AS one`))[0]!.one, 1);
});

test('the worker cannot write', async () => {
  await assert.rejects(readOffThread(sql`DELETE FROM articles RETURNING id`), /readonly/);
});
