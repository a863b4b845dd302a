import type { ViewTotals } from '@/db/queries/staff-analytics';
import styles from './Staff.module.css';

export function StatCards({ cards }: { cards: { label: string; totals: ViewTotals }[] }) {
  return (
    <dl className={styles.cards}>
      {cards.map(({ label, totals }) => (
        <div key={label} className={styles.card} data-testid={`totals-${label.toLowerCase().replace(/\s+/g, '-')}`}>
          <dt>{label}</dt>
          <dd>
            <strong>{totals.views.toLocaleString('en-US')}</strong> views
          </dd>
          <dd className="meta">{totals.visitors.toLocaleString('en-US')} visitors</dd>
        </div>
      ))}
    </dl>
  );
}
