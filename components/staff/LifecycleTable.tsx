import type { Report } from '@/lib/staff-reports/report';
import type { StoryHourRow } from '@/lib/staff-reports/story-reports';
import { ReportTable } from './ReportTable';
import styles from './Staff.module.css';

/** The lifecycle chart's figures, hour by hour, folded away until asked for. */
export function LifecycleTable({ report }: { report: Report<StoryHourRow> }) {
  return (
    <details className={styles.details}>
      <summary>Hour by hour</summary>
      <ReportTable report={report} rowKey={(r) => String(r.hour)} testId="lifecycle-table" />
    </details>
  );
}
