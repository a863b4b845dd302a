import type { SourceRow } from '@/db/queries/readership-sources';
import { sourceGroupLabels, type SourceGroup } from '@/lib/referrer-sources';
import styles from './Staff.module.css';

/** Counted views by where readers came from: each group's total, then its busiest hosts. */
export function SourcesTable({ rows, hostsPerGroup = 5 }: { rows: SourceRow[]; hostsPerGroup?: number }) {
  if (rows.length === 0) return <p>No counted views with a known source in this period yet.</p>;
  const total = rows.reduce((sum, r) => sum + r.views, 0);
  const groups = (Object.keys(sourceGroupLabels) as SourceGroup[])
    .map((group) => ({ group, rows: rows.filter((r) => r.source === group) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => ({ ...g, views: g.rows.reduce((sum, r) => sum + r.views, 0) }))
    .sort((a, b) => b.views - a.views);
  const share = (views: number) => `${Math.round((views / total) * 100)}%`;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="sources">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" className={styles.num}>
              Views
            </th>
            <th scope="col" className={styles.num}>
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((g) => [
            <tr key={g.group} data-source={g.group}>
              <th scope="row">{sourceGroupLabels[g.group]}</th>
              <td className={styles.num}>{g.views.toLocaleString('en-US')}</td>
              <td className={styles.num}>{share(g.views)}</td>
            </tr>,
            ...g.rows
              .filter((r) => r.host !== '')
              .slice(0, hostsPerGroup)
              .map((r) => (
                <tr key={`${g.group} ${r.host}`} data-host={r.host}>
                  <td className={styles.indent}>{r.host}</td>
                  <td className={styles.num}>{r.views.toLocaleString('en-US')}</td>
                  <td className={styles.num}>{share(r.views)}</td>
                </tr>
              )),
          ])}
        </tbody>
      </table>
    </div>
  );
}
