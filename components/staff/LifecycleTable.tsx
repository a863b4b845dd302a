import type { StoryLifecycle } from '@/db/queries/story-lifecycle';
import { formatSiteHour } from '@/lib/site-hours';
import styles from './Staff.module.css';

const median = (value: number | null) => (value === null ? '–' : (Math.round(value * 10) / 10).toLocaleString('en-US'));

/** The lifecycle chart's figures, hour by hour, folded away until asked for. */
export function LifecycleTable({ lifecycle }: { lifecycle: StoryLifecycle }) {
  return (
    <details className={styles.details}>
      <summary>Hour by hour</summary>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="lifecycle-table">
          <thead>
            <tr>
              <th scope="col">Hour</th>
              <th scope="col">Began</th>
              <th scope="col" className={styles.num}>
                Views
              </th>
              <th scope="col" className={styles.num}>
                Section median
              </th>
            </tr>
          </thead>
          <tbody>
            {lifecycle.points.map((p) => (
              <tr key={p.age}>
                <td>{p.age + 1}</td>
                <td>{formatSiteHour(lifecycle.publishedHourStart + p.age * 3600)}</td>
                <td className={styles.num}>{p.views.toLocaleString('en-US')}</td>
                <td className={styles.num}>{median(p.medianViews)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
