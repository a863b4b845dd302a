import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StaffHeader } from '../../../components/staff/StaffHeader';
import { verifyStaff } from '../../../lib/auth/staff-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Chrome only. Layouts do not re-run on client navigation, so each page verifies the
// session itself as well.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await verifyStaff();
  return (
    <>
      <StaffHeader email={staff.email} />
      {children}
    </>
  );
}
