import Link from 'next/link';
import { Fragment } from 'react';
import type { SearchHit } from '@/db/queries/search';
import { matchEnd, matchStart } from '@/lib/search-query';
import { formatShortDate } from '@/lib/site-time';
import styles from './Search.module.css';

/** Snippet text with FTS match markers turned into <mark>, as React text (never raw HTML). */
function Highlighted({ text }: { text: string }) {
  const cleaned = text.replace(/(^|\n)#{1,6} /g, '$1').replace(/[*_`>]/g, '');
  return (
    <>
      {cleaned.split(matchStart).map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>;
        const [hit = '', rest = ''] = part.split(matchEnd);
        return (
          <Fragment key={i}>
            <mark>{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}

export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.id} data-testid="search-result">
          <h2 className={styles.headline}>
            <Link href={`/articles/${hit.slug}`}>
              <Highlighted text={hit.headline} />
            </Link>
          </h2>
          <p className={styles.snippet}>
            <Highlighted text={hit.snippet} />
          </p>
          <p className="meta">
            {hit.sectionName} · {hit.authorName} · <time dateTime={hit.publishedAt.toISOString()}>{formatShortDate(hit.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
