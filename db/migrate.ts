import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { join } from 'node:path';
import type { BroadsheetDb } from './client';

export const migrationsFolder = join(process.cwd(), 'db', 'migrations');

/**
 * Applies pending migrations. SQLite changes a table's constraints by rebuilding it, and
 * dropping the old table with foreign keys on would cascade-delete every row that points at
 * it; the PRAGMA drizzle-kit writes into such a migration does nothing inside the migrator's
 * transaction, so keys are switched off around the run and checked before they go back on.
 */
export function runMigrations(db: BroadsheetDb, folder: string = migrationsFolder): void {
  const sqlite = db.$client;
  const keysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: folder });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`migration left ${broken.length} rows pointing at nothing`);
  } finally {
    if (keysWereOn) sqlite.pragma('foreign_keys = ON');
  }
}
