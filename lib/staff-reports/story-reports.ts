import type { StoryLifecycle } from '@/db/queries/story-lifecycle';
import type { DailyPoint } from '@/db/queries/staff-analytics';
import { formatSiteHour } from '@/lib/site-hours';
import type { Report } from './report';

export type StoryDayRow = DailyPoint;

/** A story's views per day since publication, newest day first, as its table lists them. */
export function storyDailyReport({ daily }: { daily: DailyPoint[] }): Report<StoryDayRow> {
  return {
    name: 'daily-views',
    title: 'Views per day since publication',
    range: daily.length > 0 ? { sinceDay: daily[0]!.day, untilDay: daily.at(-1)!.day } : null,
    compareWith: null,
    columns: [
      { key: 'day', label: 'Day', kind: 'text', value: (r) => r.day },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'visitors', label: 'Visitors', kind: 'count', value: (r) => r.visitors },
    ],
    rows: [...daily].reverse(),
  };
}

export type StoryHourRow = { hour: number; began: string; views: number; sectionMedian: number | null };

/** A story's first hours beside the section median at the same age, hour by hour. */
export function storyHoursReport(lifecycle: StoryLifecycle): Report<StoryHourRow> {
  return {
    name: 'first-hours',
    title: 'The first hours, against the section median',
    range: null,
    compareWith: null,
    columns: [
      { key: 'hour', label: 'Hour', kind: 'rank', value: (r) => r.hour },
      { key: 'began', label: 'Began', kind: 'text', value: (r) => r.began },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      {
        key: 'section_median',
        label: 'Section median',
        kind: 'count',
        value: (r) => r.sectionMedian,
        display: (r) => (r.sectionMedian === null ? '–' : (Math.round(r.sectionMedian * 10) / 10).toLocaleString('en-US')),
      },
    ],
    rows: lifecycle.points.map((p) => ({
      hour: p.age + 1,
      began: formatSiteHour(lifecycle.publishedHourStart + p.age * 3600),
      views: p.views,
      sectionMedian: p.medianViews,
    })),
  };
}
