import { siteHourStart, siteHoursOfDay } from '@/lib/site-hours';
import { wallClockAsUtc } from '@/lib/site-time';
import { lifecycleHours } from '@/lib/story-lifecycle';

/** Stories published this recently get hour-by-hour history for their first hours (the live counter writes it from then on). */
export const hourlyHistoryDays = 60;

// Thousands of seeded stories share the same few days: their hours are worked out once.
const hoursOfDay = new Map<string, { hour: number; night: boolean }[]>();
function hoursOf(day: string) {
  let hours = hoursOfDay.get(day);
  if (!hours) {
    hours = siteHoursOfDay(day).map((hour) => ({ hour, night: Math.floor(wallClockAsUtc(new Date(hour * 1000)) / 3_600_000) % 24 < 6 }));
    hoursOfDay.set(day, hours);
  }
  return hours;
}

// Readers come in a wave after publication, fewer at night (site time).
const weightOf = ({ hour, night }: { hour: number; night: boolean }, publishedHourStart: number) =>
  Math.exp(-(hour - publishedHourStart) / 3600 / 20) * (night ? 0.25 : 1);

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
    const slots = hoursOf(day).filter((slot) => slot.hour >= first);
    if (slots.length === 0 || slots[0]!.hour >= end) continue;
    const hours = slots.map((slot) => slot.hour);
    const weights = slots.map((slot) => weightOf(slot, first));
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
