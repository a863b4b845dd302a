import 'server-only';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { getDb } from '@/db/client';
import { DataError } from '@/db/errors';
import { walSizeBytes } from '@/db/maintenance';
import { migrationsFolder } from '@/db/migrate';
import { currentWriteFailure } from '@/db/write-health';
import { attemptWithoutWaiting } from '@/db/write-retry';

export type DatabaseHealth = {
  healthy: boolean;
  reachable: boolean;
  /** The write lock can be taken and no write has failed since the last one that succeeded. */
  writable: boolean;
  migrations: { applied: number; known: number; current: boolean };
  walBytes: number;
  lastViewRecordedAt: string | null;
  /** The newest write failure (disk full, read-only, I/O), until a write succeeds again. */
  writeFailure: { code: string; at: string } | null;
};

let knownMigrations: number | undefined;

/**
 * What /health reports. Each check is an indexed read or the write lock taken and given back at
 * once, so anyone may ask: nothing here scans a table or writes a page.
 */
export function readDatabaseHealth(): DatabaseHealth {
  knownMigrations ??= readMigrationFiles({ migrationsFolder }).length;
  const failure = currentWriteFailure();
  const unreachable: DatabaseHealth = {
    healthy: false,
    reachable: false,
    writable: false,
    migrations: { applied: 0, known: knownMigrations, current: false },
    walBytes: 0,
    lastViewRecordedAt: null,
    writeFailure: failure && { code: failure.code, at: failure.at.toISOString() },
  };
  let sqlite;
  try {
    sqlite = getDb().$client;
    sqlite.prepare('SELECT 1').get();
  } catch {
    return unreachable;
  }
  const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  const lastCountedAt = sqlite.prepare('SELECT max(last_counted_at) FROM article_view_visits').pluck().get() as number | null;
  let lockable = true;
  try {
    attemptWithoutWaiting('health write probe', () => sqlite.exec('BEGIN IMMEDIATE; ROLLBACK'));
  } catch (error) {
    // A lock another process holds for a moment (the staff CLI, a migration) is normal, and
    // writes wait for it; a read-only file is not.
    lockable = error instanceof DataError && error.code === 'busy';
  }
  const writable = lockable && failure === null;
  const current = applied === knownMigrations;
  return {
    healthy: writable && current,
    reachable: true,
    writable,
    migrations: { applied, known: knownMigrations, current },
    walBytes: walSizeBytes(sqlite.name),
    lastViewRecordedAt: lastCountedAt === null ? null : new Date(lastCountedAt * 1000).toISOString(),
    writeFailure: failure && { code: failure.code, at: failure.at.toISOString() },
  };
}
