'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { recordArticleViewPatiently } from '@/db/queries/article-views';
import { clientAddressFromHeaders, isCrawler, isPrefetchRequest } from '@/lib/server/request-facts';
import { getSignedInStaff } from '@/lib/server/auth/staff-session';

const recordViewInput = z.object({
  articleId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  visitorToken: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
});

export type RecordViewResult =
  { ok: true; viewCount: number; counted: boolean } | { ok: false; error: 'invalid-input' | 'not-found' | 'busy' | 'unavailable' };

/**
 * Records one reader's view of an article and returns the count they should see. Called by
 * ArticleViewCounter once the page is visible. Everything about the caller is re-derived
 * here from the request; the client only says which article and which random visitor token.
 * When the view cannot be stored (the lock held past the retry deadline, a full disk) the
 * reader keeps the count the page showed.
 */
export async function recordArticleViewAction(input: z.input<typeof recordViewInput>): Promise<RecordViewResult> {
  const parsed = recordViewInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid-input' };
  const requestHeaders = await headers();
  const viewer = {
    visitorToken: parsed.data.visitorToken,
    clientAddress: clientAddressFromHeaders(requestHeaders),
    isBot: isCrawler(requestHeaders.get('user-agent')),
    isPrefetch: isPrefetchRequest(requestHeaders),
    isStaff: (await getSignedInStaff()) !== null,
  };
  const outcome = await recordArticleViewPatiently({ articleId: parsed.data.articleId, viewer });
  if (outcome.status === 'refused') return { ok: false, error: 'not-found' };
  if (outcome.status === 'busy' || outcome.status === 'unavailable') return { ok: false, error: outcome.status };
  return { ok: true, viewCount: outcome.viewCount, counted: outcome.status === 'counted' };
}
