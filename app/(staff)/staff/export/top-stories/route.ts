import { getTopArticles } from '@/db/queries/staff-analytics';
import { csvResponse, toCsv } from '@/lib/csv';
import { staffRoute } from '@/lib/server/auth/staff-guards';
import { parseStaffPeriod } from '@/lib/staff-period';

/** The dashboard's top-stories table as CSV, for the period shown. */
export const GET = staffRoute(async (request) => {
  const period = parseStaffPeriod(new URL(request.url).searchParams.get('period') ?? undefined);
  if (!period) return new Response('Unknown period.', { status: 400 });
  const rows = await getTopArticles({ sinceDay: period.sinceDay });
  const csv = toCsv(
    ['rank', 'headline', 'section', 'published_at', 'period_views', 'period_visitors', 'all_time_views', 'url'],
    rows.map((r, i) => [
      i + 1,
      r.headline,
      r.sectionName,
      r.publishedAt?.toISOString() ?? '',
      r.periodViews,
      r.periodVisitors,
      r.totalViews,
      `/articles/${r.slug}`,
    ]),
  );
  return csvResponse(`broadsheet-top-stories-${period.key}-${period.untilDay}.csv`, csv);
});
