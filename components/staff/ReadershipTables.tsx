import Link from 'next/link';
import type { SectionRow, TopStoryRow } from '@/lib/staff-reports/dashboard-reports';
import type { CampaignReportRow, SourceReportRow } from '@/lib/staff-reports/readership-reports';
import type { Report } from '@/lib/staff-reports/report';
import { sourceGroupLabels } from '@/lib/referrer-sources';
import { ReportTable } from './ReportTable';
import styles from './Staff.module.css';

/** Views by section, each with a bar for its share. */
export function SectionsTable({ report }: { report: Report<SectionRow> }) {
  return (
    <ReportTable
      report={report}
      rowKey={(r) => r.sectionSlug}
      rowHeader="section"
      cells={{
        share_percent: (r) => (
          <span className={styles.shareCell}>
            <span className={styles.shareBar} style={{ width: `${r.share}%` }} />
            <span>{r.share.toFixed(1)}%</span>
          </span>
        ),
      }}
    />
  );
}

/** The period's most-read stories, each linking to its own staff page. */
export function TopStoriesTable({ report }: { report: Report<TopStoryRow> }) {
  return (
    <ReportTable
      report={report}
      rowKey={(r) => String(r.story.id)}
      rowProps={() => ({ 'data-testid': 'top-story' })}
      cells={{ headline: (r) => <Link href={`/staff/stories/${r.story.id}`}>{r.story.headline}</Link> }}
    />
  );
}

/** Where readers came from: each group, then its busiest hosts indented beneath it. */
export function SourcesTable({
  report,
  empty = 'No counted views with a known source in this period yet.',
}: {
  report: Report<SourceReportRow>;
  empty?: string;
}) {
  return (
    <ReportTable
      report={report}
      rowKey={(r) => `${r.source} ${r.host}`}
      testId="sources"
      empty={empty}
      rowProps={(r) => (r.kind === 'group' ? { 'data-source': r.source } : { 'data-host': r.host })}
      cells={{
        source: (r) => (r.kind === 'group' ? <strong>{sourceGroupLabels[r.source]}</strong> : ''),
        host: (r) => (r.kind === 'host' ? <span className={styles.indent}>{r.host}</span> : ''),
      }}
    />
  );
}

/** Counted views by utm_source and utm_campaign. */
export function CampaignsTable({
  report,
  empty = 'No counted views arrived with a campaign in this period.',
}: {
  report: Report<CampaignReportRow>;
  empty?: string;
}) {
  return (
    <ReportTable
      report={report}
      rowKey={(r) => `${r.utmSource}\u0000${r.utmCampaign}`}
      testId="campaigns"
      empty={empty}
      cells={{ utm_source: (r) => r.utmSource || '–', utm_campaign: (r) => r.utmCampaign || '–' }}
    />
  );
}
