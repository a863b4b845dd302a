import Database from 'better-sqlite3';
import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { broadsheetApplicationId, DatabaseFileError } from './database-file';
import { withNoServerRunning } from './file-locks';

export type BackupReport = { file: string; bytes: number; stories: number; views: number; milliseconds: number; removed: string[] };

/** `broadsheet.db` backed up at 2026-12-03 10:40:05 UTC is `broadsheet-2026-12-03T10-40-05Z.db`: names sort by time. */
function backupName(databaseFile: string, at: Date): string {
  const stem = basename(databaseFile, extname(databaseFile));
  return `${stem}-${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z.db`;
}

function isBackupOf(databaseFile: string, name: string): boolean {
  const stem = basename(databaseFile, extname(databaseFile));
  return new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.db$`).test(name);
}

/** Opens a copy read-only and refuses it unless it is a whole, undamaged Broadsheet database. */
function checkedCopy(file: string): { stories: number; views: number } {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (copy.pragma('application_id', { simple: true }) !== broadsheetApplicationId) {
      throw new DatabaseFileError(`${file} is not a Broadsheet database`);
    }
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new DatabaseFileError(`${file} failed its integrity check: ${String(integrity)}`);
    return copy.prepare('SELECT count(*) AS stories, coalesce(sum(view_count), 0) AS views FROM articles').get() as {
      stories: number;
      views: number;
    };
  } finally {
    copy.close();
  }
}

/**
 * An online, consistent copy: VACUUM INTO reads the database inside one read transaction, so the
 * copy is the database as of one instant while the server goes on counting views (in WAL mode a
 * reader never blocks a writer). The copy is checked with integrity_check before it gets its
 * final name, and all but the newest `keep` backups of this database in `dir` are deleted.
 */
export function backupDatabase({ source, dir, keep, now = new Date() }: { source: string; dir: string; keep: number; now?: Date }): BackupReport {
  if (!existsSync(source)) throw new DatabaseFileError(`no database at ${source}`);
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupName(source, now));
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    if (live.pragma('application_id', { simple: true }) !== broadsheetApplicationId)
      throw new DatabaseFileError(`${source} is not a Broadsheet database`);
    live.prepare('VACUUM INTO ?').run(partial);
  } finally {
    live.close();
  }
  const counts = checkedCopy(partial);
  renameSync(partial, file);
  const backups = readdirSync(dir)
    .filter((name) => isBackupOf(source, name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of removed) rmSync(join(dir, name));
  return { file, bytes: statSync(file).size, ...counts, milliseconds: Math.round(performance.now() - started), removed };
}

export type RestoreReport = { restored: string; previous: string | null; stories: number; views: number };

/**
 * Puts a checked backup in the database's place. Refused while a server uses the file (it holds
 * the in-use lock), and no server can start until it is done. The database being replaced is
 * kept beside it as `<name>.before-restore-<time>`, so a restore never loses anything either.
 */
export function restoreDatabase({ target, backupFile, now = new Date() }: { target: string; backupFile: string; now?: Date }): RestoreReport {
  const counts = checkedCopy(backupFile);
  const done = withNoServerRunning(target, (): RestoreReport => {
    const incoming = `${target}.restoring`;
    copyFileSync(backupFile, incoming);
    // A new identity: pages cached from the database it replaces must not be served for it.
    const copy = new Database(incoming);
    copy.prepare('UPDATE database_identity SET uid = lower(hex(randomblob(16))) WHERE id = 1').run();
    copy.pragma('journal_mode = DELETE'); // one file, no log beside it, until a server opens it
    copy.close();
    const fd = openSync(incoming, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    let previous: string | null = null;
    if (existsSync(target)) {
      // Fold any log into the old file first, so the kept copy is whole on its own.
      const old = new Database(target);
      old.pragma('wal_checkpoint(TRUNCATE)');
      old.close();
      previous = `${target}.before-restore-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
      renameSync(target, previous);
    }
    for (const leftover of [`${target}-wal`, `${target}-shm`]) rmSync(leftover, { force: true });
    renameSync(incoming, target);
    const dirFd = openSync(dirname(target), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    return { restored: target, previous, ...counts };
  });
  if (!done) throw new DatabaseFileError(`a Broadsheet server is using ${target}; stop it before restoring`);
  return done;
}
