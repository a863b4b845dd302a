import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { DataError, withDataErrors } from '@/db/errors';
import { staffSessions, staffUsers, type StaffRole } from '@/db/schema';
import { hashStaffSessionToken } from '@/db/staff-session-gate';

export const staffSessionSeconds = 8 * 3600; // a working day

/** A session nobody has used for this long ends, whatever its expiry (STAFF_SESSION_IDLE_MINUTES, default 60). */
export function staffSessionIdleSeconds(): number {
  const minutes = Number(process.env.STAFF_SESSION_IDLE_MINUTES ?? 60);
  return Number.isInteger(minutes) && minutes > 0 ? Math.min(minutes, 8 * 60) * 60 : 3600;
}

// Last-seen times are only written when this much older, so reading pages does not write per request.
const touchEverySeconds = 60;

export type SignedInStaff = { id: number; email: string; role: StaffRole; sessionTokenHash: string };

const hashToken = hashStaffSessionToken;

/** Stores a new session and returns the token for the cookie (the database keeps only its hash). */
export function createStaffSession({ userId, now = new Date() }: { userId: number; now?: Date }) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + staffSessionSeconds * 1000);
  getDb()
    .insert(staffSessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt, lastSeenAt: now })
    .run();
  getDb().delete(staffSessions).where(lt(staffSessions.expiresAt, now)).run();
  return { token, expiresAt };
}

export function getStaffBySessionToken({ token, now = new Date() }: { token: string; now?: Date }): SignedInStaff | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const idleSince = new Date(now.getTime() - staffSessionIdleSeconds() * 1000);
  const found = getDb()
    .select({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role, lastSeenAt: staffSessions.lastSeenAt })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, idleSince),
        isNull(staffUsers.disabledAt),
      ),
    )
    .get();
  if (!found) return null;
  if (now.getTime() - found.lastSeenAt.getTime() > touchEverySeconds * 1000) {
    try {
      withDataErrors('touch staff session', () =>
        getDb().update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash)).run(),
      );
    } catch (error) {
      // Best effort: with the file locked elsewhere the next request touches it instead.
      if (!(error instanceof DataError && error.code === 'busy')) throw error;
    }
  }
  return { id: found.id, email: found.email, role: found.role, sessionTokenHash: tokenHash };
}

/** How many other live sessions this staff member has (other browsers, other devices). */
export function countOtherStaffSessions({ staff, now = new Date() }: { staff: SignedInStaff; now?: Date }): number {
  const idleSince = new Date(now.getTime() - staffSessionIdleSeconds() * 1000);
  return getDb()
    .select({ n: count() })
    .from(staffSessions)
    .where(
      and(
        eq(staffSessions.userId, staff.id),
        ne(staffSessions.tokenHash, staff.sessionTokenHash),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, idleSince),
      ),
    )
    .get()!.n;
}

/** Signs this staff member out everywhere except the session making the request. */
export function endOtherStaffSessions({ staff }: { staff: SignedInStaff }): number {
  return getDb()
    .delete(staffSessions)
    .where(and(eq(staffSessions.userId, staff.id), ne(staffSessions.tokenHash, staff.sessionTokenHash)))
    .run().changes;
}

export function deleteStaffSession({ token }: { token: string }): void {
  getDb()
    .delete(staffSessions)
    .where(eq(staffSessions.tokenHash, hashToken(token)))
    .run();
}
