'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { recordArticleViewPatiently, type Arrival } from '@/db/queries/article-views';
import { normalizeCampaignValue, sourceOf } from '@/lib/referrer-sources';
import { siteUrl } from '@/lib/site-config';
import { clientAddressFromHeaders, isCrawler, isPrefetchRequest } from '@/lib/server/request-facts';
import { getSignedInStaff } from '@/lib/server/auth/staff-session';

const recordViewInput = z.object({
  articleId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  visitorToken: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  // Where the reader came from, as the page saw it: a host alone, and the address's utm_ values.
  // Anything malformed is read as absent rather than costing the reader their view.
  referrerHost: z.string().max(300).optional().catch(undefined),
  utmSource: z.string().max(300).optional().catch(undefined),
  utmCampaign: z.string().max(300).optional().catch(undefined),
});

function arrivalOf(input: z.output<typeof recordViewInput>): Arrival {
  const campaign = { source: normalizeCampaignValue(input.utmSource), campaign: normalizeCampaignValue(input.utmCampaign) };
  return {
    source: sourceOf({ referrerHost: input.referrerHost, siteHost: siteUrl().host }),
    campaign: campaign.source || campaign.campaign ? { source: campaign.source ?? '', campaign: campaign.campaign ?? '' } : null,
  };
}

export type RecordViewResult =
  { ok: true; viewCount: number; counted: boolean } | { ok: false; error: 'invalid-input' | 'not-found' | 'busy' | 'unavailable' };

/**
 * Records one reader's view of an article and returns the count they should see. Called by
 * ArticleViewCounter once the page is visible. Everything about the caller is re-derived
 * here from the request; the client only says which article, which random visitor token and
 * where the reader arrived from (a host and campaign names, grouped and bounded here).
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
  const outcome = await recordArticleViewPatiently({ articleId: parsed.data.articleId, viewer, arrival: arrivalOf(parsed.data) });
  if (outcome.status === 'refused') return { ok: false, error: 'not-found' };
  if (outcome.status === 'busy' || outcome.status === 'unavailable') return { ok: false, error: outcome.status };
  return { ok: true, viewCount: outcome.viewCount, counted: outcome.status === 'counted' };
}
