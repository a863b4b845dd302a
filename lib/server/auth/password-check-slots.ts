import 'server-only';
import { maxConcurrentPasswordChecks, maxQueuedPasswordChecks, maxPasswordCheckWaitMs } from '@/lib/password-policy';

let running = 0;
const waiting: (() => void)[] = [];

/** Resolves true once a slot is free (at most maxPasswordCheckWaitMs later), or false at once when the queue is full. */
function acquireSlot(): Promise<boolean> {
  if (running < maxConcurrentPasswordChecks) {
    running++;
    return Promise.resolve(true);
  }
  if (waiting.length >= maxQueuedPasswordChecks) return Promise.resolve(false);
  return new Promise((resolve) => {
    const grant = () => {
      clearTimeout(timer);
      running++;
      resolve(true);
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(grant), 1);
      resolve(false);
    }, maxPasswordCheckWaitMs);
    waiting.push(grant);
  });
}

function releaseSlot(): void {
  running--;
  waiting.shift()?.();
}

/**
 * Runs `check` when one of maxConcurrentPasswordChecks slots is free, waiting briefly in a
 * short queue (two colleagues signing in at once both get in), or answers 'busy'. Each check
 * is a 32 MiB scrypt on libuv's small thread pool, so unbounded checks from a flood would slow
 * every page; the front door answers such floods with 429 before they get here, and this holds
 * the same bound for a caller that reaches the action another way.
 */
export async function withPasswordCheckSlot<T>(check: () => Promise<T>): Promise<T | 'busy'> {
  if (!(await acquireSlot())) return 'busy';
  try {
    return await check();
  } finally {
    releaseSlot();
  }
}
