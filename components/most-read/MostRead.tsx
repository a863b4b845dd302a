import Link from 'next/link';
import type { MostReadEntry } from '@/db/queries/most-read';
import styles from './MostRead.module.css';

export function MostRead({ entries, title = 'Most read' }: { entries: MostReadEntry[]; title?: string }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className={styles.mostRead}>
      <h2 id="most-read-heading" className={styles.heading}>
        {title}
      </h2>
      <ol className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={`/articles/${entry.slug}`}>{entry.headline}</Link>
            <span className="meta">{entry.sectionName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
