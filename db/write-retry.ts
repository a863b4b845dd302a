import { DataError, withDataErrors } from './errors';

/** How long a write waits for another process's lock before its caller is told "busy". */
export const writeRetryDeadlineMs = 10_000;

/**
 * Runs a write, and while another process holds the write lock (a backup, a migration, the staff
 * CLI, another server) tries again after a pause that does not block: the server's handle waits
 * only briefly inside SQLite (serverBusyTimeoutMs), because that wait stops the whole event loop,
 * and every reader with it. Pauses grow from 5 to 100 ms with jitter, so waiting writers do not
 * retry in lockstep. Past the deadline the DataError('busy') reaches the caller.
 */
export async function retryWhileBusy<T>(operation: string, write: () => T, { deadlineMs = writeRetryDeadlineMs } = {}): Promise<T> {
  const giveUpAt = Date.now() + deadlineMs;
  for (let pauseMs = 5; ; pauseMs = Math.min(pauseMs * 2, 100)) {
    try {
      return withDataErrors(operation, write);
    } catch (error) {
      const busy = error instanceof DataError && error.code === 'busy';
      if (!busy || Date.now() + pauseMs > giveUpAt) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
  }
}
