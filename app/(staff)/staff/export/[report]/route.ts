import { dashboardReportResponse, isDashboardReportName } from '@/lib/server/staff-reports/dashboard-reports';
import { staffRoute } from '@/lib/server/auth/staff-guards';
import { parseStaffView } from '@/lib/staff-period';
import { parseExportFormat } from '@/lib/staff-reports/report';

/** A dashboard table or chart as CSV (or `?format=json`), for the period and comparison shown. */
export const GET = staffRoute<{ report: string }>(async (request, { params }) => {
  const { report } = await params;
  if (!isDashboardReportName(report)) return new Response('No such report.', { status: 404 });
  const query = new URL(request.url).searchParams;
  const view = parseStaffView({ period: query.get('period'), compare: query.get('compare') });
  if (!view) return new Response('Unknown period or comparison.', { status: 400 });
  const format = parseExportFormat(query.get('format'));
  if (!format) return new Response('Ask for format=csv or format=json.', { status: 400 });
  return dashboardReportResponse(report, view, format);
});
