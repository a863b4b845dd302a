import 'server-only';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { databasePath, getDb } from '@/db/client';

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

const dialect = new SQLiteSyncDialect();
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  // A path computed at run time, so the bundler leaves the worker file alone.
  const started = new Worker(join(/*turbopackIgnore: true*/ process.cwd(), 'db/read-worker/worker.mjs'), { workerData: { path: databasePath() } });
  started.unref(); // only the reads waiting on it keep a process alive (see readOffThread)
  started.on('message', ({ id, rows, error }: { id: number; rows?: unknown[]; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) started.unref();
    if (error !== undefined) waiting?.reject(new Error(error));
    else waiting?.resolve(rows!);
  });
  const fail = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = null; // the next read starts a new one
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`read worker exited with code ${code}`)));
  return started;
}

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
  worker ??= startWorker();
  const id = nextId++;
  return new Promise<Row[]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
    worker!.ref();
    worker!.postMessage({ id, sql, params });
  });
}
