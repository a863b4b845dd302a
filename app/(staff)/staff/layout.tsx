import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from '@/components/staff/Staff.module.css';
import { siteName } from '@/lib/site-config';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The newsroom's own frame: no reader navigation, no search, a way back to the site.
export default function StaffAreaLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className={styles.newsroomMasthead}>
        <Link href="/staff" className={styles.newsroomTitle}>
          {siteName} <span>Newsroom</span>
        </Link>
        <Link href="/" className="meta">
          View the site
        </Link>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
