import Link from 'next/link';
import type { Report } from '@/lib/staff-reports/report';
import type { SuspiciousRow } from '@/lib/staff-reports/readership-reports';
import { ReportTable } from './ReportTable';

export function SuspiciousTrafficTable({ report }: { report: Report<SuspiciousRow> }) {
  return (
    <ReportTable
      report={report}
      rowKey={(r) => String(r.id)}
      empty="Nothing unusual today: no story’s views come mostly from a few addresses."
      cells={{ headline: (r) => <Link href={`/staff/stories/${r.id}`}>{r.headline}</Link> }}
    />
  );
}
