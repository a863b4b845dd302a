import Link from 'next/link';
import type { Section } from '@/db/schema';
import { siteName } from '@/lib/site-config';
import { siteTimeZone } from '@/lib/site-time';
import styles from './Masthead.module.css';

const todayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: siteTimeZone,
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
});

export function Masthead({ sections }: { sections: Section[] }) {
  return (
    <header className={styles.masthead}>
      <div className={styles.top}>
        <p className={styles.date}>{todayFormat.format(new Date())}</p>
        <Link href="/" className={styles.title}>
          {siteName}
        </Link>
        <form action="/search" role="search" className={styles.search}>
          <label htmlFor="masthead-search" className="visually-hidden">
            Search stories
          </label>
          <input id="masthead-search" className="text-input" type="search" name="q" placeholder="Search stories" maxLength={200} />
          <button type="submit" className="solid-button">
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Sections" className={styles.nav}>
        <ul>
          <li>
            <Link href="/">Home</Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`/sections/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
