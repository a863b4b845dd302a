import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import listingStyles from '@/components/listing/ListingPage.module.css';
import { MostRead } from '@/components/most-read/MostRead';
import { getMostReadListForPages } from '@/db/queries/most-read';
import { listSections } from '@/db/queries/sections';
import { mostReadStamp } from '@/lib/most-read-stamp';
import { pageAlternates } from '@/lib/page-metadata';
import { siteTimeZone } from '@/lib/site-time';
import styles from './MostReadPage.module.css';

// next.config.js rewrites "/most-read" here, as "/" to the front page: a dynamic segment with no
// static params is cached like an article (ISR) without being prerendered at build time, when
// the database may not exist. Its lifetime (a minute) and tags come from the most-read reads.
export const dynamicParams = true;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export const metadata: Metadata = {
  title: 'Most read',
  description: 'The stories Broadsheet readers read most today and this week, overall and in each section.',
  alternates: pageAlternates('/most-read'),
};

export default async function MostReadPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== 'latest') notFound();
  const [today, week, sections] = await Promise.all([
    getMostReadListForPages({ period: 'day', limit: 10 }),
    getMostReadListForPages({ period: 'week', limit: 10 }),
    listSections(),
  ]);
  const bySection = await Promise.all(
    sections.map(async (section) => ({ section, list: await getMostReadListForPages({ period: 'week', limit: 5, sectionId: section.id }) })),
  );
  const zone = siteTimeZone.split('/').at(-1)!.replaceAll('_', ' ');
  return (
    <>
      <header className={listingStyles.header}>
        <p className="kicker">Readers&rsquo; choice</p>
        <h1 className={listingStyles.title}>Most read</h1>
        <div className={listingStyles.intro}>
          <p>
            Ranked by counted views (<Link href="/how-we-count">how we count</Link>). Today means since midnight yesterday, {zone} time; this week,
            the last seven days. Each list shows when it was last ranked.
          </p>
        </div>
      </header>
      <div className={styles.leaders}>
        <MostRead entries={today.entries} title="Today" updated={mostReadStamp(today.updatedAt)} headingId="most-read-today" />
        <MostRead entries={week.entries} title="This week" updated={mostReadStamp(week.updatedAt)} headingId="most-read-week" />
      </div>
      {today.entries.length + week.entries.length === 0 ? <p>Nothing has been read yet today or this week.</p> : null}
      <h2 className={styles.sectionsHeading}>This week, by section</h2>
      <div className={styles.sections}>
        {bySection.map(({ section, list }) => (
          <MostRead
            key={section.id}
            entries={list.entries}
            title={section.name}
            updated={mostReadStamp(list.updatedAt)}
            moreHref={`/sections/${section.slug}`}
            moreLabel={`All ${section.name}`}
            headingId={`most-read-${section.slug}`}
            showSection={false}
          />
        ))}
      </div>
    </>
  );
}
