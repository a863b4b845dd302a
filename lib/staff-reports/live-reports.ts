import type { LiveReadership, LiveStory, TrendingStory } from '@/db/queries/live-readers';
import type { Report } from './report';

/** The stories readers have open, as the live page shows them at `asOf`. */
export function liveStoriesReport(live: LiveReadership): Report<LiveStory> {
  return {
    name: 'live-stories',
    title: `What readers have open, ${live.asOf}`,
    range: null,
    compareWith: null,
    columns: [
      { key: 'headline', label: 'Story', kind: 'text', value: (r) => r.headline },
      { key: 'readers', label: 'Readers', kind: 'count', value: (r) => r.readers },
    ],
    rows: live.stories,
  };
}

/** Stories whose last full hour is furthest above their own usual hour. */
export function trendingReport(trending: TrendingStory[], asOf: string): Report<TrendingStory> {
  return {
    name: 'trending',
    title: `Trending, ${asOf}`,
    range: null,
    compareWith: null,
    columns: [
      { key: 'headline', label: 'Story', kind: 'text', value: (r) => r.headline },
      { key: 'last_hour_views', label: 'Last hour', kind: 'count', value: (r) => r.lastHour },
      {
        key: 'usual_hour_views',
        label: 'Usual hour',
        kind: 'count',
        value: (r) => Math.round(r.usualPerHour * 10) / 10,
        display: (r) => r.usualPerHour.toFixed(1),
      },
      {
        key: 'times_usual',
        label: 'Times usual',
        kind: 'count',
        value: (r) => Math.round(r.times * 10) / 10,
        display: (r) => `${r.times.toFixed(1)}×`,
      },
    ],
    rows: trending,
  };
}
