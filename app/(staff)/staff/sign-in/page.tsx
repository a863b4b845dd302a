import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import styles from '@/components/staff/Staff.module.css';
import { SignInForm } from '@/components/staff/SignInForm';
import { getSignedInStaff } from '@/lib/server/auth/staff-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Staff sign-in', description: 'Sign in to the Broadsheet newsroom dashboard.', robots: { index: false } };

export default async function StaffSignInPage() {
  if (await getSignedInStaff()) redirect('/staff');
  return (
    <div className={styles.signInPage}>
      <p className="kicker">Newsroom</p>
      <h1>Staff sign-in</h1>
      <p className="meta">
        Readership figures for Broadsheet staff. Accounts are created by an admin with <code>npm run staff -- add</code>.
      </p>
      <SignInForm />
    </div>
  );
}
