'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { LiveReadership as Live, TrendingStory } from '@/db/queries/live-readers';
import { liveStoriesReport, trendingReport } from '@/lib/staff-reports/live-reports';
import { ReportTable } from './ReportTable';
import { SnapshotDownloads } from './SnapshotDownloads';
import styles from './Staff.module.css';

export type LiveSnapshot = { live: Live; trending: TrendingStory[] };

const pollMs = 15_000;
const clock = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone, timeZoneName: 'short' });

/** Readers right now and what is trending, refreshed every 15 seconds while the tab is visible. */
export function LiveReadership({ initial, timeZone }: { initial: LiveSnapshot; timeZone: string }) {
  const [snapshot, setSnapshot] = useState(initial);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      fetch('/staff/live.json', { cache: 'no-store' })
        .then((response) => (response.ok ? (response.json() as Promise<LiveSnapshot>) : Promise.reject(new Error(String(response.status)))))
        .then((next) => {
          setSnapshot(next);
          setStale(false);
        })
        .catch(() => setStale(true)); // keep what is shown, and say it is old
    };
    const timer = setInterval(refresh, pollMs);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  const { live, trending } = snapshot;
  const storiesReport = liveStoriesReport(live);
  const trendReport = trendingReport(trending, live.asOf);
  const fileTime = live.asOf.slice(0, 16).replace(':', '');
  return (
    <>
      <p className="meta" data-testid="live-updated">
        Updated {clock(live.asOf, timeZone)}
        {stale && ' (could not refresh: these figures are older)'}
      </p>
      <dl className={styles.cards}>
        <div className={styles.card}>
          <dt>Live now</dt>
          <dd>
            <strong data-testid="live-readers">{live.readers.toLocaleString('en-US')}</strong> {live.readers === 1 ? 'reader' : 'readers'}
          </dd>
          <dd className="meta">opened a story in the last {live.windowMinutes} minutes</dd>
        </div>
      </dl>
      <section className={styles.section} aria-labelledby="live-stories-heading">
        <div className={styles.sectionHeading}>
          <h2 id="live-stories-heading">What they are reading</h2>
          <SnapshotDownloads report={storiesReport} filename={`broadsheet-live-${fileTime}`} />
        </div>
        <ReportTable
          report={storiesReport}
          rowKey={(r) => String(r.articleId)}
          testId="live-stories"
          empty={`Nobody has opened a story in the last ${live.windowMinutes} minutes.`}
          cells={{ headline: (r) => <Link href={`/staff/stories/${r.articleId}`}>{r.headline}</Link> }}
        />
      </section>
      <section className={styles.section} aria-labelledby="trending-heading">
        <div className={styles.sectionHeading}>
          <h2 id="trending-heading">Trending</h2>
          <SnapshotDownloads report={trendReport} filename={`broadsheet-trending-${fileTime}`} />
        </div>
        <p className="meta">Views in the last full hour against the story&rsquo;s own hourly average over the 24 hours before it.</p>
        <ReportTable
          report={trendReport}
          rowKey={(r) => String(r.articleId)}
          testId="trending-stories"
          empty="No story had an hour well above its usual one."
          cells={{ headline: (r) => <Link href={`/staff/stories/${r.articleId}`}>{r.headline}</Link> }}
        />
      </section>
    </>
  );
}
