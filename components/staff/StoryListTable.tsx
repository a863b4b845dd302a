import Link from 'next/link';
import type { StaffStoryRow } from '@/db/queries/staff-stories';
import { formatShortDate } from '@/lib/site-time';
import { storyStateLabel } from '@/lib/story-workflow';
import styles from './Staff.module.css';

/** The newsroom's stories, newest change first; each headline opens its editor. */
export function StoryListTable({ rows }: { rows: StaffStoryRow[] }) {
  if (rows.length === 0) return <p>No stories match.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Story</th>
            <th scope="col">State</th>
            <th scope="col" className={styles.wideOnly}>
              Section
            </th>
            <th scope="col" className={styles.wideOnly}>
              Byline
            </th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/staff/stories/${row.id}/edit`}>{row.headline}</Link>
              </td>
              <td>{storyStateLabel(row.status, row.publishedAt)}</td>
              <td className={styles.wideOnly}>{row.sectionName}</td>
              <td className={styles.wideOnly}>
                {row.authorName}
                {row.otherAuthors > 0 && <span className="meta"> and {row.otherAuthors === 1 ? 'one other' : `${row.otherAuthors} others`}</span>}
              </td>
              <td>
                <time dateTime={row.updatedAt.toISOString()}>{formatShortDate(row.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
