import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkNewDatabaseAllowed, claimDatabaseFile } from './database-file';
import * as schema from './schema';

export type BroadsheetDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  // The file lives outside the build output; keep the bundler from tracing it.
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? 'data/broadsheet.db');
}

/** After a checkpoint the write-ahead log is cut back to this size, so a burst never leaves it huge. */
export const walSizeLimitBytes = 16 * 1024 * 1024;

/**
 * Opens Broadsheet's SQLite file with the settings every process must share. A file of another
 * application is refused; a new file is announced, and in production created only when asked for
 * (DATABASE_INIT), so a mistyped path does not quietly become a second, empty site.
 *
 * `busyTimeoutMs` is how long a statement waits, blocking its thread, for another process's
 * write lock: command-line tools can wait; the server waits briefly and retries without
 * blocking (see db/write-retry.ts), so readers keep being answered meanwhile.
 */
export function openDatabase(path: string = databasePath(), { busyTimeoutMs = 5000 }: { busyTimeoutMs?: number } = {}): BroadsheetDb {
  if (checkNewDatabaseAllowed(path)) {
    console.log(`[broadsheet] creating a new database at ${path}`);
    mkdirSync(dirname(path), { recursive: true });
  }
  const sqlite = new Database(path);
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    claimDatabaseFile(sqlite, path);
    // WAL lets readers proceed while the view counter writes; NORMAL is durable across
    // application crashes in WAL mode and avoids an fsync per view.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`journal_size_limit = ${walSizeLimitBytes}`);
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return drizzle({ client: sqlite, schema });
}

// One handle per process, kept on globalThis so dev-server reloads do not reopen it.
const globalForDb = globalThis as unknown as { broadsheetDb?: BroadsheetDb };

/**
 * How long a statement on the shared handle waits for a lock, holding its thread: the server's
 * event loop, so briefly. Readers never wait for a writer in WAL mode (this covers SQLite's rare
 * transient locks); writes on request paths do not wait at all and retry without blocking
 * (db/write-retry.ts).
 */
export const serverBusyTimeoutMs = 20;

/** The process's shared handle: the server's, and the unit tests' (command-line tools may wait longer). */
export function getDb(): BroadsheetDb {
  globalForDb.broadsheetDb ??= openDatabase(databasePath(), { busyTimeoutMs: serverBusyTimeoutMs });
  return globalForDb.broadsheetDb;
}

/** The shared handle if this process has one open (housekeeping must not reopen a closed one). */
export function openedDb(): BroadsheetDb | undefined {
  return globalForDb.broadsheetDb;
}

/**
 * Folds the write-ahead log into the database file and closes it, so that the .db file alone
 * is a complete copy once the server has stopped (the front door calls this on SIGTERM).
 */
export function closeDatabase(): void {
  const db = globalForDb.broadsheetDb;
  if (!db) return;
  db.$client.pragma('busy_timeout = 2000'); // a last view in another process may hold the lock
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  globalForDb.broadsheetDb = undefined;
}
