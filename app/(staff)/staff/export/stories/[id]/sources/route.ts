import { getStorySources } from '@/db/queries/readership-sources';
import { csvResponse, toCsv } from '@/lib/csv';
import { parseStoryId } from '@/lib/route-params';
import { staffRoute } from '@/lib/server/auth/staff-guards';

/** Where one story's readers came from, as its staff page shows it, as CSV. */
export const GET = staffRoute<{ id: string }>(async (_request, { params }) => {
  const id = parseStoryId((await params).id);
  const rows = id === null ? null : getStorySources({ articleId: id });
  if (!rows) return new Response('No such story.', { status: 404 });
  return csvResponse(
    `broadsheet-story-${id}-sources.csv`,
    toCsv(
      ['source', 'host', 'views'],
      rows.map((r) => [r.source, r.host, r.views]),
    ),
  );
});
