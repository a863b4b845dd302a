import { getSiteSources } from '@/db/queries/readership-sources';
import { csvResponse, toCsv } from '@/lib/csv';
import { staffRoute } from '@/lib/server/auth/staff-guards';
import { parseStaffPeriod } from '@/lib/staff-period';

/** The dashboard's sources table as CSV, for the period shown: one row per source and host. */
export const GET = staffRoute((request) => {
  const period = parseStaffPeriod(new URL(request.url).searchParams.get('period') ?? undefined);
  if (!period) return new Response('Unknown period.', { status: 400 });
  const rows = getSiteSources({ sinceDay: period.sinceDay, untilDay: period.untilDay });
  return csvResponse(
    `broadsheet-sources-${period.key}-${period.untilDay}.csv`,
    toCsv(
      ['source', 'host', 'views'],
      rows.map((r) => [r.source, r.host, r.views]),
    ),
  );
});
