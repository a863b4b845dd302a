import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DailyViewsChart } from '../../../../../components/staff/DailyViewsChart';
import styles from '../../../../../components/staff/Staff.module.css';
import { StatCards } from '../../../../../components/staff/StatCards';
import { getArticleReadership } from '../../../../../db/queries/staff-analytics';
import { verifyStaff } from '../../../../../lib/auth/staff-session';
import { formatPublishedDateTime } from '../../../../../lib/site-time';
import { isPlausibleSlug } from '../../../../../lib/route-params';

export const metadata: Metadata = { title: 'Story readership', description: 'Daily views of one Broadsheet story.' };

export default async function StaffArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  await verifyStaff();
  const { slug } = await params;
  const readership = isPlausibleSlug(slug) ? getArticleReadership({ slug }) : null;
  if (!readership) notFound();
  const { article, daily } = readership;
  const last7 = daily.slice(-7).reduce((t, d) => ({ views: t.views + d.views, visitors: t.visitors + d.visitors }), { views: 0, visitors: 0 });
  return (
    <>
      <p className="kicker">{article.sectionName}</p>
      <h1>{article.headline}</h1>
      <p className="meta">
        Published <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDateTime(article.publishedAt)}</time>
        {article.status === 'published' ? (
          <>
            {' · '}
            <Link href={`/articles/${article.slug}`}>Read the story</Link>
          </>
        ) : (
          ` · ${article.status}`
        )}
      </p>
      <StatCards
        cards={[
          { label: 'All time', totals: { views: article.totalViews, visitors: daily.reduce((sum, d) => sum + d.visitors, 0) } },
          { label: 'Last 7 days', totals: last7 },
        ]}
      />
      <section className={styles.section} aria-labelledby="daily-heading">
        <div className={styles.sectionHeading}>
          <h2 id="daily-heading">Views per day since publication</h2>
          <Link href={`/staff/export/articles/${article.slug}`} download>
            Download CSV
          </Link>
        </div>
        <DailyViewsChart points={daily} caption={`${daily.length} days since publication`} />
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className={styles.num}>Views</th>
                <th scope="col" className={styles.num}>Visitors</th>
              </tr>
            </thead>
            <tbody>
              {[...daily].reverse().map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td className={styles.num}>{d.views.toLocaleString('en-US')}</td>
                  <td className={styles.num}>{d.visitors.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
