import { formatPercentChange, percentChange } from './change';
import type { ReportColumn } from './report';

/** A row's figure beside the previous period's: `previousViews` is null when not comparing. */
export type Compared = { views: number; previousViews: number | null };

/** What a compared row carries: the previous figure, and the change in percent (null from zero). */
export function compared(views: number, previousViews: number | null): Compared & { change: number | null } {
  return { views, previousViews, change: previousViews === null ? null : percentChange(views, previousViews) };
}

/** The two columns a comparison adds to a table, and only when it compares. */
export function comparisonColumns<Row extends Compared & { change: number | null }>(comparing: boolean): ReportColumn<Row>[] {
  if (!comparing) return [];
  return [
    { key: 'previous_views', label: 'Before', kind: 'count', value: (r) => r.previousViews, wideOnly: true },
    {
      key: 'change_percent',
      label: 'Change',
      kind: 'change',
      value: (r) => r.change,
      display: (r) => formatPercentChange(r.change, { current: r.views }),
    },
  ];
}

/** Each row's part of the whole, in percent to one decimal place. */
export const shareOf = (views: number, total: number) => (total === 0 ? 0 : Math.round((views / total) * 1000) / 10);
