/** The newsroom's clock: dates on pages and day buckets for view counts use one time zone. */
export const siteTimeZone = process.env.SITE_TIME_ZONE ?? 'America/New_York';

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: siteTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD of the given instant in the site's time zone. */
export function siteDayKey(date: Date): string {
  return dayKeyFormat.format(date);
}

/** Calendar arithmetic on day keys (no time zone involved, so DST cannot skip or repeat a day). */
export function addDaysToDayKey(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day key `days` calendar days before the given instant's site day. */
export function siteDayKeyDaysAgo(days: number, now: Date = new Date()): string {
  return addDaysToDayKey(siteDayKey(now), -days);
}

const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: siteTimeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

const shortDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: siteTimeZone,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** House style: "July 3, 2024, 2:24 p.m." */
export function formatPublishedDateTime(date: Date): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  const meridiem = parts.dayPeriod?.toUpperCase() === 'AM' ? 'a.m.' : 'p.m.';
  return `${parts.month} ${parts.day}, ${parts.year}, ${parts.hour}:${parts.minute} ${meridiem}`;
}

/** House style for a time of day: "2:24 p.m." */
export function formatClockTime(date: Date): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.dayPeriod?.toUpperCase() === 'AM' ? 'a.m.' : 'p.m.'}`;
}

/** "Jul 3, 2024" for lists. */
export function formatShortDate(date: Date): string {
  return shortDateFormat.format(date);
}

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: siteTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The site's wall clock at an instant, as the milliseconds of the same digits read as UTC. */
export function wallClockAsUtc(date: Date): number {
  const p = Object.fromEntries(wallClockFormat.formatToParts(date).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** "2026-12-03T14:30" (or with `:05` seconds) as a datetime-local input shows an instant in the site's time zone. */
export function siteLocalInputValue(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return new Date(wallClockAsUtc(date)).toISOString().slice(0, seconds ? 19 : 16);
}

/**
 * The instant a datetime-local value ("2026-12-03T14:30", or with seconds) names on the site's clock, or null for
 * anything else. A time a daylight-saving change skips resolves to the hour before it.
 */
export function instantFromSiteLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = 0] = match.map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const wanted = Date.UTC(y!, mo! - 1, d!, h!, mi!, s);
  if (Number.isNaN(wanted) || new Date(wanted).toISOString().slice(0, value.length) !== value) return null;
  let instant = wanted - (wallClockAsUtc(new Date(wanted)) - wanted);
  instant = wanted - (wallClockAsUtc(new Date(instant)) - instant); // once more, across a DST change
  return new Date(instant);
}
