import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DailyViewsChart } from '@/components/staff/DailyViewsChart';
import { RefreshStoryForm } from '@/components/staff/RefreshStoryForm';
import { CampaignsTable, SourcesTable } from '@/components/staff/ReadershipTables';
import { ReportSection } from '@/components/staff/ReportSection';
import { ReportTable } from '@/components/staff/ReportTable';
import { StatCards } from '@/components/staff/StatCards';
import { LifecycleChart } from '@/components/staff/LifecycleChart';
import { LifecycleTable } from '@/components/staff/LifecycleTable';
import { getArticleReadership } from '@/db/queries/staff-analytics';
import { getStoryLifecycle, getStoryStaffViews } from '@/db/queries/story-lifecycle';
import { describeComparison } from '@/lib/story-lifecycle';
import { parseStoryId } from '@/lib/route-params';
import { hasStaffRole, staffPage } from '@/lib/server/auth/staff-guards';
import { storyReports } from '@/lib/server/staff-reports/story-reports';
import { formatPublishedDateTime } from '@/lib/site-time';
import { totalsReport } from '@/lib/staff-reports/dashboard-reports';
import { storyDailyReport, storyHoursReport } from '@/lib/staff-reports/story-reports';

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
  const sumOf = (days: typeof daily) =>
    days.reduce((t, d) => ({ views: t.views + d.views, visitors: t.visitors + d.visitors }), { views: 0, visitors: 0 });
  // Every day since publication is in `daily` (zeros included), so the 7 days before the last 7
  // are in it too; a story younger than a week has no week before to compare.
  const totals = totalsReport([
    { label: 'All time', current: { views: article.totalViews, visitors: sumOf(daily).visitors }, previous: null },
    {
      label: 'Last 7 days',
      current: sumOf(daily.slice(-7)),
      previous: daily.length >= 7 ? { views: sumOf(daily.slice(Math.max(0, daily.length - 14), -7)).views, label: 'the 7 days before' } : null,
    },
  ]);
  const exportOf = (name: string) => `/staff/export/stories/${article.id}/${name}`;
  const dailyReport = storyDailyReport(readership);
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
      <StatCards report={totals} />
      <p className="meta" data-testid="staff-views">
        Read {staffViews.toLocaleString('en-US')} {staffViews === 1 ? 'time' : 'times'} by signed-in staff, counted apart: not in these figures or on
        the story.
      </p>
      {lifecycle && (
        <ReportSection
          id="lifecycle"
          title={lifecycle.hours < 72 ? `The first ${lifecycle.hours} ${lifecycle.hours === 1 ? 'hour' : 'hours'}` : 'The first 72 hours'}
          exportHref={exportOf('hours')}
        >
          <p data-testid="lifecycle-comparison">
            <strong>{describeComparison(lifecycle)}</strong>{' '}
            {lifecycle.medianTotal !== null &&
              `${lifecycle.storyTotal.toLocaleString('en-US')} views against ${lifecycle.medianTotal.toLocaleString('en-US')} for the median of the section's ${lifecycle.peerCount} latest stories at the same age.`}
          </p>
          <LifecycleChart lifecycle={lifecycle} />
          <LifecycleTable report={storyHoursReport(lifecycle)} />
        </ReportSection>
      )}
      <ReportSection id="sources" title="Where readers came from" exportHref={exportOf('sources')}>
        <p className="meta">The referring site&rsquo;s name only, since these figures began; never the page or the reader.</p>
        <SourcesTable report={storyReports.sources(article.id)} empty="No counted views with a known source yet." />
      </ReportSection>
      <ReportSection id="campaigns" title="Campaigns" exportHref={exportOf('campaigns')}>
        <CampaignsTable report={storyReports.campaigns(article.id)} empty="No counted views of this story arrived with a campaign." />
      </ReportSection>
      <ReportSection id="daily" title="Views per day since publication" exportHref={exportOf('daily-views')}>
        <DailyViewsChart days={dailyReport.rows} caption={`${daily.length} days since publication`} />
        <ReportTable report={dailyReport} rowKey={(r) => r.day} />
      </ReportSection>
    </>
  );
});
