import { databasePath, getDb } from './client';
import { checkNewDatabaseAllowed, demoContentRequested } from './database-file';
import { holdInUseLock, withStartLock } from './file-locks';
import { runMigrations } from './migrate';
import { attachDemoPictures } from './seed/attach-demo-pictures';
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

/**
 * Draws the demo stories' pictures (a few seconds, once: the files are kept by content name in
 * the media directory) when demo content was asked for and some demo story has none yet.
 */
export async function finishDemoContent(): Promise<void> {
  if (!demoContentRequested()) return;
  const started = performance.now();
  const pictured = await attachDemoPictures(getDb());
  if (pictured > 0) console.log(`[broadsheet] gave ${pictured} demo stories pictures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
