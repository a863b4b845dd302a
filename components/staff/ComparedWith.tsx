import type { StaffComparison, StaffPeriod } from '@/lib/staff-period';
import { dayLabel } from './ReportTable';
import styles from './Reports.module.css';

const rangeLabel = ({ sinceDay, untilDay }: { sinceDay: string; untilDay: string }) =>
  sinceDay === untilDay ? dayLabel(sinceDay) : `${dayLabel(sinceDay)} – ${dayLabel(untilDay)}`;

/** What the changes on the page are measured against, and the one way the two periods differ. */
export function ComparedWith({ period, compare }: { period: StaffPeriod; compare: StaffComparison }) {
  return (
    <p className={styles.comparedWith} data-testid="compared-with">
      {period.label} ({rangeLabel(period)}) against {compare.label} ({rangeLabel(compare)}). Today is counted so far; the days before it are whole
      days.
    </p>
  );
}
