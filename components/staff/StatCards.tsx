import type { TotalsRow } from '@/lib/staff-reports/dashboard-reports';
import { formatPercentChange } from '@/lib/staff-reports/change';
import type { Report } from '@/lib/staff-reports/report';
import reportStyles from './Reports.module.css';
import styles from './Staff.module.css';

/** The dashboard's totals, one card a period, each with its change when comparing. */
export function StatCards({ report }: { report: Report<TotalsRow> }) {
  return (
    <dl className={styles.cards}>
      {report.rows.map((row) => (
        <div key={row.label} className={styles.card} data-testid={`totals-${row.label.toLowerCase().replace(/\s+/g, '-')}`}>
          <dt>{row.label}</dt>
          <dd>
            <strong>{row.views.toLocaleString('en-US')}</strong> views
          </dd>
          <dd className="meta">{row.visitors.toLocaleString('en-US')} visitors</dd>
          {row.previousViews !== null ? (
            <dd className="meta" data-testid="change">
              <span className={row.change === null || row.change === 0 ? undefined : row.change > 0 ? reportStyles.up : reportStyles.down}>
                {formatPercentChange(row.change, { current: row.views })}
              </span>{' '}
              vs {row.previousViews.toLocaleString('en-US')} {row.previousLabel}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
