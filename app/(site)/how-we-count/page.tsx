import type { Metadata } from 'next';
import { CountingRules } from '@/components/how-we-count/CountingRules';
import listingStyles from '@/components/listing/ListingPage.module.css';
import { pageAlternates } from '@/lib/page-metadata';
import { siteTimeZone } from '@/lib/site-time';
import { readViewCountingConfig } from '@/lib/view-counting-config';

// Rendered per request: the rules are this server's configuration, which a restart may change,
// and a page cached in .next would outlive it. No database read; the page is small.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'How we count views',
  description: 'The rules behind the view count on every story, and what we do not keep about you.',
  alternates: pageAlternates('/how-we-count'),
};

export default function HowWeCountPage() {
  return (
    <>
      <header className={listingStyles.header}>
        <p className="kicker">About our numbers</p>
        <h1 className={listingStyles.title}>How we count views</h1>
      </header>
      <CountingRules config={readViewCountingConfig()} timeZone={siteTimeZone} />
    </>
  );
}
