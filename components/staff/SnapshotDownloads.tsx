'use client';

import { reportCsv, reportJson, type Report } from '@/lib/staff-reports/report';
import styles from './Reports.module.css';

/**
 * Downloads of a table a page keeps refreshing: made in the browser from the very rows on
 * screen, so the file is the snapshot the reader sees, not the server's next one.
 */
export function SnapshotDownloads<Row>({ report, filename }: { report: Report<Row>; filename: string }) {
  const save = (format: 'csv' | 'json') => {
    const body = format === 'csv' ? reportCsv(report) : JSON.stringify(reportJson(report), null, 2);
    const url = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${filename}.${format}` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <span className={styles.exports}>
      <button type="button" className={styles.linkButton} onClick={() => save('csv')}>
        Download CSV
      </button>
      <button type="button" className={styles.linkButton} onClick={() => save('json')}>
        JSON
      </button>
    </span>
  );
}
