import type { SectionShare } from '@/db/queries/staff-analytics';
import styles from './Staff.module.css';

export function SectionBreakdown({ rows }: { rows: SectionShare[] }) {
  const total = rows.reduce((sum, r) => sum + r.views, 0);
  if (total === 0) return <p>No views recorded in this period.</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col" className={styles.num}>
            Views
          </th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const share = row.views / total;
          return (
            <tr key={row.sectionSlug}>
              <td>{row.sectionName}</td>
              <td className={styles.num}>{row.views.toLocaleString('en-US')}</td>
              <td className={styles.shareCell}>
                <span className={styles.shareBar} style={{ width: `${(share * 100).toFixed(1)}%` }} />
                <span>{(share * 100).toFixed(1)}%</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
