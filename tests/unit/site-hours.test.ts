import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteHourStart, siteHoursOfDay } from '@/lib/site-hours';
import { siteDayKey } from '@/lib/site-time';

// The site clock in these tests is SITE_TIME_ZONE's default, America/New_York.
const at = (iso: string) => new Date(iso);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

test('an instant falls in the site hour that began on the hour of the newsroom clock', () => {
  assert.equal(iso(siteHourStart(at('2026-12-03T19:59:59.999Z'))), '2026-12-03T19:00:00.000Z'); // 2:59 p.m. EST
  assert.equal(iso(siteHourStart(at('2026-12-03T20:00:00Z'))), '2026-12-03T20:00:00.000Z');
  assert.equal(iso(siteHourStart(at('2026-07-03T04:30:00Z'))), '2026-07-03T04:00:00.000Z'); // 00:30 EDT
});

test('the night the clocks go back has 25 hours, and 1 a.m. happens twice as two hours', () => {
  const hours = siteHoursOfDay('2026-11-01');
  assert.equal(hours.length, 25);
  assert.equal(iso(hours[0]!), '2026-11-01T04:00:00.000Z'); // midnight EDT
  assert.equal(iso(hours[1]!), '2026-11-01T05:00:00.000Z'); // 1 a.m. EDT
  assert.equal(iso(hours[2]!), '2026-11-01T06:00:00.000Z'); // 1 a.m. again, EST
  assert.equal(iso(hours[24]!), '2026-11-02T04:00:00.000Z'); // 11 p.m. EST
  // A view at 1:30 EDT and one at 1:30 EST are an hour apart, in different buckets.
  assert.notEqual(siteHourStart(at('2026-11-01T05:30:00Z')), siteHourStart(at('2026-11-01T06:30:00Z')));
  for (const hour of hours) assert.equal(siteDayKey(new Date(hour * 1000)), '2026-11-01');
});

test('the night the clocks go forward has 23 hours, and 2 a.m. never happens', () => {
  const hours = siteHoursOfDay('2026-03-08');
  assert.equal(hours.length, 23);
  assert.equal(iso(hours[1]!), '2026-03-08T06:00:00.000Z'); // 1 a.m. EST
  assert.equal(iso(hours[2]!), '2026-03-08T07:00:00.000Z'); // 3 a.m. EDT, an hour later
  assert.equal(siteHoursOfDay('2026-03-09').length, 24);
});

test('consecutive instants across a day never skip or repeat an hour bucket', () => {
  const seen = new Set<number>();
  for (let t = Date.parse('2026-10-31T12:00:00Z'); t < Date.parse('2026-11-02T12:00:00Z'); t += 7 * 60_000) seen.add(siteHourStart(new Date(t)));
  const sorted = [...seen].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) assert.equal(sorted[i]! - sorted[i - 1]!, 3600);
});
