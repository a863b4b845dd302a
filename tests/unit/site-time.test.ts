import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantFromSiteLocalInput, siteLocalInputValue } from '@/lib/site-time';

// The site clock in these tests is SITE_TIME_ZONE's default, America/New_York.
test("a time typed on the newsroom's clock is the instant it names there, summer and winter", () => {
  assert.equal(instantFromSiteLocalInput('2026-12-03T14:30')?.toISOString(), '2026-12-03T19:30:00.000Z');
  assert.equal(instantFromSiteLocalInput('2026-07-03T14:30:05')?.toISOString(), '2026-07-03T18:30:05.000Z');
  assert.equal(siteLocalInputValue(new Date('2026-12-03T19:30:00Z')), '2026-12-03T14:30');
  assert.equal(siteLocalInputValue(new Date('2026-12-03T19:30:05Z'), { seconds: true }), '2026-12-03T14:30:05');
  // 01:30 on the night the clocks go back happens twice; either reading is that wall time.
  assert.equal(siteLocalInputValue(instantFromSiteLocalInput('2026-11-01T01:30')!), '2026-11-01T01:30');
});

test('anything but a real date and time is refused', () => {
  for (const value of ['2026-02-30T10:00', '2026-12-03 14:30', '2026-12-03T25:00', 'tomorrow', '', '2026-12-03T14:30:61']) {
    assert.equal(instantFromSiteLocalInput(value), null, value);
  }
});
