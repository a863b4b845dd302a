import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { siteDayKey } from '@/lib/site-time';
import { readOffThread } from '@/db/read-worker/off-thread-read';
import { articleDailyViews, articles, articleViewSpans } from '@/db/schema';
import { findViewSpan, type ViewSpan } from '@/db/view-spans/view-spans';

export type ArticleViewRank = { articleId: number; views: number; visitors: number };

/**
 * The stories a ranking may name: any that still exists, or only those of one section. Checked
 * in the narrow index rather than the table's wide rows (thousands of candidates over 90 days).
 */
type RankScope = { sectionId?: number };
const inScope = (id: SQL, { sectionId }: RankScope) =>
  sql`EXISTS (SELECT 1 FROM ${articles} INDEXED BY articles_public_by_id_idx WHERE ${articles.id} = ${id}${
    sectionId === undefined ? sql`` : sql` AND ${articles.sectionId} = ${sectionId}`
  })`;

/**
 * Articles with the most views since a day (of one section if asked), on the read worker (a
 * fallback may read every story read today, too long to hold the event loop). Summing every
 * story's daily rows over 90 days is 0.5-0.9 s at 100k stories, so once the window's finished
 * days are summed in a span (db/view-spans/, built each day) the answer is that span plus today's rows.
 */
export function rankArticlesByViews({
  sinceDay,
  limit,
  sectionId,
  now = new Date(),
}: {
  sinceDay: string;
  limit: number;
  sectionId?: number;
  now?: Date;
}): Promise<ArticleViewRank[]> {
  const today = siteDayKey(now);
  const scope: RankScope = { sectionId };
  const span = findViewSpan({ firstDay: sinceDay, today });
  if (span) return rankFromSpanAndToday({ span, today, limit, scope });
  if (sinceDay === today) return rankToday({ today, limit, scope });
  // INDEXED BY because the planner otherwise walks the (article_id, day) primary key across
  // every day ever recorded; the covering index reads only the days asked for.
  return readOffThread<ArticleViewRank>(sql`
    SELECT ${articleDailyViews.articleId} AS articleId, sum(${articleDailyViews.views}) AS views, sum(${articleDailyViews.visitors}) AS visitors
    FROM ${articleDailyViews} INDEXED BY article_daily_views_day_covering_idx
    WHERE ${articleDailyViews.day} >= ${sinceDay}${sectionId === undefined ? sql`` : sql` AND ${inScope(sql`${articleDailyViews.articleId}`, scope)}`}
    GROUP BY ${articleDailyViews.articleId}
    ORDER BY views DESC, articleId
    LIMIT ${limit}`);
}

/** Today alone needs no sum: the index holds each day's rows in rank order. */
function rankToday({ today, limit, scope }: { today: string; limit: number; scope: RankScope }): Promise<ArticleViewRank[]> {
  return readOffThread<ArticleViewRank>(sql`
    SELECT ${articleDailyViews.articleId} AS articleId, ${articleDailyViews.views} AS views, ${articleDailyViews.visitors} AS visitors
    FROM ${articleDailyViews} INDEXED BY article_daily_views_day_covering_idx
    WHERE ${articleDailyViews.day} = ${today}${scope.sectionId === undefined ? sql`` : sql` AND ${inScope(sql`${articleDailyViews.articleId}`, scope)}`}
    ORDER BY views DESC, articleId
    LIMIT ${limit}`);
}

/** Rows ranked past the limit, so that stories deleted since the span was built can be dropped afterwards. */
const spareRows = 20;

/**
 * Exact, not an estimate (the threshold algorithm over two sources). The span's top `limit` and
 * today's top `limit` are the leaders; the answer's last row reaches at least the `limit`-th best
 * of their totals: the bar. A story not among today's leaders gained at most today's floor (the
 * `limit`-th best today), so a story in the span needs span views >= bar - floor, and a story
 * with no span row needs the bar's worth today; only those are summed (a few hundred of 100k
 * stories, even on a day one story goes viral: its views set the bar, not the floor). Ties order
 * by id, as the plain sum does. A span can name a story deleted since: checking each of 10k
 * candidates cost 30 ms, so the top rows are checked instead, and every candidate only if more
 * than the spare rows were deleted.
 */
async function rankFromSpanAndToday({
  span,
  today,
  limit,
  scope,
}: {
  span: ViewSpan;
  today: string;
  limit: number;
  scope: RankScope;
}): Promise<ArticleViewRank[]> {
  const ranked = await rankCandidates({ span, today, limit: limit + spareRows, scope, checkEach: scope.sectionId !== undefined });
  const live = ranked.filter((row) => row.isArticle === 1);
  if (live.length >= limit || ranked.length < limit + spareRows) return live.slice(0, limit).map(withoutCheck);
  return (await rankCandidates({ span, today, limit, scope, checkEach: true })).map(withoutCheck);
}

type CheckedRank = ArticleViewRank & { isArticle: number };
const withoutCheck = ({ articleId, views, visitors }: CheckedRank): ArticleViewRank => ({ articleId, views, visitors });

function rankCandidates({
  span,
  today,
  limit,
  scope,
  checkEach,
}: {
  span: ViewSpan;
  today: string;
  limit: number;
  scope: RankScope;
  /** Check every candidate, not only the answer's rows: always within a section, whose candidates include other sections' stories. */
  checkEach: boolean;
}): Promise<CheckedRank[]> {
  const inSpan = sql`${articleViewSpans.firstDay} = ${span.firstDay} AND ${articleViewSpans.lastDay} = ${span.lastDay}`;
  const isToday = sql`${articleDailyViews.day} = ${today}`;
  const todayRows = sql`${articleDailyViews} INDEXED BY article_daily_views_day_covering_idx`;
  const spanRows = sql`${articleViewSpans} INDEXED BY article_view_spans_rank_idx`;
  const isArticle = (id: SQL) => inScope(id, scope);
  const candidateId = sql.raw('c.articleId');
  const inSpanOf = (id: SQL) => sql`s.first_day = ${span.firstDay} AND s.last_day = ${span.lastDay} AND s.article_id = ${id}`;
  const spanBar = sql`(SELECT total - todayFloor FROM bar)`;
  return readOffThread<CheckedRank>(sql`
    WITH span_leaders AS MATERIALIZED (
      SELECT ${articleViewSpans.articleId} AS articleId FROM ${spanRows}
      WHERE ${inSpan} AND ${isArticle(sql`${articleViewSpans.articleId}`)}
      ORDER BY ${articleViewSpans.views} DESC, ${articleViewSpans.articleId} LIMIT ${limit}
    ),
    today_leaders AS MATERIALIZED (
      SELECT ${articleDailyViews.articleId} AS articleId, ${articleDailyViews.views} AS views FROM ${todayRows}
      WHERE ${isToday} AND ${isArticle(sql`${articleDailyViews.articleId}`)}
      ORDER BY ${articleDailyViews.views} DESC, ${articleDailyViews.articleId} LIMIT ${limit}
    ),
    bar AS MATERIALIZED (
      SELECT coalesce((
        SELECT coalesce(s.views, 0) + coalesce(d.views, 0) AS total
        FROM (SELECT articleId FROM span_leaders UNION SELECT articleId FROM today_leaders) l
        LEFT JOIN ${articleViewSpans} s ON ${inSpanOf(sql.raw('l.articleId'))}
        LEFT JOIN ${articleDailyViews} d ON d.article_id = l.articleId AND d.day = ${today}
        ORDER BY total DESC LIMIT 1 OFFSET ${limit - 1}
      ), 0) AS total,
      -- Fewer than limit rows today: every story read today is a leader, and the rest gained nothing.
      CASE WHEN (SELECT count(*) FROM today_leaders) < ${limit} THEN 0 ELSE (SELECT min(views) FROM today_leaders) END AS todayFloor
    ),
    -- Each candidate once, carrying its span sums: those in the span above the span bar, today's
    -- leaders not among them, and stories read today alone up to the bar (only possible when the
    -- bar is at most today's floor, as just after midnight).
    candidates AS (
      SELECT ${articleViewSpans.articleId} AS articleId, ${articleViewSpans.views} AS views, ${articleViewSpans.visitors} AS visitors
      FROM ${spanRows}
      WHERE ${inSpan} AND ${articleViewSpans.views} >= ${spanBar}
      UNION ALL
      SELECT t.articleId, coalesce(s.views, 0), coalesce(s.visitors, 0)
      FROM today_leaders t LEFT JOIN ${articleViewSpans} s ON ${inSpanOf(sql.raw('t.articleId'))}
      WHERE s.article_id IS NULL OR s.views < ${spanBar}
      UNION ALL
      SELECT ${articleDailyViews.articleId}, 0, 0 FROM ${todayRows}
      WHERE ${isToday} AND ${articleDailyViews.views} >= (SELECT total FROM bar)
        AND ${articleDailyViews.articleId} NOT IN (SELECT articleId FROM today_leaders)
        AND NOT EXISTS (SELECT 1 FROM ${articleViewSpans} s WHERE ${inSpanOf(sql`${articleDailyViews.articleId}`)})
    ),
    ranked AS (
      SELECT c.articleId AS articleId, c.views + coalesce(d.views, 0) AS views, c.visitors + coalesce(d.visitors, 0) AS visitors
      FROM candidates c LEFT JOIN ${articleDailyViews} d ON d.article_id = c.articleId AND d.day = ${today}
      ${checkEach ? sql`WHERE ${isArticle(candidateId)}` : sql``}
      ORDER BY views DESC, articleId
      LIMIT ${limit}
    )
    SELECT articleId, views, visitors, ${isArticle(sql.raw('ranked.articleId'))} AS isArticle FROM ranked ORDER BY views DESC, articleId`);
}
