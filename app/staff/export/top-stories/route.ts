import type { NextRequest } from 'next/server';
import { getTopArticles } from '../../../../db/queries/staff-analytics';
import { getSignedInStaff } from '../../../../lib/auth/staff-session';
import { csvResponse, toCsv } from '../../../../lib/csv';
import { parseStaffPeriod } from '../../../../lib/staff-period';

/** The dashboard's top-stories table as CSV, for the period shown. */
export async function GET(request: NextRequest) {
  if (!(await getSignedInStaff())) return new Response('Sign in to export figures.', { status: 401 });
  const period = parseStaffPeriod(request.nextUrl.searchParams.get('period') ?? undefined);
  if (!period) return new Response('Unknown period.', { status: 400 });
  const rows = getTopArticles({ sinceDay: period.sinceDay });
  const csv = toCsv(
    ['rank', 'headline', 'section', 'published_at', 'period_views', 'period_visitors', 'all_time_views', 'url'],
    rows.map((r, i) => [i + 1, r.headline, r.sectionName, r.publishedAt.toISOString(), r.periodViews, r.periodVisitors, r.totalViews, `/articles/${r.slug}`]),
  );
  return csvResponse(`broadsheet-top-stories-${period.key}-${period.untilDay}.csv`, csv);
}
