import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { hashPassword, minimumPasswordLength } from '../../lib/auth/password';
import { getDb } from '../client';
import { staffUsers, type StaffUser } from '../schema';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type CreateStaffResult = { ok: true; user: Pick<StaffUser, 'id' | 'email'> } | { ok: false; error: string };

export async function createStaffUser({ email, password }: { email: string; password: string }): Promise<CreateStaffResult> {
  const normalized = normalizeEmail(email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized) || normalized.length > 254) return { ok: false, error: 'not a valid email address' };
  if (password.length < minimumPasswordLength) return { ok: false, error: `password must be at least ${minimumPasswordLength} characters` };
  if (getDb().select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, normalized)).get()) {
    return { ok: false, error: `${normalized} already has an account` };
  }
  const passwordHash = await hashPassword(password);
  const user = getDb()
    .insert(staffUsers)
    .values({ email: normalized, passwordHash, createdAt: new Date() })
    .returning({ id: staffUsers.id, email: staffUsers.email })
    .get();
  return { ok: true, user };
}

export function getStaffUserByEmail({ email }: { email: string }): StaffUser | null {
  return getDb().select().from(staffUsers).where(eq(staffUsers.email, normalizeEmail(email))).get() ?? null;
}

export function listStaffUsers() {
  return getDb().select({ id: staffUsers.id, email: staffUsers.email, createdAt: staffUsers.createdAt }).from(staffUsers).orderBy(asc(staffUsers.email)).all();
}

/** Removes the account; its sessions go with it (ON DELETE CASCADE). */
export function removeStaffUser({ email }: { email: string }): boolean {
  return getDb().delete(staffUsers).where(eq(staffUsers.email, normalizeEmail(email))).run().changes > 0;
}
