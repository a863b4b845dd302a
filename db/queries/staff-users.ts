import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { withDataErrors } from '@/db/errors';
import { staffUsers, type StaffRole, type StaffUser } from '@/db/schema';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Stores an account; a second account for the same email is a DataError('conflict'). */
export function insertStaffUser({ email, passwordHash, role }: { email: string; passwordHash: string; role: StaffRole }) {
  return withDataErrors('insert staff user', () =>
    getDb()
      .insert(staffUsers)
      .values({ email: normalizeEmail(email), passwordHash, role, createdAt: new Date() })
      .returning({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role })
      .get(),
  );
}

export function getStaffUserByEmail({ email }: { email: string }): StaffUser | null {
  return (
    getDb()
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, normalizeEmail(email)))
      .get() ?? null
  );
}

export function listStaffUsers() {
  return getDb()
    .select({ id: staffUsers.id, email: staffUsers.email, role: staffUsers.role, createdAt: staffUsers.createdAt })
    .from(staffUsers)
    .orderBy(asc(staffUsers.email))
    .all();
}

/** Removes the account; its sessions go with it (ON DELETE CASCADE). */
export function removeStaffUser({ email }: { email: string }): boolean {
  return (
    getDb()
      .delete(staffUsers)
      .where(eq(staffUsers.email, normalizeEmail(email)))
      .run().changes > 0
  );
}
