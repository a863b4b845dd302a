import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareWithMedian, describeComparison, median, storyAgainstPeers, viewsByAge } from '@/lib/story-lifecycle';

test('the median is the middle value, or the mean of the middle two', () => {
  assert.equal(median([]), null);
  assert.equal(median([7]), 7);
  assert.equal(median([9, 1, 5]), 5);
  assert.equal(median([1, 2, 10, 40]), 6);
});

test('hourly rows become views by hour of age, from the publication hour, and nothing outside it', () => {
  const published = 1_800_000_000 - (1_800_000_000 % 3600);
  const rows = [
    { hour: published - 3600, views: 99 }, // before publication: cannot happen, and is not counted
    { hour: published, views: 4 },
    { hour: published + 2 * 3600, views: 6 },
    { hour: published + 80 * 3600, views: 50 }, // past the window
  ];
  assert.deepEqual(viewsByAge(rows, published, 4), [4, 0, 6, 0]);
});

test('a story is compared with the median peer at the same age, in words', () => {
  const peers = [
    [10, 10, 10],
    [20, 20, 20],
    [5, 5, 5],
  ];
  const ahead = storyAgainstPeers({ story: [30, 20, 10, 999], peers, ageHours: 3 });
  assert.equal(ahead.storyTotal, 60); // the fourth hour is past the story's age
  assert.equal(ahead.medianTotal, 30);
  assert.deepEqual(ahead.comparison, { direction: 'ahead', percent: 100 });
  assert.deepEqual(
    ahead.points.map((p) => p.medianViews),
    [10, 10, 10],
  );
  assert.equal(describeComparison(ahead), 'Ahead of the section median by 100% after 3 hours.');
  const behind = storyAgainstPeers({ story: [3, 3, 3], peers, ageHours: 3 });
  assert.equal(describeComparison(behind), 'Behind the section median by 70% after 3 hours.');
  assert.equal(describeComparison({ comparison: compareWithMedian(30, 30), hours: 1, peerCount: 3 }), 'Level with the section median after 1 hour.');
  assert.equal(compareWithMedian(5, 0), null, 'no percent of nothing');
  assert.equal(
    describeComparison({ comparison: null, hours: 3, peerCount: 4 }),
    "The section's median story had no counted views in its first 3 hours.",
  );
  assert.equal(
    describeComparison(storyAgainstPeers({ story: [1, 2], peers: [], ageHours: 2 })),
    'No other story in the section has hourly figures for its first 2 hours yet.',
  );
  // Past 72 hours the comparison stays at 72.
  assert.equal(storyAgainstPeers({ story: [], peers, ageHours: 500 }).hours, 72);
});
