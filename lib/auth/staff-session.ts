import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getStaffBySessionToken, staffSessionSeconds, type SignedInStaff } from '../../db/queries/staff-sessions';
import { secureCookies, staffSessionCookie } from './session-cookie';

export const staffCookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: secureCookies,
  path: '/',
  maxAge: staffSessionSeconds,
};

/** The signed-in staff member for this request, checked against the sessions table. */
export const getSignedInStaff = cache(async (): Promise<SignedInStaff | null> => {
  const token = (await cookies()).get(staffSessionCookie)?.value;
  return token ? getStaffBySessionToken({ token }) : null;
});

/** For staff pages: the signed-in staff member, or a redirect to the sign-in form. */
export async function verifyStaff(): Promise<SignedInStaff> {
  const staff = await getSignedInStaff();
  if (!staff) redirect('/staff/sign-in');
  return staff;
}
