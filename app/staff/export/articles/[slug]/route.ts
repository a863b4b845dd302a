import { getArticleReadership } from '../../../../../db/queries/staff-analytics';
import { getSignedInStaff } from '../../../../../lib/auth/staff-session';
import { csvResponse, toCsv } from '../../../../../lib/csv';
import { isPlausibleSlug } from '../../../../../lib/route-params';

/** One story's daily views since publication as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getSignedInStaff())) return new Response('Sign in to export figures.', { status: 401 });
  const { slug } = await params;
  const readership = isPlausibleSlug(slug) ? getArticleReadership({ slug }) : null;
  if (!readership) return new Response('No such story.', { status: 404 });
  const csv = toCsv(['day', 'views', 'visitors'], readership.daily.map((d) => [d.day, d.views, d.visitors]));
  return csvResponse(`broadsheet-${readership.article.slug}-daily-views.csv`, csv);
}
