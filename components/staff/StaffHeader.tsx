import Link from 'next/link';
import type { StaffRole } from '@/db/schema';
import { SignOutButton } from './SignOutButton';
import styles from './Staff.module.css';

export function StaffHeader({ email, role }: { email: string; role: StaffRole }) {
  return (
    <div className={styles.staffBar}>
      <Link href="/staff" className={styles.staffHome}>
        Newsroom dashboard
      </Link>
      <Link href="/staff/live">Live now</Link>
      <Link href="/staff/stories">Stories</Link>
      {role === 'admin' && (
        <>
          <Link href="/staff/accounts">Accounts</Link>
          <Link href="/staff/audit">Audit log</Link>
        </>
      )}
      <span className="meta">
        Signed in as {email} ({role})
      </span>
      <SignOutButton />
    </div>
  );
}
