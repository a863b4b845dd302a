'use client';

import Link from 'next/link';
import { SiteChrome } from './SiteChrome';

/**
 * The 404 page in the reader site's frame (name, search, way home; no section list, so no
 * data). A client component on purpose: Next.js ships the root not-found element inside every
 * page's payload, and a client component travels as a short reference instead of its markup.
 */
export function SiteNotFound() {
  return (
    <SiteChrome sections={[]}>
      <div style={{ maxWidth: '40rem', padding: '3rem 0' }}>
        <p className="kicker">Error 404</p>
        <h1>We could not find that page</h1>
        <p>
          The story, section or page you asked for does not exist, or is no longer published. Check the address, or start again from the front page.
        </p>
        <p>
          <Link href="/">Go to the front page</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
