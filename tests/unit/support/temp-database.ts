import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach } from 'node:test';

/**
 * Points this test process at a fresh SQLite file, migrated and (optionally) seeded, through
 * the same `getDb()` the app uses. node:test runs each file in its own process, so the
 * per-process handle is this file's alone.
 *
 * With `isolateTests`, every test runs inside a savepoint that is rolled back afterwards, so
 * no test sees another's changes and any one of them can run alone (--test-name-pattern).
 * Files whose tests start other processes on the same file cannot hold that write lock, and
 * give each test its own rows instead.
 */
export async function openTempDatabase({ seedArticles = 0, isolateTests = false }: { seedArticles?: number; isolateTests?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-test-'));
  process.env.DATABASE_PATH = join(dir, 'test.db');
  const { getDb } = await import('@/db/client');
  const { runMigrations } = await import('@/db/migrate');
  const db = getDb();
  runMigrations(db);
  if (seedArticles > 0) {
    const { seedCorpus } = await import('@/db/seed/seed-corpus');
    seedCorpus(db, { articleCount: seedArticles });
  }
  if (isolateTests) {
    beforeEach(() => db.$client.exec('SAVEPOINT unit_test'));
    afterEach(() => db.$client.exec('ROLLBACK TO unit_test; RELEASE unit_test'));
  }
  after(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}
