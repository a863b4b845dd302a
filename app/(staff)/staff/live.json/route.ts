import { getLiveReadership, getTrendingStories } from '@/db/queries/live-readers';
import { staffRoute } from '@/lib/server/auth/staff-guards';

export const dynamic = 'force-dynamic';

/** What the live page polls: readers in the last five minutes, their stories, and what is trending. */
export const GET = staffRoute(() =>
  Response.json({ live: getLiveReadership(), trending: getTrendingStories() }, { headers: { 'cache-control': 'private, no-store' } }),
);
