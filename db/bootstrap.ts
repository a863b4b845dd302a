import Database from 'better-sqlite3';
import { databasePath, getDb } from './client';
import { runMigrations } from './migrate';
import { seedDemoContentIfEmpty } from './seed/seed-demo';

/**
 * Runs `work` while holding an exclusive lock that every Broadsheet process starting on the
 * same database takes first, so that any number of simultaneous first starts migrate and seed
 * once (the others then find the work done). The lock is a transaction on a small SQLite file
 * beside the database: the operating system releases it if the holder dies, so a crash never
 * leaves a stale lock behind.
 */
function withStartLock<T>(path: string, work: () => T): T {
  const lock = new Database(`${path}.start-lock`);
  try {
    lock.pragma('busy_timeout = 120000'); // a first start seeds for a few seconds; a large migration may take longer
    lock.exec('BEGIN EXCLUSIVE');
    try {
      return work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}

/** Brings the database to the current schema and fills an empty one with demo content. */
export function bootstrapDatabase(): void {
  withStartLock(databasePath(), () => {
    const db = getDb();
    runMigrations(db);
    const seeded = seedDemoContentIfEmpty(db);
    if (seeded) console.log(`[broadsheet] seeded ${seeded.articles} demo articles`);
  });
}
