import 'server-only';
import { isbot } from 'isbot';
import { addressBucket, normalizeAddress } from '@/lib/http/client-address';
import { clientAddressHeader, prefetchHeader } from '@/lib/http/client-address-header';
import { isFrontDoorInstalled } from '@/lib/server-start';
import { announcesPrefetch } from '@/lib/http/front-door';

let warnedNoFrontDoor = false;

/**
 * Who is calling, as the unit rate limits and caps apply to: the address the front door
 * resolved from the socket and TRUSTED_PROXIES (an IPv6 address as its /64). X-Forwarded-For
 * and X-Real-IP are never read here: a client can write them. Without the front door (a bare
 * `next start`) every caller is "unknown", so limits hold for all rather than for nobody.
 */
export function clientAddressFromHeaders(headers: Headers): string {
  if (!isFrontDoorInstalled()) {
    if (!warnedNoFrontDoor) console.warn('Broadsheet: started without scripts/serve.ts, so client addresses are unknown; use npm start.');
    warnedNoFrontDoor = true;
    return 'unknown';
  }
  const address = normalizeAddress(headers.get(clientAddressHeader) ?? undefined);
  return address ? addressBucket(address) : 'unknown';
}

/**
 * Router prefetches and browser speculative loads announce themselves. Next.js strips its
 * router headers before actions run, so behind the front door its verdict is read instead.
 */
export function isPrefetchRequest(headers: Headers): boolean {
  if (isFrontDoorInstalled()) return headers.get(prefetchHeader) === '1';
  return announcesPrefetch((name) => headers.get(name));
}

/** Crawlers and scripts: known bot user agents, and requests that send none at all. */
export function isCrawler(userAgent: string | null): boolean {
  return !userAgent || isbot(userAgent);
}
