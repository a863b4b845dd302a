import 'server-only';
import { getStoryCampaigns } from '@/db/queries/readership-campaigns';
import { getStorySources } from '@/db/queries/readership-sources';
import { getArticleReadership } from '@/db/queries/staff-analytics';
import { getStoryLifecycle } from '@/db/queries/story-lifecycle';
import { campaignsReport, sourcesReport } from '@/lib/staff-reports/readership-reports';
import { reportResponse, type ExportFormat } from '@/lib/staff-reports/report';
import { storyDailyReport, storyHoursReport } from '@/lib/staff-reports/story-reports';

/**
 * The tables and charts of one story's staff page, each `null` for no such story (or, for the
 * first hours, no published one). The page draws these; /staff/export/stories/<id>/<name>
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
  sources: (id: number) => {
    const rows = getStorySources({ articleId: id });
    return rows && sourcesReport({ title: 'Where readers came from', range: null, rows, previous: null });
  },
  campaigns: (id: number) => {
    const rows = getStoryCampaigns({ articleId: id });
    return rows && campaignsReport({ title: 'Campaigns', range: null, rows, previous: null });
  },
};

export type StoryReportName = keyof typeof storyReports;

export function isStoryReportName(name: string): name is StoryReportName {
  return Object.hasOwn(storyReports, name);
}

/** A story's report as a download, or null for no such story. */
export function storyReportResponse(name: StoryReportName, id: number, format: ExportFormat): Response | null {
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
    case 'sources': {
      const report = storyReports.sources(id);
      return report && reportResponse(report, format, filename);
    }
    case 'campaigns': {
      const report = storyReports.campaigns(id);
      return report && reportResponse(report, format, filename);
    }
  }
}
