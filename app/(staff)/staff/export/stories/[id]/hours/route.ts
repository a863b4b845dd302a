import { getStoryLifecycle } from '@/db/queries/story-lifecycle';
import { csvResponse, toCsv } from '@/lib/csv';
import { parseStoryId } from '@/lib/route-params';
import { formatSiteHour } from '@/lib/site-hours';
import { staffRoute } from '@/lib/server/auth/staff-guards';

/** One story's first hours as its staff page shows them: views per hour beside the section median, as CSV. */
export const GET = staffRoute<{ id: string }>(async (_request, { params }) => {
  const id = parseStoryId((await params).id);
  const lifecycle = id === null ? null : getStoryLifecycle({ articleId: id });
  if (!lifecycle) return new Response('No such published story.', { status: 404 });
  const csv = toCsv(
    ['hour', 'began', 'views', 'section_median'],
    lifecycle.points.map((p) => [p.age + 1, formatSiteHour(lifecycle.publishedHourStart + p.age * 3600), p.views, p.medianViews ?? '']),
  );
  return csvResponse(`broadsheet-story-${id}-first-hours.csv`, csv);
});
