import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/**
 * Points this test process at a fresh SQLite file, migrated and (optionally) seeded, through
 * the same `getDb()` the app uses. node:test runs each file in its own process, so the
 * per-process handle is this file's alone.
 */
export async function useTempDatabase({ seedArticles = 0 }: { seedArticles?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-test-'));
  process.env.DATABASE_PATH = join(dir, 'test.db');
  const { getDb } = await import('../../../db/client');
  const { runMigrations } = await import('../../../db/migrate');
  const db = getDb();
  runMigrations(db);
  if (seedArticles > 0) {
    const { seedCorpus } = await import('../../../db/seed/seed-corpus');
    seedCorpus(db, { articleCount: seedArticles });
  }
  after(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}
