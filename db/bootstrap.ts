import Database from 'better-sqlite3';
import { databasePath, getDb } from './client';
import { checkNewDatabaseAllowed, demoContentRequested } from './database-file';
import { runMigrations } from './migrate';
import { seedDemoContentIfNeverUsed } from './seed/seed-demo';
import { checkDatabaseAtStart } from './start-checks';

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

/**
 * Brings the database to the current schema, checks it can be served (start-checks.ts) and, when
 * asked for (DATABASE_INIT=demo), fills a database without stories with demo content.
 */
export function bootstrapDatabase(): void {
  const path = databasePath();
  checkNewDatabaseAllowed(path); // before the lock file appears beside a mistyped path
  withStartLock(path, () => {
    const sqlite = getDb().$client;
    // Under the start lock, a migration may wait for another tool's write (the server's own
    // short wait is restored for serving).
    const servingTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
    sqlite.pragma('busy_timeout = 120000');
    try {
      runMigrations(getDb());
      checkDatabaseAtStart(getDb());
      if (demoContentRequested()) {
        const seeded = seedDemoContentIfNeverUsed(getDb());
        if (seeded) console.log(`[broadsheet] seeded ${seeded.articles} demo articles`);
      }
    } finally {
      sqlite.pragma(`busy_timeout = ${servingTimeout}`);
    }
  });
}
