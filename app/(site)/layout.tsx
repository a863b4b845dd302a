import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site-chrome/SiteChrome';
import { listSections } from '@/db/queries/sections';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome sections={await listSections()}>{children}</SiteChrome>;
}
