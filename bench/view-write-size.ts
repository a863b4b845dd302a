// How much one counted view writes: WAL bytes and pages per view for readers each with their
// own visitor token and address (the common case), on a 2,000-story corpus. Every page a view
// dirties is appended to the write-ahead log, so this is what a reader pinning the log costs.
// Also the time of one counted view's transaction, and with SQLite's automatic checkpoints its
// tail: copied into an older checkout and run there in turn, what a change to the view path costs.
// Run: node --conditions=react-server --import tsx bench/view-write-size.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-view-write-'));
process.env.DATABASE_PATH = join(dir, 'views.db');
const { getDb } = await import('@/db/client');
const { runMigrations } = await import('@/db/migrate');
const { seedCorpus } = await import('@/db/seed/seed-corpus');
const { recordArticleView } = await import('@/db/queries/article-views');

const stories = 2000;
const db = getDb();
runMigrations(db);
seedCorpus(db, { articleCount: stories });
const sqlite = db.$client;
sqlite.pragma('wal_autocheckpoint = 0'); // keep every frame in the log, to count them
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1e9, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1e9 };
function views(count: number, first: number): void {
  for (let n = first; n < first + count; n++) {
    recordArticleView({
      articleId: 1 + ((n * 7919) % stories),
      config,
      // Arrived from a search engine (older checkouts ignore this).
      arrival: { source: { group: 'search', host: 'google.com' }, campaign: null },
      viewer: {
        visitorToken: `reader-${n}-0000000000000000`,
        clientAddress: `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`,
        isBot: false,
        isStaff: false,
        isPrefetch: false,
      },
    });
  }
}
views(200, 0); // the day's salt and first rows
sqlite.pragma('wal_checkpoint(TRUNCATE)');
const measured = 2000;
const started = performance.now();
views(measured, 1_000_000);
const microseconds = ((performance.now() - started) * 1000) / measured;
const walBytes = statSync(`${process.env.DATABASE_PATH}-wal`).size;
const frameBytes = (sqlite.pragma('page_size', { simple: true }) as number) + 24;
console.log(
  `one counted view writes ${(walBytes / measured / 1024).toFixed(1)} KB to the log: ${(walBytes / measured / frameBytes).toFixed(1)} pages; its transaction takes ${microseconds.toFixed(0)} µs`,
);

// The same views with SQLite's automatic checkpoint (every 1,000 log pages, in the committing
// thread, with two fsyncs): the server's view-writer thread pays this, its event loop does not.
sqlite.pragma('wal_autocheckpoint = 1000');
sqlite.pragma('wal_checkpoint(TRUNCATE)');
const times: number[] = [];
for (let n = 0; n < measured; n++) {
  const viewStarted = performance.now();
  views(1, 2_000_000 + n);
  times.push((performance.now() - viewStarted) * 1000);
}
times.sort((a, b) => a - b);
const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
console.log(
  `with automatic checkpoints: mean ${mean.toFixed(0)} µs, p50 ${times[measured >> 1]!.toFixed(0)} µs, p99 ${times[Math.floor(measured * 0.99)]!.toFixed(0)} µs, longest ${times.at(-1)!.toFixed(0)} µs`,
);
sqlite.close();
rmSync(dir, { recursive: true, force: true });
