import Link from 'next/link';
import { SiteChrome } from '@/components/site-chrome/SiteChrome';

// Every unknown address and every notFound() lands here, in the reader site's frame. Next.js
// sends this element with each page it renders, so it reads no data: the masthead keeps its
// name, search and way home, without the section list.
export default function NotFound() {
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
