import type { NextRequest } from 'next/server';
import { getSectionBreakdown } from '../../../../db/queries/staff-analytics';
import { getSignedInStaff } from '../../../../lib/auth/staff-session';
import { csvResponse, toCsv } from '../../../../lib/csv';
import { parseStaffPeriod } from '../../../../lib/staff-period';

/** The dashboard's by-section table as CSV, for the period shown. */
export async function GET(request: NextRequest) {
  if (!(await getSignedInStaff())) return new Response('Sign in to export figures.', { status: 401 });
  const period = parseStaffPeriod(request.nextUrl.searchParams.get('period') ?? undefined);
  if (!period) return new Response('Unknown period.', { status: 400 });
  const rows = getSectionBreakdown({ sinceDay: period.sinceDay });
  const csv = toCsv(['section', 'views', 'visitors'], rows.map((r) => [r.sectionName, r.views, r.visitors]));
  return csvResponse(`broadsheet-sections-${period.key}-${period.untilDay}.csv`, csv);
}
