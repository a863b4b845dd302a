import Link from 'next/link';
import { signOutAction } from '../../app/staff/actions';
import styles from './Staff.module.css';

export function StaffHeader({ email }: { email: string }) {
  return (
    <div className={styles.staffBar}>
      <Link href="/staff" className={styles.staffHome}>
        Newsroom dashboard
      </Link>
      <span className="meta">Signed in as {email}</span>
      <form action={signOutAction}>
        <button type="submit" className={styles.linkButton}>
          Sign out
        </button>
      </form>
    </div>
  );
}
