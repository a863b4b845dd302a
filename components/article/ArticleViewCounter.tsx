'use client';

import { useEffect, useRef, useState } from 'react';
import { recordArticleViewAction } from '@/app/(site)/articles/[slug]/actions';
import { getVisitorToken } from '@/lib/client/visitor-token';

/**
 * Shows the live view count and records this reader's view once the page is actually seen:
 * not during a prefetch, not while the tab is hidden, and once per article even when React
 * runs effects twice (StrictMode) or re-renders.
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
      recordArticleViewAction({ articleId, visitorToken: getVisitorToken() })
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
    <span data-testid="view-count" data-state={state}>
      Views: {count.toLocaleString('en-US')}
    </span>
  );
}
