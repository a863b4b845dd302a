import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComparedWith } from '@/components/staff/ComparedWith';
import { DailyViewsChart } from '@/components/staff/DailyViewsChart';
import { ExportLinks } from '@/components/staff/ExportLinks';
import { PeriodPicker } from '@/components/staff/PeriodPicker';
import { CampaignsTable, SectionsTable, SourcesTable, TopStoriesTable } from '@/components/staff/ReadershipTables';
import { ReportSection } from '@/components/staff/ReportSection';
import styles from '@/components/staff/Staff.module.css';
import { StatCards } from '@/components/staff/StatCards';
import { SuspiciousTrafficTable } from '@/components/staff/SuspiciousTrafficTable';
import { suspiciousTrafficRules } from '@/db/queries/suspicious-traffic';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { dashboardReports } from '@/lib/server/staff-reports/dashboard-reports';
import { parseStaffView, queryOfView } from '@/lib/staff-period';

export const metadata: Metadata = { title: 'Newsroom dashboard', description: 'Readership of Broadsheet stories.' };

type DashboardProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default staffPage<DashboardProps>(async function StaffDashboardPage({ searchParams }) {
  const { period: rawPeriod, compare: rawCompare } = await searchParams;
  const view = parseStaffView({ period: rawPeriod, compare: rawCompare });
  if (!view) notFound();
  const { period } = view;
  const exportOf = (name: string) => `/staff/export/${name}${queryOfView(view)}`;
  const daily = dashboardReports['daily-views'](view);
  return (
    <>
      <div className={styles.heading}>
        <h1>Readership</h1>
        <PeriodPicker view={view} />
      </div>
      {view.compare ? <ComparedWith period={period} compare={view.compare} /> : null}
      <StatCards report={dashboardReports.totals(view)} />
      <p className="meta">
        Totals: <ExportLinks href={exportOf('totals')} />
      </p>
      <div className={styles.columns}>
        <ReportSection id="chart" title="Views per day" exportHref={exportOf('daily-views')}>
          <DailyViewsChart days={daily.rows} caption={daily.title} />
        </ReportSection>
        <ReportSection id="sections" title={`By section · ${period.label}`} exportHref={exportOf('sections')}>
          <SectionsTable report={dashboardReports.sections(view)} />
        </ReportSection>
      </div>
      <ReportSection id="top" title={`Top stories · ${period.label}`} exportHref={exportOf('top-stories')}>
        <TopStoriesTable report={await dashboardReports['top-stories'](view)} />
      </ReportSection>
      <ReportSection id="sources" title={`Where readers came from · ${period.label}`} exportHref={exportOf('sources')}>
        <SourcesTable report={dashboardReports.sources(view)} />
      </ReportSection>
      <ReportSection id="campaigns" title={`Campaigns · ${period.label}`} exportHref={exportOf('campaigns')}>
        <p className="meta">Counted views whose address carried utm_source or utm_campaign, as sent (lower case, at most 100 characters).</p>
        <CampaignsTable report={dashboardReports.campaigns(view)} />
      </ReportSection>
      <ReportSection id="suspicious" title="Suspicious traffic · Today" exportHref={exportOf('suspicious-traffic')}>
        <p className="meta">
          Stories with at least {suspiciousTrafficRules.minViews} counted views today, from {suspiciousTrafficRules.maxAddresses} addresses or fewer,
          or with half or more from one address. Only a daily salted hash of each address is kept.
        </p>
        <SuspiciousTrafficTable report={dashboardReports['suspicious-traffic']()} />
      </ReportSection>
    </>
  );
});
