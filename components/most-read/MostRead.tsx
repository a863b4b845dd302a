import Link from 'next/link';
import type { MostReadEntry } from '@/db/queries/most-read';
import type { MostReadStamp } from '@/lib/most-read-stamp';
import styles from './MostRead.module.css';

/** What the list shows of each story (all a client needs to draw it, see LiveMostRead). */
export type MostReadLink = Pick<MostReadEntry, 'id' | 'slug' | 'headline' | 'sectionName'>;

/**
 * A numbered most-read list. Its stamp says when it was ranked, so a list served from a cached
 * page never passes for fresher than it is; `moreHref` links to the full most-read page.
 */
export function MostRead({
  entries,
  title = 'Most read',
  updated,
  moreHref,
  moreLabel = 'More most read',
  headingId = 'most-read-heading',
  showSection = true,
}: {
  entries: MostReadLink[];
  title?: string;
  updated?: MostReadStamp;
  moreHref?: string;
  moreLabel?: string;
  headingId?: string;
  /** Off in a list that is all one section's. */
  showSection?: boolean;
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.mostRead}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      <ol className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={`/articles/${entry.slug}`}>{entry.headline}</Link>
            {showSection ? <span className="meta">{entry.sectionName}</span> : null}
          </li>
        ))}
      </ol>
      {updated || moreHref ? (
        <p className={`meta ${styles.footer}`}>
          {updated ? (
            <span>
              Updated <time dateTime={updated.iso}>{updated.label}</time>
            </span>
          ) : null}
          {moreHref ? <Link href={moreHref}>{moreLabel}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
