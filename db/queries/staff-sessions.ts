import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staffSessions, staffUsers, type StaffRole } from '@/db/schema';

export const staffSessionSeconds = 8 * 3600; // a working day

export type SignedInStaff = { id: number; email: string; role: StaffRole };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Stores a new session and returns the token for the cookie (the database keeps only its hash). */
export function createStaffSession({ userId, now = new Date() }: { userId: number; now?: Date }) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + staffSessionSeconds * 1000);
  getDb()
    .insert(staffSessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt })
    .run();
  getDb().delete(staffSessions).where(lt(staffSessions.expiresAt, now)).run();
  return { token, expiresAt };
}

export function getStaffBySessionToken({ token, now = new Date() }: { token: string; now?: Date }): SignedInStaff | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return (
    getDb()
      .select({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role })
      .from(staffSessions)
      .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
      .where(and(eq(staffSessions.tokenHash, hashToken(token)), gt(staffSessions.expiresAt, now)))
      .get() ?? null
  );
}

export function deleteStaffSession({ token }: { token: string }): void {
  getDb()
    .delete(staffSessions)
    .where(eq(staffSessions.tokenHash, hashToken(token)))
    .run();
}
