import 'server-only';
import { getSiteCampaigns } from '@/db/queries/readership-campaigns';
import { getSiteSources } from '@/db/queries/readership-sources';
import { listSuspiciousTraffic } from '@/db/queries/suspicious-traffic';
import { getArticleViewsBetween, getSectionBreakdown, getSiteDailySeries, getSiteTotals, getTopArticles } from '@/db/queries/staff-analytics';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { previousDays, staffPeriods, type DayRange, type StaffView } from '@/lib/staff-period';
import { dailyReport, sectionsReport, topStoriesReport, totalsReport } from '@/lib/staff-reports/dashboard-reports';
import { campaignsReport, sourcesReport, suspiciousTrafficReport } from '@/lib/staff-reports/readership-reports';
import { reportResponse, type ExportFormat } from '@/lib/staff-reports/report';

/**
 * Every table and chart of the dashboard, loaded for a view (period, and the period before it
 * when comparing). The page draws these and /staff/export/<name> serializes the same ones, so
 * a download is what the page showed for the same address.
 */
export const dashboardReports = {
  /** The cards: today, 7 and 30 days, whatever the period picked (each beside its own days before). */
  totals: (view: StaffView) =>
    totalsReport(
      [staffPeriods.today, staffPeriods['7d'], staffPeriods['30d']].map(({ days, label }) => {
        const range: DayRange = { sinceDay: siteDayKeyDaysAgo(days - 1), untilDay: siteDayKeyDaysAgo(0) };
        const previous = view.compare && {
          views: getSiteTotals(previousDays(range.sinceDay, days)).views,
          label: days === 1 ? 'the day before' : `the ${days} days before`,
        };
        return { label, current: getSiteTotals(range), previous: previous || null };
      }),
    ),
  /** A one-day chart says little: "today" charts the last week. */
  'daily-views': ({ period, compare }: StaffView) => {
    const days = Math.max(period.days, 7);
    const range: DayRange = { sinceDay: siteDayKeyDaysAgo(days - 1), untilDay: period.untilDay };
    const before = compare ? previousDays(range.sinceDay, days) : null;
    return dailyReport({
      title: `All stories, ${period.days < 7 ? 'last 7 days' : period.label.toLowerCase()}`,
      range,
      points: getSiteDailySeries(range),
      previous: before ? { range: before, points: getSiteDailySeries(before) } : null,
    });
  },
  sections: (view: StaffView) =>
    sectionsReport({ view, rows: getSectionBreakdown(view.period), previous: view.compare ? getSectionBreakdown(view.compare) : null }),
  'top-stories': async (view: StaffView) => {
    const rows = await getTopArticles({ sinceDay: view.period.sinceDay });
    const previousViews = view.compare ? getArticleViewsBetween({ ids: rows.map((r) => r.id), ...view.compare }) : null;
    return topStoriesReport({ view, rows, previousViews });
  },
  sources: ({ period, compare }: StaffView) =>
    sourcesReport({
      title: `Where readers came from · ${period.label}`,
      range: period,
      rows: getSiteSources(period),
      previous: compare ? { range: compare, rows: getSiteSources(compare) } : null,
    }),
  campaigns: ({ period, compare }: StaffView) => {
    const rows = getSiteCampaigns(period);
    return campaignsReport({
      title: `Campaigns · ${period.label}`,
      range: period,
      rows,
      previous: compare ? { range: compare, rows: getSiteCampaigns({ ...compare, only: rows }) } : null,
    });
  },
  /** Today only, whatever the period: the per-address rows it reads are kept for today alone. */
  'suspicious-traffic': () => suspiciousTrafficReport({ rows: listSuspiciousTraffic(), today: siteDayKeyDaysAgo(0) }),
};

export type DashboardReportName = keyof typeof dashboardReports;

export function isDashboardReportName(name: string): name is DashboardReportName {
  return Object.hasOwn(dashboardReports, name);
}

/** A dashboard report as a CSV or JSON download, named for what it holds and when. */
export async function dashboardReportResponse(name: DashboardReportName, view: StaffView, format: ExportFormat): Promise<Response> {
  const filename = `broadsheet-${name}-${view.period.key}${view.compare ? '-vs-previous' : ''}-${view.period.untilDay}`;
  switch (name) {
    case 'totals':
      return reportResponse(dashboardReports.totals(view), format, filename);
    case 'daily-views':
      return reportResponse(dashboardReports['daily-views'](view), format, filename);
    case 'sections':
      return reportResponse(dashboardReports.sections(view), format, filename);
    case 'top-stories':
      return reportResponse(await dashboardReports['top-stories'](view), format, filename);
    case 'sources':
      return reportResponse(dashboardReports.sources(view), format, filename);
    case 'campaigns':
      return reportResponse(dashboardReports.campaigns(view), format, filename);
    case 'suspicious-traffic':
      return reportResponse(dashboardReports['suspicious-traffic'](), format, filename);
  }
}
