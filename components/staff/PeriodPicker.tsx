import Link from 'next/link';
import { staffPeriods, type StaffPeriodKey } from '@/lib/staff-period';
import styles from './Staff.module.css';

export function PeriodPicker({ current }: { current: StaffPeriodKey }) {
  return (
    <nav aria-label="Period" className={styles.periods}>
      {(Object.keys(staffPeriods) as StaffPeriodKey[]).map((key) => (
        <Link key={key} href={key === '7d' ? '/staff' : `/staff?period=${key}`} aria-current={key === current ? 'page' : undefined}>
          {staffPeriods[key].label}
        </Link>
      ))}
    </nav>
  );
}
