import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { Viewer } from '@/db/queries/article-views';
import { eventLoopDuring } from './support/event-loop';
import { openTempDatabase } from './support/temp-database';

// No rolled-back savepoints here: these tests hold locks from a second connection, as another
// process would, so each test uses rows of its own.
const db = await openTempDatabase({ seedArticles: 4 });
const { recordArticleViewPatiently } = await import('@/db/queries/article-views');
const { saltForDay } = await import('@/db/queries/daily-salt');
const { runMaintenance, walSizeBytes } = await import('@/db/maintenance');
const { walSizeLimitBytes } = await import('@/db/client');
const { currentWriteFailure } = await import('@/db/write-health');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1_000_000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1_000_000 };
const articleId = sqlite.prepare('SELECT min(id) FROM articles').pluck().get() as number;
const viewCount = () => sqlite.prepare('SELECT view_count FROM articles WHERE id = ?').pluck().get(articleId) as number;

let nextReader = 0;
const reader = (): Viewer => ({
  visitorToken: `pressure-visitor-${String(nextReader++).padStart(10, '0')}`,
  clientAddress: `198.51.100.${nextReader % 250}`,
  isBot: false,
  isStaff: false,
  isPrefetch: false,
});

test('views wait for another process holding the write lock without freezing the server, and all count', async () => {
  const other = new Database(sqlite.name); // a backup tool, a migration, the staff CLI
  other.exec('BEGIN IMMEDIATE');
  setTimeout(() => other.exec('COMMIT'), 600);
  const before = viewCount();
  let outcomes: { status: string }[] = [];
  const loop = await eventLoopDuring(async () => {
    outcomes = await Promise.all(Array.from({ length: 20 }, () => recordArticleViewPatiently({ articleId, viewer: reader(), config })));
  });
  other.close();
  assert.deepEqual(
    outcomes.map((o) => o.status),
    Array(20).fill('counted'),
  );
  assert.equal(viewCount(), before + 20);
  // busy_timeout=5000 held the loop for the whole 600 ms; waiting 20 ms inside SQLite per attempt
  // kept it busy most of the time with twenty waiting views. Now no attempt waits there.
  assert.ok(loop.longestStallMs < 150, `event loop stalled ${loop.longestStallMs.toFixed(0)} ms`);
  assert.ok(loop.utilization < 0.3, `event loop ${(loop.utilization * 100).toFixed(0)}% busy while waiting`);
});

test('a full disk answers "unavailable" for each view, logs one line a minute, and recovers by itself', async () => {
  const lines: string[] = [];
  const writeStderr = process.stderr.write;
  process.stderr.write = ((chunk: string) => lines.push(chunk.trimEnd()) > 0) as typeof process.stderr.write;
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  sqlite.pragma(`max_page_count = ${pages}`); // SQLite's own SQLITE_FULL, as on a full disk
  const outcomes: string[] = [];
  try {
    for (let i = 0; i < 3000 && outcomes.filter((s) => s === 'unavailable').length < 50; i++) {
      outcomes.push((await recordArticleViewPatiently({ articleId, viewer: reader(), config })).status);
    }
  } finally {
    sqlite.pragma('max_page_count = 4294967294');
    process.stderr.write = writeStderr;
  }
  assert.equal(outcomes.filter((s) => s === 'unavailable').length, 50);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.deepEqual(Object.keys(JSON.parse(lines[0]!) as object), ['time', 'level', 'event', 'operation', 'code', 'detail', 'failuresSinceLastLine']);
  assert.match(lines[0]!, /"event":"write-failed".*SQLITE_FULL/);
  assert.equal(currentWriteFailure()?.code, 'unavailable');

  const before = viewCount();
  assert.deepEqual(await recordArticleViewPatiently({ articleId, viewer: reader(), config }), { status: 'counted', viewCount: before + 1 });
  assert.equal(currentWriteFailure(), null);
});

test("yesterday's visitor salt is gone as soon as the new day begins, whether or not anyone reads", () => {
  sqlite.exec("INSERT OR IGNORE INTO visitor_salts (day, salt) VALUES ('2031-03-01', 'old'), ('2031-03-02', 'older')");
  saltForDay(sqlite, '2031-03-03');
  assert.deepEqual(sqlite.prepare("SELECT day FROM visitor_salts WHERE day LIKE '2031-%'").pluck().all(), ['2031-03-03']);

  sqlite.exec("INSERT OR IGNORE INTO visitor_salts (day, salt) VALUES ('2031-03-04', 'quiet night')");
  runMaintenance(new Date('2031-03-05T12:00:00Z')); // the server's minute timer, no view needed
  assert.deepEqual(sqlite.prepare("SELECT day FROM visitor_salts WHERE day LIKE '2031-%'").pluck().all(), []);
});

test('the write-ahead log a long reader made grow is cut back once the reader is gone', async () => {
  const reader2 = new Database(sqlite.name, { readonly: true });
  reader2.exec('BEGIN');
  reader2.prepare('SELECT count(*) FROM articles').get(); // holds its snapshot, as a slow report would
  while (walSizeBytes(sqlite.name) <= walSizeLimitBytes) {
    for (let i = 0; i < 50; i++) await recordArticleViewPatiently({ articleId, viewer: reader(), config });
  }
  runMaintenance();
  assert.ok(walSizeBytes(sqlite.name) > walSizeLimitBytes, 'the reader still pins the log');
  reader2.exec('COMMIT');
  reader2.close();
  runMaintenance();
  assert.ok(walSizeBytes(sqlite.name) <= walSizeLimitBytes, `log is ${walSizeBytes(sqlite.name)} bytes`);
});
