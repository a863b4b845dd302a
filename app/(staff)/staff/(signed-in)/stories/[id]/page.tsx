import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DailyViewsChart } from '@/components/staff/DailyViewsChart';
import { RefreshStoryForm } from '@/components/staff/RefreshStoryForm';
import styles from '@/components/staff/Staff.module.css';
import { StatCards } from '@/components/staff/StatCards';
import { DailyViewsTable } from '@/components/staff/DailyViewsTable';
import { LifecycleChart } from '@/components/staff/LifecycleChart';
import { LifecycleTable } from '@/components/staff/LifecycleTable';
import { SourcesTable } from '@/components/staff/SourcesTable';
import { getStorySources } from '@/db/queries/readership-sources';
import { getArticleReadership } from '@/db/queries/staff-analytics';
import { getStoryLifecycle, getStoryStaffViews } from '@/db/queries/story-lifecycle';
import { describeComparison } from '@/lib/story-lifecycle';
import { parseStoryId } from '@/lib/route-params';
import { hasStaffRole, staffPage } from '@/lib/server/auth/staff-guards';
import { formatPublishedDateTime } from '@/lib/site-time';

export const metadata: Metadata = { title: 'Story readership', description: 'Daily views of one Broadsheet story.' };

type StoryPageProps = { params: Promise<{ id: string }> };

/** One story's readership, keyed by id so the address survives a change of headline or slug. */
export default staffPage<StoryPageProps>(async function StaffStoryPage({ params, staff }) {
  const id = parseStoryId((await params).id);
  const readership = id === null ? null : getArticleReadership({ id });
  if (!readership) notFound();
  const { article, daily } = readership;
  const lifecycle = getStoryLifecycle({ articleId: article.id });
  const staffViews = getStoryStaffViews({ articleId: article.id });
  const last7 = daily.slice(-7).reduce((t, d) => ({ views: t.views + d.views, visitors: t.visitors + d.visitors }), { views: 0, visitors: 0 });
  return (
    <>
      <p className="kicker">{article.sectionName}</p>
      <h1>{article.headline}</h1>
      <p className="meta">
        {article.publishedAt ? (
          <>
            Published <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDateTime(article.publishedAt)}</time>
          </>
        ) : (
          'Not yet published'
        )}
        {article.status === 'published' ? (
          <>
            {' · '}
            <Link href={`/articles/${article.slug}`} prefetch={false}>
              Read the story
            </Link>
          </>
        ) : (
          ` · ${article.status.replace('_', ' ')}`
        )}
      </p>
      <p>
        <Link href={`/staff/stories/${article.id}/edit`}>Edit this story</Link>
      </p>
      {article.status === 'published' && hasStaffRole(staff, 'editor') && <RefreshStoryForm storyId={article.id} />}
      <StatCards
        cards={[
          { label: 'All time', totals: { views: article.totalViews, visitors: daily.reduce((sum, d) => sum + d.visitors, 0) } },
          { label: 'Last 7 days', totals: last7 },
        ]}
      />
      <p className="meta" data-testid="staff-views">
        Read {staffViews.toLocaleString('en-US')} {staffViews === 1 ? 'time' : 'times'} by signed-in staff, counted apart: not in these figures or on
        the story.
      </p>
      {lifecycle && (
        <section className={styles.section} aria-labelledby="lifecycle-heading">
          <div className={styles.sectionHeading}>
            <h2 id="lifecycle-heading">
              {lifecycle.hours < 72 ? `The first ${lifecycle.hours} ${lifecycle.hours === 1 ? 'hour' : 'hours'}` : 'The first 72 hours'}
            </h2>
            <Link href={`/staff/export/stories/${article.id}/hours`} prefetch={false} download>
              Download CSV
            </Link>
          </div>
          <p data-testid="lifecycle-comparison">
            <strong>{describeComparison(lifecycle)}</strong>{' '}
            {lifecycle.medianTotal !== null &&
              `${lifecycle.storyTotal.toLocaleString('en-US')} views against ${lifecycle.medianTotal.toLocaleString('en-US')} for the median of the section's ${lifecycle.peerCount} latest stories at the same age.`}
          </p>
          <LifecycleChart lifecycle={lifecycle} />
          <LifecycleTable lifecycle={lifecycle} />
        </section>
      )}
      <section className={styles.section} aria-labelledby="sources-heading">
        <div className={styles.sectionHeading}>
          <h2 id="sources-heading">Where readers came from</h2>
          <Link href={`/staff/export/stories/${article.id}/sources`} prefetch={false} download>
            Download CSV
          </Link>
        </div>
        <p className="meta">The referring site&rsquo;s name only, since these figures began; never the page or the reader.</p>
        <SourcesTable rows={getStorySources({ articleId: article.id }) ?? []} />
      </section>
      <section className={styles.section} aria-labelledby="daily-heading">
        <div className={styles.sectionHeading}>
          <h2 id="daily-heading">Views per day since publication</h2>
          <Link href={`/staff/export/stories/${article.id}`} download>
            Download CSV
          </Link>
        </div>
        <DailyViewsChart points={daily} caption={`${daily.length} days since publication`} />
        <DailyViewsTable points={daily} />
      </section>
    </>
  );
});
