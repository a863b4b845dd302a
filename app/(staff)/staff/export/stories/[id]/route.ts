import { getArticleReadership } from '@/db/queries/staff-analytics';
import { csvResponse, toCsv } from '@/lib/csv';
import { parseStoryId } from '@/lib/route-params';
import { staffRoute } from '@/lib/server/auth/staff-guards';

/** One story's daily views since publication as CSV. */
export const GET = staffRoute<{ id: string }>(async (_request, { params }) => {
  const id = parseStoryId((await params).id);
  const readership = id === null ? null : getArticleReadership({ id });
  if (!readership) return new Response('No such story.', { status: 404 });
  const csv = toCsv(
    ['day', 'views', 'visitors'],
    readership.daily.map((d) => [d.day, d.views, d.visitors]),
  );
  return csvResponse(`broadsheet-${readership.article.slug}-daily-views.csv`, csv);
});
