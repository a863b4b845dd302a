import type { ReactNode } from 'react';
import { Masthead } from '@/components/masthead/Masthead';
import { SiteFooter } from '@/components/site-footer/SiteFooter';
import type { Section } from '@/db/schema';

/** The reader site's frame: skip link, masthead with sections and search, footer. */
export function SiteChrome({ sections, children }: { sections: Section[]; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Masthead sections={sections} />
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
