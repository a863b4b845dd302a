import { SiteNotFound } from '@/components/site-chrome/SiteNotFound';

// Addresses no route claims (notFound() inside the reader site uses app/(site)/not-found.tsx).
export default function NotFound() {
  return <SiteNotFound />;
}
