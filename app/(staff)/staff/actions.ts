'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createStaffSession, deleteStaffSession, endOtherStaffSessions } from '@/db/queries/staff-sessions';
import { normalizeEmail } from '@/db/queries/staff-users';
import { retryWhileBusy } from '@/db/write-retry';
import { checkStaffCredentials } from '@/lib/server/auth/check-staff-credentials';
import { staffSessionCookie } from '@/lib/staff-session-cookie';
import { staffCookieOptions } from '@/lib/server/auth/staff-session';
import { staffAction } from '@/lib/server/auth/staff-guards';
import { clientAddressFromHeaders } from '@/lib/server/request-facts';
import { maximumPasswordLength } from '@/lib/password-policy';

const signInInput = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254).email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.').max(maximumPasswordLength, `Passwords are at most ${maximumPasswordLength} characters.`),
});

export type SignInState = {
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
};

// The one staff action open to anyone: it is how a session starts (throttled, see sign-in-throttle).
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) {
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email: String(formData.get('email') ?? '').slice(0, 254) };
  }
  const email = normalizeEmail(parsed.data.email);
  const check = await checkStaffCredentials({ email, password: parsed.data.password, address: clientAddressFromHeaders(await headers()) });
  if (check.status === 'busy') return { error: 'Too many sign-ins at once. Try again in a few seconds.', email };
  if (check.status === 'locked') {
    const minutes = Math.max(1, Math.ceil(check.retryAfterSeconds / 60));
    return { error: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, email };
  }
  if (check.status === 'invalid') return { error: 'That email and password do not match a staff account.', email };
  const { token } = await retryWhileBusy('start a staff session', () => createStaffSession({ userId: check.user.id }));
  (await cookies()).set(staffSessionCookie, token, staffCookieOptions);
  redirect('/staff');
}

/** Ends the session on the server, so the old cookie is worthless even if it was copied. */
export const signOutAction = staffAction(z.object({}), async () => {
  const jar = await cookies();
  const token = jar.get(staffSessionCookie)?.value;
  if (token) await retryWhileBusy('end a staff session', () => deleteStaffSession({ token }));
  jar.delete(staffSessionCookie);
  redirect('/staff/sign-in');
});

/** Offered after signing in when the same account is signed in elsewhere (a lost laptop, a shared desk). */
export const endOtherSessionsAction = staffAction(z.object({}), async (_input, staff) => {
  return { ok: true, data: { ended: await retryWhileBusy('end other staff sessions', () => endOtherStaffSessions({ staff })) } };
});
