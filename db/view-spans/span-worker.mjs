// Runs in a worker thread (see db/view-spans/view-spans.ts): its own read-write connection to
// the database, so summing 90 days of views for every story never holds the server's event
// loop. Answers { id, wanted } with { id, built } or { id, error }.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { refreshViewSpans } from './span-builder.mjs';

const db = new Database(workerData.path, { fileMustExist: true });
// This thread may wait for the write lock: nobody is waiting on it but the next refresh.
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
let sweep = true;

parentPort.on('message', ({ id, wanted }) => {
  try {
    const built = refreshViewSpans(db, wanted, { sweep });
    sweep = false;
    parentPort.postMessage({ id, built });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
