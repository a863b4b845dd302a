'use client';

import { NotFoundMessage } from '@/components/not-found/NotFoundMessage';
import { SiteChrome } from './SiteChrome';

/**
 * The 404 page for addresses no route claims, which render outside the reader site's layout:
 * it brings the site's frame itself (name, search, way home; no section list, so no data).
 * A client component on purpose: Next.js ships the root not-found element inside every page's
 * payload, and a client component travels as a short reference instead of its markup.
 */
export function SiteNotFound() {
  return (
    <SiteChrome sections={[]}>
      <NotFoundMessage />
    </SiteChrome>
  );
}
