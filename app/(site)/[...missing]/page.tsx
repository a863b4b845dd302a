import { notFound } from 'next/navigation';

// Any address no other route claims gets the reader site's 404, inside the site's frame.
// Rendered per request, so made-up addresses never fill the page cache.
export const dynamic = 'force-dynamic';

export default function UnknownAddress() {
  notFound();
}
