import Link from 'next/link';
import type { MostReadEntry } from '@/db/queries/most-read';
import styles from './MostRead.module.css';

/** What the list shows of each story (all a client needs to draw it, see LiveMostRead). */
export type MostReadLink = Pick<MostReadEntry, 'id' | 'slug' | 'headline' | 'sectionName'>;

export function MostRead({ entries, title = 'Most read' }: { entries: MostReadLink[]; title?: string }) {
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
