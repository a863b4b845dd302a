import { siteDayKeyDaysAgo } from './site-time';

export const staffPeriods = {
  today: { days: 1, label: 'Today' },
  '7d': { days: 7, label: 'Last 7 days' },
  '30d': { days: 30, label: 'Last 30 days' },
  '90d': { days: 90, label: 'Last 90 days' },
} as const;

export type StaffPeriodKey = keyof typeof staffPeriods;
export type StaffPeriod = { key: StaffPeriodKey; days: number; label: string; sinceDay: string; untilDay: string };

/** `?period=` for staff views; absent means 7 days, anything unknown is `null` (a 404). */
export function parseStaffPeriod(raw: string | string[] | undefined, now: Date = new Date()): StaffPeriod | null {
  const key = raw === undefined ? '7d' : raw;
  if (typeof key !== 'string' || !Object.hasOwn(staffPeriods, key)) return null;
  const { days, label } = staffPeriods[key as StaffPeriodKey];
  return { key: key as StaffPeriodKey, days, label, sinceDay: siteDayKeyDaysAgo(days - 1, now), untilDay: siteDayKeyDaysAgo(0, now) };
}
