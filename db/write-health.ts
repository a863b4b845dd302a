import { logEvent } from '@/lib/log';
import type { DataError } from './errors';

/** How often a write failure that keeps happening is logged again (with a count of the ones between). */
const logEveryMs = 60_000;

type WriteFailure = { code: DataError['code']; message: string; at: Date };
const state: { lastFailure: WriteFailure | null; unloggedSince: number; lastLoggedAt: number } = {
  lastFailure: null,
  unloggedSince: 0,
  lastLoggedAt: 0,
};

/**
 * Remembers that a write failed for a reason the request could not fix (disk full, read-only,
 * I/O error, a lock held past the retry deadline), for /health, and logs it once a minute at
 * most: a full disk made every view print a stack trace (2,254 in 20 s).
 */
export function noteWriteFailure(operation: string, error: DataError, now = new Date()): void {
  state.lastFailure = { code: error.code, message: error.message, at: now };
  state.unloggedSince++;
  if (now.getTime() - state.lastLoggedAt < logEveryMs) return;
  logEvent('error', 'write-failed', { operation, code: error.code, detail: error.message, failuresSinceLastLine: state.unloggedSince });
  state.lastLoggedAt = now.getTime();
  state.unloggedSince = 0;
}

export function noteWriteSuccess(): void {
  if (!state.lastFailure) return;
  if (state.lastLoggedAt > 0) {
    logEvent('info', 'writes-recovered', { after: state.lastFailure.code });
    state.lastLoggedAt = 0;
  }
  state.lastFailure = null;
}

/** The newest failure since the last successful write, or null when writes succeed. */
export function currentWriteFailure(): WriteFailure | null {
  return state.lastFailure;
}
