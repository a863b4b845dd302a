import { SiteNotFound } from '@/components/site-chrome/SiteNotFound';

// Every unknown address and every notFound() lands here.
export default function NotFound() {
  return <SiteNotFound />;
}
