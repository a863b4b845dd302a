import 'server-only';
import { DataError } from '@/db/errors';
import { insertStaffUser, normalizeEmail } from '@/db/queries/staff-users';
import { staffRoles, type StaffRole, type StaffUser } from '@/db/schema';
import { passwordProblem } from '@/lib/password-policy';
import { hashPassword } from './password';

export type CreateStaffResult = { ok: true; user: Pick<StaffUser, 'id' | 'email' | 'role'> } | { ok: false; error: string };

/** A new staff account: the email normalised and unique, the password long, uncommon and only ever stored hashed. */
export async function createStaffAccount({
  email,
  password,
  role,
}: {
  email: string;
  password: string;
  role: StaffRole;
}): Promise<CreateStaffResult> {
  const normalized = normalizeEmail(email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized) || normalized.length > 254) return { ok: false, error: 'not a valid email address' };
  if (!staffRoles.includes(role)) return { ok: false, error: `role must be one of ${staffRoles.join(', ')}` };
  const problem = passwordProblem(password);
  if (problem) return { ok: false, error: problem };
  try {
    return { ok: true, user: insertStaffUser({ email: normalized, passwordHash: await hashPassword(password), role }) };
  } catch (error) {
    if (error instanceof DataError && error.code === 'conflict') return { ok: false, error: `${normalized} already has an account` };
    throw error;
  }
}
