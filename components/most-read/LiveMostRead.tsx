'use client';

import { useEffect, useState } from 'react';
import type { MostReadStamp } from '@/lib/most-read-stamp';
import { MostRead, type MostReadLink } from './MostRead';

type MostReadBody = { stories: MostReadLink[]; updated: MostReadStamp };

/**
 * The most-read list, fetched after the page has painted: the page around it stays cached
 * until its own story changes, while the list is at most a minute old. It sits where nothing
 * below it can be pushed (the end of a column), so it never shifts what the reader sees.
 */
export function LiveMostRead({ period, title }: { period: 'day' | 'week'; title: string }) {
  const [body, setBody] = useState<MostReadBody | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/most-read.json?period=${period}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<MostReadBody>) : null))
      .then((loaded) => loaded && setBody(loaded))
      .catch(() => {}); // no list is better than a broken one
    return () => controller.abort();
  }, [period]);
  return <MostRead entries={body?.stories ?? []} title={title} updated={body?.updated} moreHref="/most-read" />;
}
