import { sourceOf, type SourceGroup } from '@/lib/referrer-sources';

/** Stories published this recently get where-from history (the live counter writes it from then on), as for hourly history. */
export { hourlyHistoryDays as sourceHistoryDays } from './seed-hours';

// A few mixes of where readers come from; each story gets one, by its id, so the seed's random
// stream (and so every other seeded figure) is the same as without sources. Weights sum to 1.
const mixes: [host: string, weight: number][][] = [
  [
    ['google.com', 0.3],
    ['bing.com', 0.04],
    ['t.co', 0.08],
    ['facebook.com', 0.06],
    ['', 0.3],
    ['internal', 0.17],
    ['theweek.example', 0.05],
  ],
  [
    ['google.com', 0.18],
    ['duckduckgo.com', 0.03],
    ['reddit.com', 0.14],
    ['news.ycombinator.com', 0.1],
    ['', 0.35],
    ['internal', 0.2],
  ],
  [
    ['google.com', 0.42],
    ['news.google.com', 0.12],
    ['', 0.26],
    ['internal', 0.12],
    ['bsky.app', 0.04],
    ['localnews.example', 0.04],
  ],
];

/** Whole views in proportion to weights (largest remainder), so the parts add up to the day. */
function apportion(views: number, weights: number[]): number[] {
  const exact = weights.map((w) => views * w);
  const whole = exact.map(Math.floor);
  let left = views - whole.reduce((a, b) => a + b, 0);
  for (const i of exact
    .map((e, i) => ({ i, r: e - whole[i]! }))
    .sort((a, b) => b.r - a.r)
    .map((x) => x.i)) {
    if (left-- <= 0) break;
    whole[i]!++;
  }
  return whole;
}

/** A seeded story's views by source and host for each day: the same totals as its daily views. */
export function sourceHistory({
  articleId,
  daily,
  siteHost,
}: {
  articleId: number;
  daily: Map<string, number>;
  siteHost: string;
}): [day: string, group: SourceGroup, host: string, views: number][] {
  const mix = mixes[articleId % mixes.length]!;
  const sources = mix.map(([host]) => sourceOf({ referrerHost: host === 'internal' ? siteHost : host, siteHost }));
  const rows: [string, SourceGroup, string, number][] = [];
  for (const [day, views] of daily) {
    apportion(
      views,
      mix.map(([, w]) => w),
    ).forEach((share, i) => {
      if (share > 0) rows.push([day, sources[i]!.group, sources[i]!.host, share]);
    });
  }
  return rows;
}

/** Some stories went out in the morning newsletter: a tenth of their first day's views came with its utm_ values. */
export function campaignHistory({ articleId, firstDay, firstDayViews }: { articleId: number; firstDay: string; firstDayViews: number }) {
  if (articleId % 3 !== 0) return [];
  const views = Math.floor(firstDayViews / 10);
  if (views === 0) return [];
  const campaign = articleId % 2 === 0 ? 'morning-briefing' : 'weekend-reads';
  return [[firstDay, 'newsletter', campaign, views] as const];
}
