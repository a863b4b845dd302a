import Link from 'next/link';
import type { Section } from '@/db/schema';
import { siteName } from '@/lib/site-config';
import styles from './SiteFooter.module.css';

export function SiteFooter({ sections }: { sections: Section[] }) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.name}>{siteName}</p>
        <ul className={styles.links}>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`/sections/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
        <p className={styles.small}>
          <Link href="/most-read">Most read</Link> · <Link href="/how-we-count">How we count views</Link>
        </p>
        <p className={styles.small}>All stories, people and places on this demo site are fictional.</p>
      </div>
    </footer>
  );
}
