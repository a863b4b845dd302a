import 'server-only';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { databaseWorker } from '@/db/worker-thread';

const dialect = new SQLiteSyncDialect();
const askReadWorker = databaseWorker<{ sql: string; params: unknown[] }, { rows: unknown[] }>('db/read-worker/worker.mjs');

/** True in a Next.js server; BROADSHEET_OFF_THREAD_READS=1 turns it on elsewhere (tests). */
function offThreadReadsEnabled(): boolean {
  return Boolean(process.env.NEXT_RUNTIME) || process.env.BROADSHEET_OFF_THREAD_READS === '1';
}

/**
 * Runs a read-only query on a worker thread with its own connection, so the event loop keeps
 * serving pages meanwhile: better-sqlite3 is synchronous, and a sum over a week of daily rows
 * at 100k stories (70-200 ms) held every other request behind it. For reads that can visit
 * many rows (aggregates, search candidates, listing counts); a message round trip (~0.1 ms)
 * costs more than a small indexed read. Rows come back as SQLite returns them, so name every
 * column with AS.
 */
export async function readOffThread<Row>(query: SQL): Promise<Row[]> {
  if (!offThreadReadsEnabled()) return getDb().all<Row>(query);
  const { sql, params } = dialect.sqlToQuery(query);
  const { rows } = await askReadWorker({ sql, params });
  return rows as Row[];
}
