import { getDb, serverBusyTimeoutMs } from './client';
import { DataError, withDataErrors } from './errors';

/** How long a write waits for another process's lock before its caller is told "busy". */
export const writeRetryDeadlineMs = 10_000;

/** One attempt that never waits inside SQLite: a lock held elsewhere fails it at once. */
export function attemptWithoutWaiting<T>(operation: string, write: () => T): T {
  const sqlite = getDb().$client;
  sqlite.pragma('busy_timeout = 0');
  try {
    return withDataErrors(operation, write);
  } finally {
    sqlite.pragma(`busy_timeout = ${serverBusyTimeoutMs}`);
  }
}

/**
 * Runs a write on the server's shared handle, and while another process holds the write lock (a
 * backup, a migration, the staff CLI, another server) tries again after a pause that does not
 * block. An attempt never waits inside SQLite: that wait stops the whole event loop, and twenty
 * views each waiting 20 ms per attempt held pages up for 10 s. Pauses grow from 5 to 100 ms with
 * jitter, so waiting writers do not retry in lockstep. Past the deadline the DataError('busy')
 * reaches the caller.
 */
export async function retryWhileBusy<T>(operation: string, write: () => T, { deadlineMs = writeRetryDeadlineMs } = {}): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (let pauseMs = 5; ; pauseMs = Math.min(pauseMs * 2, 100)) {
    try {
      return attemptWithoutWaiting(operation, write);
    } catch (error) {
      const busy = error instanceof DataError && error.code === 'busy';
      if (!busy || Date.now() + pauseMs > giveUpAt) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
  }
}
