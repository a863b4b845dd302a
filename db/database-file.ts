import type Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';

/**
 * Marks a SQLite file as Broadsheet's (PRAGMA application_id, in the file header), so that a
 * DATABASE_PATH pointing at some other program's database is refused instead of receiving
 * Broadsheet's tables, demo stories and WAL mode. 0x42534854 is "BSHT".
 */
export const broadsheetApplicationId = 0x42534854;

/** Why a file cannot be used; the message is the one line a failed start prints. */
export class DatabaseFileError extends Error {
  override readonly name = 'DatabaseFileError';
}

/** A file that holds nothing yet: absent, or zero bytes (SQLite writes nothing until the first write). */
export function isNewDatabaseFile(path: string): boolean {
  if (!existsSync(path)) return true;
  const stats = statSync(path);
  return stats.isFile() && stats.size === 0;
}

/**
 * Refuses to bring a database into being where none was asked for (see mayCreateDatabase);
 * returns whether the file at `path` is new.
 */
export function checkNewDatabaseAllowed(path: string): boolean {
  const isNew = isNewDatabaseFile(path);
  if (isNew && !mayCreateDatabase()) {
    throw new DatabaseFileError(`no database at ${path}; set DATABASE_INIT=empty (or =demo for demo content) to create one there`);
  }
  return isNew;
}

/**
 * How a new database may come into being. DATABASE_INIT=empty or =demo asks for one; outside
 * production (development, tests, the CLI) one is created anyway, and announced either way so a
 * mistyped path is noticed.
 */
export function mayCreateDatabase(): boolean {
  const init = process.env.DATABASE_INIT;
  return init === 'empty' || init === 'demo' || process.env.NODE_ENV !== 'production';
}

/** Demo content is filled in only when asked for: DATABASE_INIT=demo (the quick start sets it). */
export function demoContentRequested(): boolean {
  return process.env.DATABASE_INIT === 'demo';
}

function tableNames(sqlite: Database.Database): string[] {
  return sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
}

/**
 * Refuses a file that belongs to another application, and marks ours (including databases made
 * before the mark existed: they have our migrations table and our articles). Runs before any
 * pragma that would change the file, such as the switch to WAL.
 */
export function claimDatabaseFile(sqlite: Database.Database, path: string): void {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  if (applicationId === broadsheetApplicationId) return;
  if (applicationId !== 0) {
    throw new DatabaseFileError(`${path} belongs to another application (application_id ${applicationId}), not Broadsheet; refusing to change it`);
  }
  const tables = tableNames(sqlite);
  if (tables.includes('articles') && !tables.includes('__drizzle_migrations')) throw missingMigrationHistory(path);
  if (tables.length > 0 && !tables.includes('articles')) {
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
    throw new DatabaseFileError(`${path} is not a Broadsheet database (it has ${tables.length} other tables: ${shown}); refusing to change it`);
  }
  sqlite.pragma(`application_id = ${broadsheetApplicationId}`);
}

export function missingMigrationHistory(path: string): DatabaseFileError {
  return new DatabaseFileError(
    `${path} has Broadsheet's tables but no migration history (__drizzle_migrations); restore a backup rather than migrate it again`,
  );
}
