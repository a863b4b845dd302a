import Link from 'next/link';
import type { SuspiciousStory } from '@/db/queries/suspicious-traffic';
import styles from './Staff.module.css';

export function SuspiciousTrafficTable({ rows }: { rows: SuspiciousStory[] }) {
  if (rows.length === 0) return <p>Nothing unusual today: no story’s views come mostly from a few addresses.</p>;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Story</th>
          <th scope="col" className={styles.num}>
            Views
          </th>
          <th scope="col" className={styles.num}>
            Addresses
          </th>
          <th scope="col" className={styles.num}>
            Top address
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`/staff/stories/${row.id}`}>{row.headline}</Link>
            </td>
            <td className={styles.num}>{row.views.toLocaleString('en-US')}</td>
            <td className={styles.num}>{row.addresses.toLocaleString('en-US')}</td>
            <td className={styles.num}>{Math.round((100 * row.topAddressViews) / row.views)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
