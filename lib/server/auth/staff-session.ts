import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getStaffBySessionToken, staffSessionSeconds, type SignedInStaff } from '@/db/queries/staff-sessions';
import { secureCookies, staffSessionCookie } from '@/lib/staff-session-cookie';

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
