// The view-writer thread: counts views on its own connection to the database, so the server's
// event loop never runs a view's SQLite transaction (about 0.3 ms, and every ~40th view a
// 4-12 ms checkpoint with two fsyncs). Started by db/view-writer/view-writer-thread.ts; in
// production bundled by `npm run build` into .next/front-door/view-writer.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { getDb } from '@/db/client';
import { DataError } from '@/db/errors';
import { recordArticleView, type RecordViewInput } from '@/db/queries/article-views';
import { writeRetryDeadlineMs } from '@/db/write-retry';
import type { ViewWriterReply } from './view-writer';

process.env.DATABASE_PATH = (workerData as { path: string }).path;
// Waiting for another process's write lock blocks this thread only, never the server's event
// loop, so the wait happens inside SQLite (no retry timers), up to the server's write deadline.
getDb().$client.pragma(`busy_timeout = ${writeRetryDeadlineMs}`);

function replyFor(input: RecordViewInput): ViewWriterReply {
  try {
    return { outcome: recordArticleView(input) };
  } catch (error) {
    if (error instanceof DataError && (error.code === 'busy' || error.code === 'unavailable')) {
      return { failure: { code: error.code, message: error.message } };
    }
    throw error;
  }
}

parentPort!.on('message', ({ id, input }: { id: number; input?: RecordViewInput }) => {
  try {
    // A message without a view is the server's warm-up: the connection is open by now.
    parentPort!.postMessage({ id, ...(input ? replyFor(input) : {}) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
