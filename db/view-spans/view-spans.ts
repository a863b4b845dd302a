import 'server-only';
import { and, eq } from 'drizzle-orm';
import { addDaysToDayKey } from '@/lib/site-time';
import { logEvent } from '@/lib/log';
import { getDb } from '@/db/client';
import { articleViewSpanBuilds } from '@/db/schema';
import { databaseWorker } from '@/db/worker-thread';
import type { ViewSpan } from './span-builder.mjs';
import { wantedViewSpans } from './ranked-windows';

export type { ViewSpan };

/** The whole span from `firstDay` to yesterday, if it was built: rankings add only today to it. */
export function findViewSpan({ firstDay, today }: { firstDay: string; today: string }): ViewSpan | null {
  const span = { firstDay, lastDay: addDaysToDayKey(today, -1) };
  if (span.firstDay > span.lastDay) return null;
  const built = getDb()
    .select({ articles: articleViewSpanBuilds.articles })
    .from(articleViewSpanBuilds)
    .where(and(eq(articleViewSpanBuilds.firstDay, span.firstDay), eq(articleViewSpanBuilds.lastDay, span.lastDay)))
    .get();
  return built ? span : null;
}

const askSpanWorker = databaseWorker<{ wanted: ViewSpan[] }, { built: number }>('db/view-spans/span-worker.mjs');
let refreshing: Promise<void> | null = null;

/**
 * Builds today's spans on the span worker and drops yesterday's, once per call at most one at a
 * time; called by housekeeping each minute, so within a minute of midnight the new day's spans
 * exist (until then rankings sum the days themselves, on the read worker: slower, still exact).
 */
export function keepViewSpansFresh(now: Date = new Date()): Promise<void> {
  // Only a server keeps spans; tests and scripts build them when they mean to (span-builder.mjs).
  if (!process.env.NEXT_RUNTIME) return Promise.resolve();
  refreshing ??= askSpanWorker({ wanted: wantedViewSpans(now) })
    .then(({ built }) => {
      if (built > 0) logEvent('info', 'view-spans-built', { spans: built });
    })
    .catch((error: unknown) => logEvent('error', 'view-spans-failed', { detail: String(error) }))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}
