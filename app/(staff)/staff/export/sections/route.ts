import { getSectionBreakdown } from '@/db/queries/staff-analytics';
import { csvResponse, toCsv } from '@/lib/csv';
import { staffRoute } from '@/lib/server/auth/staff-guards';
import { parseStaffPeriod } from '@/lib/staff-period';

/** The dashboard's by-section table as CSV, for the period shown. */
export const GET = staffRoute((request) => {
  const period = parseStaffPeriod(new URL(request.url).searchParams.get('period') ?? undefined);
  if (!period) return new Response('Unknown period.', { status: 400 });
  const rows = getSectionBreakdown({ sinceDay: period.sinceDay });
  const csv = toCsv(
    ['section', 'views', 'visitors'],
    rows.map((r) => [r.sectionName, r.views, r.visitors]),
  );
  return csvResponse(`broadsheet-sections-${period.key}-${period.untilDay}.csv`, csv);
});
