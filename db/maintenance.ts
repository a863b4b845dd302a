import { statSync } from 'node:fs';
import { logEvent } from '@/lib/log';
import { siteDayKey } from '@/lib/site-time';
import { openedDb, walSizeLimitBytes } from './client';
import { DataError, withDataErrors } from './errors';
import { forgetOldTagChanges } from './cache/tag-changes';
import { forgetSaltsBefore } from './queries/daily-salt';
import { forgetExpiredViewRows } from './queries/raw-view-rows';
import { keepViewSpansFresh } from './view-spans/view-spans';
import { noteWriteFailure } from './write-health';

/** Bytes in the write-ahead log beside the database (0 when there is none). */
export function walSizeBytes(databaseFile: string): number {
  try {
    return statSync(`${databaseFile}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * The server's housekeeping, once a minute:
 * - yesterday's visitor salt is deleted within a minute of midnight, view or no view, and the
 *   per-visitor rows made under it soon after, a bounded batch a minute (queries/raw-view-rows.ts);
 * - the write-ahead log is folded into the database. SQLite does this itself every 1,000 pages,
 *   but while another process holds a read open it cannot restart the log, which then grows
 *   (380 MB after a 60 s reader); once that reader is gone a TRUNCATE checkpoint cuts it back,
 *   and journal_size_limit keeps it small after every later checkpoint.
 * - cache tag changes older than any cached page are forgotten (db/cache/tag-changes.ts);
 * - today's view spans are built (rankings read them instead of every day's rows; db/view-spans/).
 * A lock held elsewhere skips a round: nothing here is urgent, and nothing may block the loop.
 */
export function runMaintenance(now = new Date()): void {
  const sqlite = openedDb()?.$client;
  if (!sqlite?.open) return;
  try {
    withDataErrors('housekeeping', () => {
      forgetSaltsBefore(sqlite, siteDayKey(now));
      forgetExpiredViewRows(sqlite, now);
      forgetOldTagChanges(sqlite, now.getTime());
      sqlite.pragma(walSizeBytes(sqlite.name) > walSizeLimitBytes ? 'wal_checkpoint(TRUNCATE)' : 'wal_checkpoint(PASSIVE)');
    });
    void keepViewSpansFresh(now);
  } catch (error) {
    // A timer must never take the server down; a failure other than a lock shows in /health.
    if (!(error instanceof DataError)) logEvent('error', 'housekeeping-failed', { detail: String(error) });
    else if (error.code !== 'busy') noteWriteFailure('housekeeping', error);
  }
}

let timer: NodeJS.Timeout | undefined;

export function startMaintenance(everyMs = 60_000): void {
  if (timer) return;
  timer = setInterval(runMaintenance, everyMs).unref();
  void keepViewSpansFresh(); // rankings are slow until the day's spans exist
}
