import Link from 'next/link';
import type { PageWindow } from '@/lib/pagination';
import styles from './Pagination.module.css';

/**
 * Prev/next links for a listing at `basePath` (plus any `params`, such as a search query);
 * page 1 carries no page number so it has one URL.
 */
export function Pagination({ basePath, window, params = {} }: { basePath: string; window: PageWindow; params?: Record<string, string> }) {
  if (window.totalPages <= 1) return null;
  const href = (page: number) => {
    const query = new URLSearchParams(params);
    if (page > 1) query.set('page', String(page));
    const search = query.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
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
