import { instantFromSiteLocalInput, siteDayKey, siteTimeZone, wallClockAsUtc } from './site-time';

/**
 * Hours on the newsroom's clock, for hourly view counts. An hour is named by the instant it
 * starts (Unix seconds), so the hour a daylight-saving change repeats is two hours, and the one
 * it skips is none: a site day has 23, 24 or 25 of them. Zones half an hour off UTC start their
 * hours at :30 UTC; that is why this is not `floor(seconds / 3600) * 3600`.
 */

const hourSeconds = 3600;
// The offset only changes on the hour (or half hour); one lookup a minute serves every view in it.
let cachedMinute = Number.NaN;
let cachedMinuteStart = 0;

/** Unix seconds at which the site hour containing `date` began. */
export function siteHourStart(date: Date): number {
  const seconds = Math.floor(date.getTime() / 1000);
  const minute = Math.floor(seconds / 60);
  if (minute !== cachedMinute) {
    const intoHour = Math.floor((wallClockAsUtc(new Date(minute * 60_000)) % (hourSeconds * 1000)) / 1000);
    cachedMinute = minute;
    cachedMinuteStart = minute * 60 - intoHour;
  }
  return cachedMinuteStart;
}

/** The start of every site hour of a site day (YYYY-MM-DD), in order: 23, 24 or 25 of them. */
export function siteHoursOfDay(dayKey: string): number[] {
  const midnight = instantFromSiteLocalInput(`${dayKey}T00:00`);
  if (!midnight) throw new Error(`not a day: ${dayKey}`);
  const hours: number[] = [];
  for (let hour = siteHourStart(midnight); siteDayKey(new Date(hour * 1000)) === dayKey; hour += hourSeconds) hours.push(hour);
  return hours;
}

const hourFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: siteTimeZone,
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  timeZoneName: 'short',
});

/** "Nov 1, 1 AM EDT": an hour on the newsroom's clock, with the zone, so a repeated hour reads apart. */
export function formatSiteHour(hourStart: number): string {
  return hourFormat.format(new Date(hourStart * 1000));
}
