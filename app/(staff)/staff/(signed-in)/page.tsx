import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DailyViewsChart } from '@/components/staff/DailyViewsChart';
import { PeriodPicker } from '@/components/staff/PeriodPicker';
import { SectionBreakdown } from '@/components/staff/SectionBreakdown';
import styles from '@/components/staff/Staff.module.css';
import { StatCards } from '@/components/staff/StatCards';
import { SourcesTable } from '@/components/staff/SourcesTable';
import { SuspiciousTrafficTable } from '@/components/staff/SuspiciousTrafficTable';
import { getSiteSources } from '@/db/queries/readership-sources';
import { TopStoriesTable } from '@/components/staff/TopStoriesTable';
import { getSectionBreakdown, getSiteDailySeries, getSiteTotals, getTopArticles } from '@/db/queries/staff-analytics';
import { listSuspiciousTraffic, suspiciousTrafficRules } from '@/db/queries/suspicious-traffic';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { parseStaffPeriod } from '@/lib/staff-period';

export const metadata: Metadata = { title: 'Newsroom dashboard', description: 'Readership of Broadsheet stories.' };

type DashboardProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default staffPage<DashboardProps>(async function StaffDashboardPage({ searchParams }) {
  const period = parseStaffPeriod((await searchParams).period);
  if (!period) notFound();
  // A one-day chart says little; "today" charts the last week for context.
  const chartSince = period.days < 7 ? siteDayKeyDaysAgo(6) : period.sinceDay;
  const cards = [
    { label: 'Today', totals: getSiteTotals({ sinceDay: siteDayKeyDaysAgo(0) }) },
    { label: 'Last 7 days', totals: getSiteTotals({ sinceDay: siteDayKeyDaysAgo(6) }) },
    { label: 'Last 30 days', totals: getSiteTotals({ sinceDay: siteDayKeyDaysAgo(29) }) },
  ];
  return (
    <>
      <div className={styles.heading}>
        <h1>Readership</h1>
        <PeriodPicker current={period.key} />
      </div>
      <StatCards cards={cards} />
      <div className={styles.columns}>
        <section className={styles.section} aria-labelledby="chart-heading">
          <div className={styles.sectionHeading}>
            <h2 id="chart-heading">Views per day</h2>
          </div>
          <DailyViewsChart
            points={getSiteDailySeries({ sinceDay: chartSince, untilDay: period.untilDay })}
            caption={`All stories, ${period.days < 7 ? 'last 7 days' : period.label.toLowerCase()}`}
          />
        </section>
        <section className={styles.section} aria-labelledby="sections-heading">
          <div className={styles.sectionHeading}>
            <h2 id="sections-heading">By section · {period.label}</h2>
            <Link href={`/staff/export/sections?period=${period.key}`} download>
              Download CSV
            </Link>
          </div>
          <SectionBreakdown rows={getSectionBreakdown({ sinceDay: period.sinceDay })} />
        </section>
      </div>
      <section className={styles.section} aria-labelledby="top-heading">
        <div className={styles.sectionHeading}>
          <h2 id="top-heading">Top stories · {period.label}</h2>
          <Link href={`/staff/export/top-stories?period=${period.key}`} download>
            Download CSV
          </Link>
        </div>
        <TopStoriesTable rows={await getTopArticles({ sinceDay: period.sinceDay })} periodLabel={period.label} />
      </section>
      <section className={styles.section} aria-labelledby="sources-heading">
        <div className={styles.sectionHeading}>
          <h2 id="sources-heading">Where readers came from · {period.label}</h2>
          <Link href={`/staff/export/sources?period=${period.key}`} prefetch={false} download>
            Download CSV
          </Link>
        </div>
        <SourcesTable rows={getSiteSources({ sinceDay: period.sinceDay, untilDay: period.untilDay })} />
      </section>
      <section className={styles.section} aria-labelledby="suspicious-heading">
        <div className={styles.sectionHeading}>
          <h2 id="suspicious-heading">Suspicious traffic · Today</h2>
        </div>
        <p className="meta">
          Stories with at least {suspiciousTrafficRules.minViews} counted views today, from {suspiciousTrafficRules.maxAddresses} addresses or fewer,
          or with half or more from one address. Only a daily salted hash of each address is kept.
        </p>
        <SuspiciousTrafficTable rows={listSuspiciousTraffic()} />
      </section>
    </>
  );
});
