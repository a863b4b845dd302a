import type { DailyPoint } from '@/db/queries/staff-analytics';
import styles from './Staff.module.css';

/** The chart's figures as a table, newest day first. */
export function DailyViewsTable({ points }: { points: DailyPoint[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className={styles.num}>
              Views
            </th>
            <th scope="col" className={styles.num}>
              Visitors
            </th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td className={styles.num}>{d.views.toLocaleString('en-US')}</td>
              <td className={styles.num}>{d.visitors.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
