import type { Metadata } from 'next';
import { LiveReadership } from '@/components/staff/LiveReadership';
import { getLiveReadership, getTrendingStories } from '@/db/queries/live-readers';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { siteTimeZone } from '@/lib/site-time';

export const metadata: Metadata = { title: 'Live now', description: 'Who is reading Broadsheet right now.' };

export default staffPage(async function StaffLivePage() {
  return (
    <>
      <h1>Live now</h1>
      <LiveReadership initial={{ live: getLiveReadership(), trending: getTrendingStories() }} timeZone={siteTimeZone} />
    </>
  );
});
