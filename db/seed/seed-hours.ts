import { siteHourStart, siteHoursOfDay } from '@/lib/site-hours';
import { lifecycleHours } from '@/lib/story-lifecycle';

/** Stories published this recently get hour-by-hour history for their first hours (the live counter writes it from then on). */
export const hourlyHistoryDays = 60;

// Readers come in a wave after publication, fewer at night (site time).
const weightOf = (hourStart: number, publishedHourStart: number) => {
  const age = (hourStart - publishedHourStart) / 3600;
  const localHour = Number(
    new Date(hourStart * 1000).toLocaleString('en-US', {
      hour: 'numeric',
      hourCycle: 'h23',
      timeZone: process.env.SITE_TIME_ZONE ?? 'America/New_York',
    }),
  );
  return Math.exp(-age / 20) * (localHour < 6 ? 0.25 : 1);
};

/**
 * A seeded story's views by hour for its first hours, from its daily views: each day's views are
 * shared among that day's hours from publication on, by weight, in whole views (largest
 * remainder). A day wholly inside the first hours gives all its views to its hours; the day the
 * window ends in gives its hours their share only, so no hour adds views the day did not have.
 */
export function hourlyHistory({
  publishedAt,
  daily,
  now,
}: {
  publishedAt: Date;
  daily: Map<string, number>;
  now: Date;
}): [hour: number, views: number][] {
  const first = siteHourStart(publishedAt);
  const end = Math.min(first + lifecycleHours * 3600, siteHourStart(now) + 3600);
  const rows: [number, number][] = [];
  for (const [day, views] of daily) {
    const hours = siteHoursOfDay(day).filter((h) => h >= first);
    if (hours.length === 0 || hours[0]! >= end) continue;
    const weights = hours.map((h) => weightOf(h, first));
    const total = weights.reduce((a, b) => a + b, 0);
    const shares = hours.map((h, i) => ({ h, exact: (views * weights[i]!) / total }));
    const whole = shares.map((s) => Math.floor(s.exact));
    let left = views - whole.reduce((a, b) => a + b, 0);
    const byRemainder = shares.map((s, i) => ({ i, r: s.exact - whole[i]! })).sort((a, b) => b.r - a.r);
    for (const { i } of byRemainder) {
      if (left-- <= 0) break;
      whole[i]!++;
    }
    hours.forEach((h, i) => {
      if (h < end && whole[i]! > 0) rows.push([h, whole[i]!]);
    });
  }
  return rows;
}
