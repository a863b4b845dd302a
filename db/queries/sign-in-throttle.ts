import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db/client';
import { withDataErrors } from '@/db/errors';
import { siteDayKey } from '@/lib/site-time';
import { addressHashOf, saltForDay } from './daily-salt';

/**
 * Failures lock one email only for the address they came from (so nobody elsewhere can lock a
 * colleague out), after five, for 1 minute, then 2, 4 … up to an hour per further failure.
 * Each address also gets a fixed number of attempts per window across all emails, which is
 * what stops one client trying many accounts. Failures are forgotten after a day.
 */
export const signInThrottle = {
  freeFailuresPerPair: 5,
  firstLockSeconds: 60,
  maxLockSeconds: 3600,
  addressWindowSeconds: 15 * 60,
  /** SIGN_IN_ATTEMPTS_PER_ADDRESS: an office behind one address may need more. */
  maxAttemptsPerAddress: attemptsPerAddress(process.env.SIGN_IN_ATTEMPTS_PER_ADDRESS),
  forgetAfterSeconds: 86_400,
};

function attemptsPerAddress(raw: string | undefined): number {
  const value = Number(raw ?? 30);
  return Number.isInteger(value) && value > 0 ? value : 30;
}

export type SignInGate = { allowed: true; pairKey: string } | { allowed: false; retryAfterSeconds: number };

export function lockSecondsAfter(failures: number): number {
  const { freeFailuresPerPair, firstLockSeconds, maxLockSeconds } = signInThrottle;
  if (failures < freeFailuresPerPair) return 0;
  return Math.min(maxLockSeconds, firstLockSeconds * 2 ** Math.min(failures - freeFailuresPerPair, 20));
}

/**
 * Counts this attempt before any password is checked, in one IMMEDIATE transaction, so 30
 * simultaneous posts cannot all slip past the limit (as they could when the check came first
 * and the failure was written after the hash). The attempt counts as a failure until
 * `forgiveSignInFailures` says it succeeded.
 */
export function beginSignInAttempt({ email, address, now = new Date() }: { email: string; address: string; now?: Date }): SignInGate {
  const sqlite = getDb().$client;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const { addressWindowSeconds, maxAttemptsPerAddress, forgetAfterSeconds } = signInThrottle;
  const attempt = sqlite.transaction((): SignInGate => {
    const salt = saltForDay(sqlite, siteDayKey(now));
    const addressKey = `address:${addressHashOf(salt, address)}`;
    const pairKey = `pair:${createHash('sha256').update(salt).update('sign-in\0').update(email).update('\0').update(address).digest('base64url')}`;
    sqlite.prepare('DELETE FROM sign_in_throttles WHERE last_failure_at < ?').run(nowSeconds - forgetAfterSeconds);

    const fromAddress = sqlite
      .prepare<[{ key: string; now: number; expired: number }], { failures: number; windowStart: number }>(
        `INSERT INTO sign_in_throttles (key, failures, window_start, last_failure_at) VALUES (:key, 1, :now, :now)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN window_start <= :expired THEN 1 ELSE failures + 1 END,
           window_start = CASE WHEN window_start <= :expired THEN :now ELSE window_start END,
           last_failure_at = :now
         RETURNING failures, window_start AS windowStart`,
      )
      .get({ key: addressKey, now: nowSeconds, expired: nowSeconds - addressWindowSeconds })!;
    if (fromAddress.failures > maxAttemptsPerAddress) {
      return { allowed: false, retryAfterSeconds: fromAddress.windowStart + addressWindowSeconds - nowSeconds };
    }

    const pair = sqlite
      .prepare<[string], { failures: number; lastFailureAt: number }>(
        'SELECT failures, last_failure_at AS lastFailureAt FROM sign_in_throttles WHERE key = ?',
      )
      .get(pairKey);
    const lockedUntil = pair ? pair.lastFailureAt + lockSecondsAfter(pair.failures) : 0;
    if (lockedUntil > nowSeconds) return { allowed: false, retryAfterSeconds: lockedUntil - nowSeconds };
    sqlite
      .prepare<[{ key: string; now: number }]>(
        `INSERT INTO sign_in_throttles (key, failures, window_start, last_failure_at) VALUES (:key, 1, :now, :now)
         ON CONFLICT (key) DO UPDATE SET failures = failures + 1, last_failure_at = :now`,
      )
      .run({ key: pairKey, now: nowSeconds });
    return { allowed: true, pairKey };
  });
  return withDataErrors('count a sign-in attempt', () => attempt.immediate());
}

/** The password was right: this email and address start again from no failures. */
export function forgiveSignInFailures({ pairKey }: { pairKey: string }): void {
  getDb().$client.prepare('DELETE FROM sign_in_throttles WHERE key = ?').run(pairKey);
}
