/**
 * A story's first hours against its section's: how an editor reads "is this doing well for its
 * age?". Pure arithmetic on hourly rows (db/queries/story-lifecycle.ts reads them); hours are
 * counted from the site hour the story was published in (hour 0), so daylight saving changes
 * nothing here.
 */
export const lifecycleHours = 72;

export type HourlyRow = { hour: number; views: number };

/** Views in each hour of age, from hour 0 (the publication's hour) for `hours` hours. */
export function viewsByAge(rows: HourlyRow[], publishedHourStart: number, hours: number): number[] {
  const byAge = new Array<number>(hours).fill(0);
  for (const row of rows) {
    const age = Math.round((row.hour - publishedHourStart) / 3600);
    if (age >= 0 && age < hours) byAge[age]! += row.views;
  }
  return byAge;
}

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type MedianComparison = { direction: 'ahead' | 'behind' | 'level'; percent: number } | null;

/** How far `value` is from `typical`, in whole percent of `typical`; null when there is nothing to compare with. */
export function compareWithMedian(value: number, typical: number | null): MedianComparison {
  if (typical === null || typical <= 0) return null;
  const percent = Math.round((Math.abs(value - typical) / typical) * 100);
  if (percent === 0) return { direction: 'level', percent: 0 };
  return { direction: value > typical ? 'ahead' : 'behind', percent };
}

/** "Ahead of the section median by 40% after 5 hours.", for the page and its tests. */
export function describeComparison({ comparison, hours, peerCount }: { comparison: MedianComparison; hours: number; peerCount: number }): string {
  const span = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  if (peerCount === 0) return `No other story in the section has hourly figures for its first ${span} yet.`;
  if (!comparison) return `The section's median story had no counted views in its first ${span}.`;
  if (comparison.direction === 'level') return `Level with the section median after ${span}.`;
  return `${comparison.direction === 'ahead' ? 'Ahead of' : 'Behind'} the section median by ${comparison.percent}% after ${span}.`;
}

const cumulative = (values: number[], hours: number) => values.slice(0, hours).reduce((sum, v) => sum + v, 0);

/**
 * The story's views by hour of age beside the median of its peers' at each hour, and the story's
 * total so far against the median peer's total at the same age.
 */
export function storyAgainstPeers({ story, peers, ageHours }: { story: number[]; peers: number[][]; ageHours: number }) {
  const hours = Math.min(ageHours, lifecycleHours);
  const points = Array.from({ length: hours }, (_, age) => ({ age, views: story[age] ?? 0, medianViews: median(peers.map((p) => p[age] ?? 0)) }));
  const storyTotal = cumulative(story, hours);
  const medianTotal = median(peers.map((p) => cumulative(p, hours)));
  return { hours, points, storyTotal, medianTotal, comparison: compareWithMedian(storyTotal, medianTotal), peerCount: peers.length };
}
