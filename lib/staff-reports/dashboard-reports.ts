import type { DailyPoint, SectionShare, TopArticle, ViewTotals } from '@/db/queries/staff-analytics';
import type { DayRange, StaffView } from '@/lib/staff-period';
import { compared, comparisonColumns, shareOf, type Compared } from './compared-columns';
import type { Report } from './report';

type WithChange = Compared & { change: number | null };

/** `previousLabel` names the days a total is set beside ("the 7 days before"). */
export type TotalsRow = WithChange & { label: string; visitors: number; previousLabel: string | null };

/** The dashboard's cards: fixed periods, each beside the same number of days before it when comparing. */
export function totalsReport(cards: { label: string; current: ViewTotals; previous: { views: number; label: string } | null }[]): Report<TotalsRow> {
  const comparing = cards.some((c) => c.previous !== null);
  return {
    name: 'totals',
    title: 'Totals',
    range: null,
    compareWith: null,
    columns: [
      { key: 'period', label: 'Period', kind: 'text', value: (r) => r.label },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'visitors', label: 'Visitors', kind: 'count', value: (r) => r.visitors },
      ...comparisonColumns<TotalsRow>(comparing),
    ],
    rows: cards.map(({ label, current, previous }) => ({
      label,
      visitors: current.visitors,
      previousLabel: previous?.label ?? null,
      ...compared(current.views, previous?.views ?? null),
    })),
  };
}

export type DailyRow = WithChange & { day: string; visitors: number; previousDay: string | null };

/** Views per day; compared day by day with the same number of days before (the first with the first). */
export function dailyReport({
  title,
  range,
  points,
  previous,
}: {
  title: string;
  range: DayRange;
  points: DailyPoint[];
  previous: { range: DayRange; points: DailyPoint[] } | null;
}): Report<DailyRow> {
  return {
    name: 'daily-views',
    title,
    range,
    compareWith: previous?.range ?? null,
    columns: [
      { key: 'day', label: 'Day', kind: 'day', value: (r) => r.day },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'visitors', label: 'Visitors', kind: 'count', value: (r) => r.visitors },
      ...(previous ? [{ key: 'previous_day', label: 'Day before', kind: 'day' as const, value: (r: DailyRow) => r.previousDay }] : []),
      ...comparisonColumns<DailyRow>(previous !== null),
    ],
    rows: points.map((p, i) => {
      const before = previous?.points[i];
      return { day: p.day, visitors: p.visitors, previousDay: before?.day ?? null, ...compared(p.views, before ? before.views : null) };
    }),
  };
}

export type SectionRow = WithChange & { sectionName: string; sectionSlug: string; share: number };

/** Views by section, largest first, with each section's share of the period's views. */
export function sectionsReport({
  view,
  rows,
  previous,
}: {
  view: StaffView;
  rows: SectionShare[];
  previous: SectionShare[] | null;
}): Report<SectionRow> {
  const total = rows.reduce((sum, r) => sum + r.views, 0);
  const before = new Map(previous?.map((r) => [r.sectionSlug, r.views]));
  return {
    name: 'sections',
    title: `By section · ${view.period.label}`,
    range: view.period,
    compareWith: view.compare,
    columns: [
      { key: 'section', label: 'Section', kind: 'text', value: (r) => r.sectionName },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'share_percent', label: 'Share', kind: 'share', value: (r) => r.share },
      ...comparisonColumns<SectionRow>(previous !== null),
    ],
    rows: rows.map((r) => ({
      sectionName: r.sectionName,
      sectionSlug: r.sectionSlug,
      share: shareOf(r.views, total),
      ...compared(r.views, previous ? (before.get(r.sectionSlug) ?? 0) : null),
    })),
  };
}

export type TopStoryRow = WithChange & { rank: number; story: TopArticle };

/** The period's most-read stories; when comparing, each story's views in the days before. */
export function topStoriesReport({
  view,
  rows,
  previousViews,
}: {
  view: StaffView;
  rows: TopArticle[];
  previousViews: Map<number, number> | null;
}): Report<TopStoryRow> {
  return {
    name: 'top-stories',
    title: `Top stories · ${view.period.label}`,
    range: view.period,
    compareWith: view.compare,
    columns: [
      { key: 'rank', label: '#', kind: 'rank', value: (r) => r.rank },
      { key: 'headline', label: 'Story', kind: 'text', value: (r) => r.story.headline },
      { key: 'section', label: 'Section', kind: 'text', value: (r) => r.story.sectionName, wideOnly: true },
      { key: 'published_at', label: 'Published', kind: 'instant', value: (r) => r.story.publishedAt?.toISOString() ?? null, wideOnly: true },
      { key: 'views', label: 'Views', kind: 'count', value: (r) => r.views },
      { key: 'visitors', label: 'Visitors', kind: 'count', value: (r) => r.story.periodVisitors, wideOnly: true },
      ...comparisonColumns<TopStoryRow>(previousViews !== null),
      { key: 'all_time_views', label: 'All-time views', kind: 'count', value: (r) => r.story.totalViews },
    ],
    rows: rows.map((story, i) => ({ rank: i + 1, story, ...compared(story.periodViews, previousViews ? (previousViews.get(story.id) ?? 0) : null) })),
  };
}
