import { databasePath, getDb } from './client';
import { checkNewDatabaseAllowed, demoContentRequested } from './database-file';
import { holdInUseLock, withStartLock } from './file-locks';
import { runMigrations } from './migrate';
import { seedDemoContentIfNeverUsed } from './seed/seed-demo';
import { checkDatabaseAtStart } from './start-checks';

/**
 * Brings the database to the current schema, checks it can be served (start-checks.ts) and, when
 * asked for (DATABASE_INIT=demo), fills a database without stories with demo content.
 */
export function bootstrapDatabase(): void {
  const path = databasePath();
  checkNewDatabaseAllowed(path); // before the lock files appear beside a mistyped path
  holdInUseLock(path); // first: a restore under way finishes before this server opens the file
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
