import type { Correction } from '@/db/queries/corrections';
import { formatPublishedDateTime } from '@/lib/site-time';
import styles from './Article.module.css';

/** What changed in a story since it was published, and when, in the newsroom's own words. */
export function ArticleCorrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section className={styles.corrections} aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections and updates</h2>
      <ol>
        {corrections.map((correction, i) => (
          <li key={i}>
            <time dateTime={correction.createdAt.toISOString()}>{formatPublishedDateTime(correction.createdAt)}</time> {correction.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
