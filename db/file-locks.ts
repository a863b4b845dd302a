import Database from 'better-sqlite3';

/*
 * Locks that Broadsheet processes take on small SQLite files beside the database. A lock is an
 * open transaction, so the operating system releases it when its process dies: a crash never
 * leaves one behind.
 */

/**
 * Runs `work` while holding an exclusive lock that every Broadsheet process starting on the
 * same database takes first, so that any number of simultaneous first starts migrate and seed
 * once (the others then find the work done).
 */
export function withStartLock<T>(databaseFile: string, work: () => T): T {
  const lock = new Database(`${databaseFile}.start-lock`);
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

function openInUseFile(databaseFile: string, busyTimeoutMs: number): Database.Database {
  const file = new Database(`${databaseFile}.in-use`);
  file.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return file; // empty: only its lock is used
}

const held = new Map<string, Database.Database>();

/**
 * A shared lock a server holds on `<database>.in-use` for as long as it runs, so that a restore
 * can tell the file is being served (and a server starting during a restore waits for it).
 */
export function holdInUseLock(databaseFile: string): void {
  if (held.has(databaseFile)) return;
  const file = openInUseFile(databaseFile, 120_000);
  file.exec('BEGIN');
  file.prepare('SELECT count(*) FROM sqlite_schema').get(); // a read inside the transaction takes the shared lock
  held.set(databaseFile, file);
}

export function releaseInUseLock(databaseFile: string): void {
  const file = held.get(databaseFile);
  if (!file) return;
  file.exec('COMMIT');
  file.close();
  held.delete(databaseFile);
}

/**
 * Runs `work` with no server using the database and none able to start until it is done;
 * returns null, without running it, while a server holds the in-use lock.
 */
export function withNoServerRunning<T>(databaseFile: string, work: () => T): T | null {
  const file = openInUseFile(databaseFile, 0);
  try {
    try {
      file.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY')) return null;
      throw error;
    }
    try {
      return work();
    } finally {
      file.exec('COMMIT');
    }
  } finally {
    file.close();
  }
}
