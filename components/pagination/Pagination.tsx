import Link from 'next/link';
import type { PageWindow } from '../../lib/pagination';
import styles from './Pagination.module.css';

/** Prev/next links for a listing at `basePath`; page 1 is the bare path so it has one URL. */
export function Pagination({ basePath, window }: { basePath: string; window: PageWindow }) {
  if (window.totalPages <= 1) return null;
  const href = (page: number) => (page === 1 ? basePath : `${basePath}?page=${page}`);
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {window.page > 1 ? (
        <Link rel="prev" href={href(window.page - 1)} className={styles.link}>
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.status}>
        Page {window.page} of {window.totalPages}
      </span>
      {window.page < window.totalPages ? (
        <Link rel="next" href={href(window.page + 1)} className={styles.link}>
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
