import type { BroadsheetDb } from './client';
import { DatabaseFileError } from './database-file';

/**
 * What a server checks before it answers anyone, so that a file it cannot serve well stops the
 * start with one line instead of a process that answers 500 to views for ever:
 * - `quick_check`: a partly corrupt file (pages that do not parse, indexes out of step);
 * - a write probe: a read-only file or directory, which SQLite otherwise opens quietly for reading.
 * The probe writes the number of applied migrations into `user_version`, so the header also says
 * which schema the file has (`sqlite3 file 'PRAGMA user_version'`).
 */
export function checkDatabaseAtStart(db: BroadsheetDb): void {
  const sqlite = db.$client;
  const path = sqlite.name;
  const problems = sqlite.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
  if (problems[0]?.quick_check !== 'ok') {
    const first = problems.map((row) => row.quick_check.replace(/\s+/g, ' ')).join('; ');
    throw new DatabaseFileError(`${path} is damaged (quick_check: ${first.slice(0, 300)}); restore a backup with npm run restore`);
  }
  const applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  try {
    sqlite.pragma(`user_version = ${applied}`);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
      throw new DatabaseFileError(`${path} cannot be written (${code}); check the permissions of the file and its folder`, { cause: error });
    }
    throw error;
  }
}
