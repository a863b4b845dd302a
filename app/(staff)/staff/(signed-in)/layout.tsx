import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { OtherSessionsNotice } from '@/components/staff/OtherSessionsNotice';
import { StaffHeader } from '@/components/staff/StaffHeader';
import { countOtherStaffSessions } from '@/db/queries/staff-sessions';
import { getSignedInStaff } from '@/lib/server/auth/staff-session';

export const dynamic = 'force-dynamic';

// Chrome only: who is signed in, the way out, and other sessions of the same account. Layouts do not re-run on client navigation,
// so every page checks the session and role itself (staffPage in lib/server/auth/staff-guards).
export default async function SignedInStaffLayout({ children }: { children: ReactNode }) {
  const staff = await getSignedInStaff();
  if (!staff) redirect('/staff/sign-in');
  const otherSessions = countOtherStaffSessions({ staff });
  return (
    <>
      <StaffHeader email={staff.email} role={staff.role} />
      <OtherSessionsNotice otherSessions={otherSessions} />
      {children}
    </>
  );
}
