import { addDaysToDayKey, siteDayKeyDaysAgo } from './site-time';

export const staffPeriods = {
  today: { days: 1, label: 'Today' },
  '7d': { days: 7, label: 'Last 7 days' },
  '30d': { days: 30, label: 'Last 30 days' },
  '90d': { days: 90, label: 'Last 90 days' },
} as const;

export type StaffPeriodKey = keyof typeof staffPeriods;
/** A run of whole site days, `sinceDay` to `untilDay` inclusive. */
export type DayRange = { sinceDay: string; untilDay: string };
export type StaffPeriod = DayRange & { key: StaffPeriodKey; days: number; label: string };
/**
 * What staff figures are set beside: the same number of days just before the period. Days are
 * whole; the period's last day is today, counted so far, so the change in a period that ends
 * today is always against whole days (the page says so).
 */
export type StaffComparison = DayRange & { label: string };

/** The staff view's period and, when asked for, the period to compare it with. */
export type StaffView = { period: StaffPeriod; compare: StaffComparison | null };

/** `?period=` for staff views; absent means 7 days, anything unknown is `null` (a 404). */
export function parseStaffPeriod(raw: string | string[] | null | undefined, now: Date = new Date()): StaffPeriod | null {
  const key = raw === undefined || raw === null ? '7d' : raw;
  if (typeof key !== 'string' || !Object.hasOwn(staffPeriods, key)) return null;
  const { days, label } = staffPeriods[key as StaffPeriodKey];
  return { key: key as StaffPeriodKey, days, label, sinceDay: siteDayKeyDaysAgo(days - 1, now), untilDay: siteDayKeyDaysAgo(0, now) };
}

/** The `days` days before a range that starts on `sinceDay`. */
export function previousDays(sinceDay: string, days: number): DayRange {
  return { sinceDay: addDaysToDayKey(sinceDay, -days), untilDay: addDaysToDayKey(sinceDay, -1) };
}

export function comparisonFor(period: StaffPeriod): StaffComparison {
  const range = previousDays(period.sinceDay, period.days);
  return { ...range, label: period.days === 1 ? 'yesterday' : `the ${period.days} days before` };
}

/**
 * `?period=` and `?compare=` together: `compare=previous` sets the period beside the one before
 * it; anything else in `compare` is `null`, as an unknown period is.
 */
export function parseStaffView(
  params: { period?: string | string[] | null; compare?: string | string[] | null },
  now: Date = new Date(),
): StaffView | null {
  const period = parseStaffPeriod(params.period, now);
  if (!period) return null;
  if (params.compare === undefined || params.compare === null) return { period, compare: null };
  if (params.compare !== 'previous') return null;
  return { period, compare: comparisonFor(period) };
}

/** A view's address query (the dashboard's links and its exports share it): period key, and whether it compares. */
export function staffViewQuery(
  { periodKey, comparing }: { periodKey: StaffPeriodKey; comparing: boolean },
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (periodKey !== '7d') params.set('period', periodKey);
  if (comparing) params.set('compare', 'previous');
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The query of a view as it is. */
export const queryOfView = ({ period, compare }: StaffView) => staffViewQuery({ periodKey: period.key, comparing: compare !== null });
