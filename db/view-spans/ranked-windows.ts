// Which windows are ranked and so get a view span: no database access here, so benchmarks and
// scripts can ask which spans a server keeps.
import { staffPeriods } from '@/lib/staff-period';
import { addDaysToDayKey, siteDayKey } from '@/lib/site-time';
import type { ViewSpan } from './span-builder.mjs';

/** Most read on pages: "day" is today and yesterday, "week" the last 7 days (today included). */
export const mostReadDaysBack = { day: 1, week: 6 } as const;

/**
 * The windows that are ranked, as days before today where they start: most read and every staff
 * period. Each gets a span over its finished days, so ranking it reads the span and today. For
 * "today and yesterday" the span is yesterday alone: its leaders and today's bound the answer
 * as well as a longer span's do (db/queries/view-rankings.ts).
 */
const rankedWindowsDaysBack = [...new Set([...Object.values(mostReadDaysBack), ...Object.values(staffPeriods).map((p) => p.days - 1)])].filter(
  (daysBack) => daysBack > 0,
);

/** The spans wanted today: each ranked window's finished days, from its first day to yesterday. */
export function wantedViewSpans(now: Date = new Date()): ViewSpan[] {
  const today = siteDayKey(now);
  return rankedWindowsDaysBack.map((daysBack) => ({ firstDay: addDaysToDayKey(today, -daysBack), lastDay: addDaysToDayKey(today, -1) }));
}
