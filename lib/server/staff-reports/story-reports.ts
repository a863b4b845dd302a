import 'server-only';
import { getStoryCampaigns } from '@/db/queries/readership-campaigns';
import { getStorySources } from '@/db/queries/readership-sources';
import { getArticleReadership, storyExists } from '@/db/queries/staff-analytics';
import { getStoryLifecycle } from '@/db/queries/story-lifecycle';
import { campaignsReport, sourcesReport } from '@/lib/staff-reports/readership-reports';
import { reportResponse, type ExportFormat } from '@/lib/staff-reports/report';
import { storyDailyReport, storyHoursReport } from '@/lib/staff-reports/story-reports';

/**
 * The tables and charts of one story's staff page: daily views `null` for no such story, the
 * first hours for no published one (sources and campaigns are empty for no such story; the
 * export checks that first). The page draws these; /staff/export/stories/<id>/<name>
 * serializes the same ones.
 */
export const storyReports = {
  'daily-views': (id: number) => {
    const readership = getArticleReadership({ id });
    return readership && storyDailyReport(readership);
  },
  hours: (id: number) => {
    const lifecycle = getStoryLifecycle({ articleId: id });
    return lifecycle && storyHoursReport(lifecycle);
  },
  sources: (id: number) => sourcesReport({ title: 'Where readers came from', range: null, rows: getStorySources({ articleId: id }), previous: null }),
  campaigns: (id: number) => campaignsReport({ title: 'Campaigns', range: null, rows: getStoryCampaigns({ articleId: id }), previous: null }),
};

export type StoryReportName = keyof typeof storyReports;

export function isStoryReportName(name: string): name is StoryReportName {
  return Object.hasOwn(storyReports, name);
}

/** A story's report as a download, or null for no such story (or, for the first hours, no published one). */
export function storyReportResponse(name: StoryReportName, id: number, format: ExportFormat): Response | null {
  if (!storyExists({ id })) return null;
  const filename = `broadsheet-story-${id}-${name}`;
  switch (name) {
    case 'daily-views': {
      const report = storyReports['daily-views'](id);
      return report && reportResponse(report, format, filename);
    }
    case 'hours': {
      const report = storyReports.hours(id);
      return report && reportResponse(report, format, filename);
    }
    case 'sources':
      return reportResponse(storyReports.sources(id), format, filename);
    case 'campaigns':
      return reportResponse(storyReports.campaigns(id), format, filename);
  }
}
