import Link from 'next/link';
import { staffPeriods, staffViewQuery, type StaffPeriodKey, type StaffView } from '@/lib/staff-period';
import reportStyles from './Reports.module.css';
import styles from './Staff.module.css';

/** The dashboard's period, and the switch that sets every figure beside the period before it. */
export function PeriodPicker({ view }: { view: StaffView }) {
  const comparing = view.compare !== null;
  return (
    <div className={reportStyles.compare}>
      <nav aria-label="Period" className={styles.periods}>
        {(Object.keys(staffPeriods) as StaffPeriodKey[]).map((key) => (
          <Link key={key} href={`/staff${staffViewQuery({ periodKey: key, comparing })}`} aria-current={key === view.period.key ? 'page' : undefined}>
            {staffPeriods[key].label}
          </Link>
        ))}
      </nav>
      <Link
        href={`/staff${staffViewQuery({ periodKey: view.period.key, comparing: !comparing })}`}
        data-on={comparing}
        className={reportStyles.compareToggle}
      >
        {comparing ? 'Stop comparing' : 'Compare with the period before'}
      </Link>
    </div>
  );
}
