import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type BroadsheetDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  // The file lives outside the build output; keep the bundler from tracing it.
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? 'data/broadsheet.db');
}

/** Opens a SQLite file with the settings every Broadsheet process must share. */
export function openDatabase(path: string = databasePath()): BroadsheetDb {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers proceed while the view counter writes; NORMAL is durable across
  // application crashes in WAL mode and avoids an fsync per view.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Several server processes may share the file: wait for a writer instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return drizzle({ client: sqlite, schema });
}

// One handle per process, kept on globalThis so dev-server reloads do not reopen it.
const globalForDb = globalThis as unknown as { broadsheetDb?: BroadsheetDb };

export function getDb(): BroadsheetDb {
  globalForDb.broadsheetDb ??= openDatabase();
  return globalForDb.broadsheetDb;
}

/**
 * Folds the write-ahead log into the database file and closes it, so that the .db file alone
 * is a complete copy once the server has stopped (the front door calls this on SIGTERM).
 */
export function closeDatabase(): void {
  const db = globalForDb.broadsheetDb;
  if (!db) return;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  globalForDb.broadsheetDb = undefined;
}
