'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { recordArticleViewAction } from '@/app/(site)/articles/[slug]/actions';
import { getVisitorToken } from '@/lib/client/visitor-token';

// document.referrer names the page that loaded this document; a story reached by a link inside
// the site replaces the page without a new document, so from the second story on it is internal.
let storiesSeenInThisDocument = 0;

/** Where this reader came from: the referring page's host only (its path never leaves the browser) and the address's utm_ values. */
function arrivalFromPage(): { referrerHost?: string; utmSource?: string; utmCampaign?: string } {
  let referrerHost: string | undefined;
  try {
    if (storiesSeenInThisDocument++ > 0) referrerHost = window.location.host;
    else referrerHost = document.referrer ? new URL(document.referrer).host : undefined;
  } catch {
    referrerHost = undefined;
  }
  const query = new URLSearchParams(window.location.search);
  return { referrerHost, utmSource: query.get('utm_source') ?? undefined, utmCampaign: query.get('utm_campaign') ?? undefined };
}

/**
 * Shows the live view count and records this reader's view once the page is actually seen:
 * not during a prefetch, not while the tab is hidden, and once per article even when React
 * runs effects twice (StrictMode) or re-renders. The count links to the rules it follows.
 */
export function ArticleViewCounter({ articleId, initialCount }: { articleId: number; initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  const [state, setState] = useState<'pending' | 'recorded' | 'failed'>('pending');
  const recordedFor = useRef<number | null>(null);

  useEffect(() => {
    const recordWhenVisible = () => {
      if (recordedFor.current === articleId || document.visibilityState !== 'visible') return;
      recordedFor.current = articleId;
      document.removeEventListener('visibilitychange', recordWhenVisible);
      recordArticleViewAction({ articleId, visitorToken: getVisitorToken(), ...arrivalFromPage() })
        .then((result) => {
          if (result.ok) setCount(result.viewCount);
          setState(result.ok ? 'recorded' : 'failed');
        })
        .catch(() => setState('failed'));
    };
    recordWhenVisible();
    document.addEventListener('visibilitychange', recordWhenVisible);
    return () => document.removeEventListener('visibilitychange', recordWhenVisible);
  }, [articleId]);

  return (
    <Link href="/how-we-count" prefetch={false} title="How we count views" data-testid="view-count" data-state={state}>
      {count.toLocaleString('en-US')} {count === 1 ? 'view' : 'views'}
    </Link>
  );
}
