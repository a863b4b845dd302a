'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clearFailedSignIns, getSignInLockout, recordFailedSignIn } from '@/db/queries/sign-in-throttle';
import { createStaffSession, deleteStaffSession } from '@/db/queries/staff-sessions';
import { getStaffUserByEmail, normalizeEmail } from '@/db/queries/staff-users';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { staffSessionCookie } from '@/lib/staff-session-cookie';
import { staffCookieOptions } from '@/lib/server/auth/staff-session';
import { staffAction } from '@/lib/server/auth/staff-guards';
import { clientKeyFromHeaders } from '@/lib/server/request-facts';

const signInInput = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254).email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.').max(1024),
});

export type SignInState = {
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

// Compared against when the email is unknown, so both paths take the same time. Made on first
// use rather than when the module loads.
let decoyHash: Promise<string> | undefined;

// The one staff action open to anyone: it is how a session starts (throttled, see sign-in-throttle).
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) {
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email: String(formData.get('email') ?? '').slice(0, 254) };
  }
  const email = normalizeEmail(parsed.data.email);
  const keys = { email, clientKey: clientKeyFromHeaders(await headers()) };
  const lockedMinutes = getSignInLockout({ keys });
  if (lockedMinutes !== null) {
    return { error: `Too many attempts. Try again in ${lockedMinutes} minute${lockedMinutes === 1 ? '' : 's'}.`, email };
  }
  const user = getStaffUserByEmail({ email });
  const valid = await verifyPassword(
    parsed.data.password,
    user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy password that matches nothing'))),
  );
  if (!user || !valid) {
    recordFailedSignIn({ keys });
    return { error: 'That email and password do not match a staff account.', email };
  }
  clearFailedSignIns({ email });
  const { token } = createStaffSession({ userId: user.id });
  (await cookies()).set(staffSessionCookie, token, staffCookieOptions);
  redirect('/staff');
}

/** Ends the session on the server, so the old cookie is worthless even if it was copied. */
export const signOutAction = staffAction(z.object({}), async () => {
  const jar = await cookies();
  const token = jar.get(staffSessionCookie)?.value;
  if (token) deleteStaffSession({ token });
  jar.delete(staffSessionCookie);
  redirect('/staff/sign-in');
});
