import { parseStoryId } from '@/lib/route-params';
import { staffRoute } from '@/lib/server/auth/staff-guards';
import { isStoryReportName, storyReportResponse } from '@/lib/server/staff-reports/story-reports';
import { parseExportFormat } from '@/lib/staff-reports/report';

/** One table or chart of a story's staff page as CSV (or `?format=json`), as the page shows it. */
export const GET = staffRoute<{ id: string; report: string }>(async (request, { params }) => {
  const { id: rawId, report } = await params;
  const id = parseStoryId(rawId);
  if (id === null || !isStoryReportName(report)) return new Response('No such story or report.', { status: 404 });
  const format = parseExportFormat(new URL(request.url).searchParams.get('format'));
  if (!format) return new Response('Ask for format=csv or format=json.', { status: 400 });
  return storyReportResponse(report, id, format) ?? new Response('No such story.', { status: 404 });
});
