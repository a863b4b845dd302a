import 'server-only';
import { isbot } from 'isbot';

/**
 * The caller's address for rate limiting. Broadsheet is deployed behind a reverse proxy that
 * sets X-Forwarded-For / X-Real-IP itself (nginx: `proxy_set_header X-Forwarded-For
 * $remote_addr`), so the first entry is the client. Without such a proxy the header is
 * whatever the client sent, which is why it only feeds a rate limit, never identity.
 */
export function clientKeyFromHeaders(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
  return address.slice(0, 64);
}

/** Router prefetches and browser speculative loads announce themselves. */
export function isPrefetchRequest(headers: Headers): boolean {
  return headers.has('next-router-prefetch') || /prefetch|prerender/i.test(headers.get('sec-purpose') ?? headers.get('purpose') ?? '');
}

/** Crawlers and scripts: known bot user agents, and requests that send none at all. */
export function isCrawler(userAgent: string | null): boolean {
  return !userAgent || isbot(userAgent);
}
