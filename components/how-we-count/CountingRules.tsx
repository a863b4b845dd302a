import Link from 'next/link';
import type { ViewCountingConfig } from '@/lib/view-counting-config';
import styles from './CountingRules.module.css';

const number = (n: number) => n.toLocaleString('en-US');
const minutes = (seconds: number) => (seconds % 3600 === 0 ? plural(seconds / 3600, 'hour') : plural(seconds / 60, 'minute'));
const plural = (n: number, unit: string) => `${number(n)} ${unit}${n === 1 ? '' : 's'}`;

/**
 * The counting rules as this server applies them, written for readers: every figure comes from
 * the running configuration (lib/view-counting-config.ts), never from a copy of it.
 */
export function CountingRules({ config, timeZone }: { config: ViewCountingConfig; timeZone: string }) {
  return (
    <div className={styles.rules}>
      <section aria-labelledby="what-counts">
        <h2 id="what-counts">What counts as a view</h2>
        <p>
          A view is counted when a story’s page is actually on a reader’s screen: the count is sent by the page once it is visible, never while a
          browser merely prepares a page in advance. The number beside a story includes the view you are making now.
        </p>
        <ul>
          <li data-rule="dedupe">
            Reading the same story again within <strong>{minutes(config.dedupeWindowSeconds)}</strong> counts once.
          </li>
          <li data-rule="time-zone">
            Days run midnight to midnight in <strong>{timeZone}</strong> time, for the daily figures and for “most read”.
          </li>
        </ul>
      </section>
      <section aria-labelledby="not-counted">
        <h2 id="not-counted">What is not counted</h2>
        <ul>
          <li>Search engines and other automated visitors, and requests that do not say what browser sent them.</li>
          <li>Pages a browser fetches ahead of time in case you click (prefetches).</li>
          <li>Our own staff while signed in: their reading never enters public numbers.</li>
          <li>Drafts and stories scheduled for later.</li>
          <li data-rule="rate-limit">
            More than <strong>{number(config.rateLimitMax)}</strong> view attempts from one network address within{' '}
            <strong>{minutes(config.rateLimitWindowSeconds)}</strong>.
          </li>
          <li data-rule="daily-cap">
            More than <strong>{number(config.dailyCapPerAddress)}</strong> views of one story from one network address in one day (enough for a busy
            office or campus sharing one address, far below what a script could add).
          </li>
        </ul>
      </section>
      <section aria-labelledby="what-is-kept">
        <h2 id="what-is-kept">What we keep, and what we do not</h2>
        <ul>
          <li>
            <strong>No cookie</strong> is set for counting. Your browser keeps a random number in its own storage for 24 hours, so that reloading a
            page does not count twice.
          </li>
          <li>
            <strong>No IP address</strong> and no browser description is stored. We keep only a one-way fingerprint of that random number, made with a
            secret that changes every day and is deleted the next, so it cannot be traced back to you or linked from one day to the next. Network
            addresses are used, in the same one-way form, only to apply the limits above.
          </li>
          <li>What we keep are totals: views per story per day, and how many different readers a story had that day.</li>
        </ul>
      </section>
      <p className={styles.back}>
        <Link href="/">Back to the front page</Link>
      </p>
    </div>
  );
}
