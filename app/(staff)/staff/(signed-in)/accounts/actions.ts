'use server';

import { randomBytes } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAuditEvent } from '@/db/queries/audit-log';
import {
  changeStaffRole,
  endAllStaffSessions,
  replaceStaffPassword,
  setStaffAuthor,
  setStaffDisabled,
  type AccountChange,
} from '@/db/queries/staff-admin';
import type { SignedInStaff } from '@/db/queries/staff-sessions';
import { staffRoles } from '@/db/schema';
import { retryWhileBusy } from '@/db/write-retry';
import { hashPassword } from '@/lib/server/auth/password';
import { createStaffAccount } from '@/lib/server/auth/staff-accounts';
import { staffAction, type StaffActionResult } from '@/lib/server/auth/staff-guards';

const accountId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A password an admin hands over once: 24 random characters, far past every rule in lib/password-policy. */
const temporaryPassword = () => randomBytes(18).toString('base64url');

function answer(change: AccountChange, staff: SignedInStaff, action: string, detail = ''): StaffActionResult<{ email: string }> {
  if (change.status === 'not-found') return { ok: false, error: 'That account no longer exists.' };
  if (change.status === 'last-admin')
    return { ok: false, error: 'The newsroom needs at least one admin who can sign in: make someone else an admin first.' };
  recordAuditEvent({ actor: staff, action, subject: change.email, detail });
  revalidatePath('/staff/accounts');
  return { ok: true, data: { email: change.email } };
}

/** Adds an account with a temporary password, shown to the admin once. */
export const addStaffAccountAction = staffAction(
  z.object({ email: z.string().trim().min(1, 'Enter an email address.').max(254), role: z.enum(staffRoles) }),
  async ({ email, role }, staff): Promise<StaffActionResult<{ email: string; password: string }>> => {
    const password = temporaryPassword();
    const created = await createStaffAccount({ email, password, role });
    if (!created.ok) return { ok: false, error: 'Check the highlighted fields.', fieldErrors: { email: [created.error] } };
    recordAuditEvent({ actor: staff, action: 'added an account', subject: created.user.email, detail: `role ${role}` });
    revalidatePath('/staff/accounts');
    return { ok: true, data: { email: created.user.email, password } };
  },
  { role: 'admin' },
);

export const changeStaffRoleAction = staffAction(
  z.object({ id: accountId, role: z.enum(staffRoles) }),
  async ({ id, role }, staff) =>
    answer(await retryWhileBusy('change role', () => changeStaffRole({ id, role })), staff, 'changed a role', `to ${role}`),
  { role: 'admin' },
);

export const setStaffDisabledAction = staffAction(
  z.object({ id: accountId, disabled: z.enum(['true', 'false']) }),
  async ({ id, disabled }, staff) => {
    const change = await retryWhileBusy('disable account', () => setStaffDisabled({ id, disabled: disabled === 'true' }));
    return answer(change, staff, disabled === 'true' ? 'disabled an account' : 'enabled an account');
  },
  { role: 'admin' },
);

/** A new temporary password for someone who lost theirs; their sessions end. */
export const resetStaffPasswordAction = staffAction(
  z.object({ id: accountId }),
  async ({ id }, staff): Promise<StaffActionResult<{ email: string; password: string }>> => {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    const result = answer(await retryWhileBusy('reset password', () => replaceStaffPassword({ id, passwordHash })), staff, 'reset a password');
    return result.ok ? { ok: true, data: { email: result.data.email, password } } : result;
  },
  { role: 'admin' },
);

export const endStaffSessionsAction = staffAction(
  z.object({ id: accountId }),
  async ({ id }, staff) => answer(await retryWhileBusy('end sessions', () => endAllStaffSessions({ id })), staff, 'ended the sessions of'),
  { role: 'admin' },
);

/** Which author profile an account writes under: an existing one, a new one by name, or none. */
export const setStaffAuthorAction = staffAction(
  z.object({
    id: accountId,
    authorId: z.union([z.literal(''), accountId]),
    newAuthorName: z.string().trim().max(100, 'A name is at most 100 characters.').optional(),
  }),
  async ({ id, authorId, newAuthorName }, staff) => {
    const change = await retryWhileBusy('set byline', () =>
      setStaffAuthor({ id, authorId: authorId || null, newAuthorName: newAuthorName || undefined }),
    );
    if (change.status === 'unknown-author') return { ok: false, error: 'That author profile no longer exists.' };
    return answer(change, staff, 'set the byline of', newAuthorName ? `new profile “${newAuthorName}”` : authorId ? `author ${authorId}` : 'none');
  },
  { role: 'admin' },
);
