import Link from 'next/link';
import { SiteChrome } from '@/components/site-chrome/SiteChrome';
import { listSections } from '@/db/queries/sections';

// Rendered per request from the live database (which does not exist at build time). Unknown
// addresses land here outside any route group, so it brings the reader site's frame itself.
export const dynamic = 'force-dynamic';

export default async function NotFound() {
  return (
    <SiteChrome sections={await listSections()}>
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
