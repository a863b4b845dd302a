import { formatClockTime } from './site-time';

/** When a most-read list was ranked: the instant, and the time of day as the site's readers read it. */
export type MostReadStamp = { iso: string; label: string };

/** Formatted on the server, in the site's time zone: the browser's may differ. */
export function mostReadStamp(updatedAt: Date): MostReadStamp {
  return { iso: updatedAt.toISOString(), label: formatClockTime(updatedAt) };
}
