import { NotFoundMessage } from '@/components/not-found/NotFoundMessage';

// notFound() in a reader page: the site's layout already draws the frame.
export default function SiteSectionNotFound() {
  return <NotFoundMessage />;
}
