import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { join } from 'node:path';
import type { BroadsheetDb } from './client';
import { DatabaseFileError, missingMigrationHistory } from './database-file';

export const migrationsFolder = join(process.cwd(), 'db', 'migrations');

/**
 * Refuses what drizzle's migrator would get wrong in silence: a database migrated by newer code
 * (it applies nothing and the old code runs on a schema it does not know), and one whose
 * migration history was dropped (it would run the first migration again on existing tables).
 */
function assertMigrationHistoryFits(db: BroadsheetDb, folder: string): void {
  const sqlite = db.$client;
  const path = sqlite.name;
  const hasTable = (name: string) => sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (!hasTable('__drizzle_migrations')) {
    if (hasTable('articles')) throw missingMigrationHistory(path);
    return;
  }
  const known = readMigrationFiles({ migrationsFolder: folder });
  const newestKnown = Math.max(...known.map((migration) => migration.folderMillis));
  const applied = sqlite.prepare('SELECT count(*) AS count, max(created_at) AS newest FROM __drizzle_migrations').get() as {
    count: number;
    newest: number | null;
  };
  if (Number(applied.newest ?? 0) > newestKnown) {
    throw new DatabaseFileError(
      `${path} was migrated by a newer Broadsheet (${applied.count} migrations applied, this code knows ${known.length}); run the newer code or restore a backup`,
    );
  }
}

/**
 * Applies pending migrations. SQLite changes a table's constraints by rebuilding it, and
 * dropping the old table with foreign keys on would cascade-delete every row that points at
 * it; the PRAGMA drizzle-kit writes into such a migration does nothing inside the migrator's
 * transaction, so keys are switched off around the run and checked before they go back on.
 */
export function runMigrations(db: BroadsheetDb, folder: string = migrationsFolder): void {
  assertMigrationHistoryFits(db, folder);
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
