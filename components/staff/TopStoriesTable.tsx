import Link from 'next/link';
import type { TopArticle } from '@/db/queries/staff-analytics';
import { formatShortDate } from '@/lib/site-time';
import styles from './Staff.module.css';

const n = (value: number) => value.toLocaleString('en-US');

export function TopStoriesTable({ rows, periodLabel }: { rows: TopArticle[]; periodLabel: string }) {
  if (rows.length === 0) return <p>No views recorded in this period.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Top stories, {periodLabel}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Story</th>
            <th scope="col" className={styles.hideNarrow}>
              Section
            </th>
            <th scope="col" className={styles.hideNarrow}>
              Published
            </th>
            <th scope="col" className={styles.num}>
              Views
            </th>
            <th scope="col" className={`${styles.num} ${styles.hideNarrow}`}>
              Visitors
            </th>
            <th scope="col" className={styles.num}>
              All-time views
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id} data-testid="top-story">
              <td>{i + 1}</td>
              <td>
                <Link href={`/staff/stories/${row.id}`}>{row.headline}</Link>
              </td>
              <td className={styles.hideNarrow}>{row.sectionName}</td>
              <td className={styles.hideNarrow}>
                {row.publishedAt && <time dateTime={row.publishedAt.toISOString()}>{formatShortDate(row.publishedAt)}</time>}
              </td>
              <td className={styles.num}>{n(row.periodViews)}</td>
              <td className={`${styles.num} ${styles.hideNarrow}`}>{n(row.periodVisitors)}</td>
              <td className={styles.num} data-testid="all-time-views">
                {n(row.totalViews)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
