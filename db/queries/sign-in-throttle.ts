import 'server-only';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';

/** 5 failures for one email (or 20 from one address) within 15 minutes lock sign-in for the rest of the window. */
export const signInThrottle = { windowSeconds: 15 * 60, maxFailuresPerEmail: 5, maxFailuresPerClient: 20 };

type Keys = { email: string; clientKey: string };
const keyList = ({ email, clientKey }: Keys) => [`email:${email}`, `client:${clientKey}`];

function windowStart(nowSeconds: number) {
  return nowSeconds - (nowSeconds % signInThrottle.windowSeconds);
}

/** Minutes until sign-in is allowed again for these keys, or null when it is allowed now. */
export function getSignInLockout({ keys, now = new Date() }: { keys: Keys; now?: Date }): number | null {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const start = windowStart(nowSeconds);
  const rows = getDb()
    .select({ key: signInFailures.key, failures: signInFailures.failures })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, keyList(keys)), eq(signInFailures.windowStart, start)))
    .all();
  const locked = rows.some((row) =>
    row.key.startsWith('email:') ? row.failures >= signInThrottle.maxFailuresPerEmail : row.failures >= signInThrottle.maxFailuresPerClient,
  );
  if (!locked) return null;
  return Math.max(1, Math.ceil((start + signInThrottle.windowSeconds - nowSeconds) / 60));
}

export function recordFailedSignIn({ keys, now = new Date() }: { keys: Keys; now?: Date }): void {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const start = windowStart(nowSeconds);
  getDb().transaction((tx) => {
    for (const key of keyList(keys)) {
      tx.insert(signInFailures)
        .values({ key, windowStart: start, failures: 1 })
        .onConflictDoUpdate({ target: [signInFailures.key, signInFailures.windowStart], set: { failures: sql`${signInFailures.failures} + 1` } })
        .run();
    }
    tx.delete(signInFailures)
      .where(lt(signInFailures.windowStart, start - signInThrottle.windowSeconds))
      .run();
  });
}

/** A successful sign-in forgives that email's failures (not the client's). */
export function clearFailedSignIns({ email, now = new Date() }: { email: string; now?: Date }): void {
  getDb()
    .delete(signInFailures)
    .where(and(eq(signInFailures.key, `email:${email}`), gte(signInFailures.windowStart, windowStart(Math.floor(now.getTime() / 1000)))))
    .run();
}
