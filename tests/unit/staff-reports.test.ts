import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDaysToDayKey, siteDayKeyDaysAgo } from '@/lib/site-time';
import { formatPercentChange, percentChange } from '@/lib/staff-reports/change';
import { reportCsv, reportJson } from '@/lib/staff-reports/report';
import { sourcesReport } from '@/lib/staff-reports/readership-reports';
import { parseStaffView, staffViewQuery } from '@/lib/staff-period';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 60, isolateTests: true });
const { dashboardReports } = await import('@/lib/server/staff-reports/dashboard-reports');
const sqlite = db.$client;
const sumViews = (sql: string, ...params: unknown[]) =>
  (sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number | null) ?? 0;

test('a change is a percentage of the figure before, and a change from nothing reads "new"', () => {
  assert.equal(percentChange(150, 100), 50);
  assert.equal(percentChange(50, 200), -75);
  assert.equal(percentChange(1, 3), -66.7);
  assert.equal(percentChange(7, 0), null);
  assert.equal(formatPercentChange(50, { current: 150 }), '+50%');
  assert.equal(formatPercentChange(-66.7, { current: 1 }), '−66.7%');
  assert.equal(formatPercentChange(0, { current: 5 }), '0%');
  assert.equal(formatPercentChange(null, { current: 7 }), 'new');
  assert.equal(formatPercentChange(null, { current: 0 }), '–');
});

test('the period before has as many whole days and ends the day before the period starts', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  const view = parseStaffView({ period: '7d', compare: 'previous' }, now)!;
  assert.deepEqual([view.period.sinceDay, view.period.untilDay], ['2026-03-04', '2026-03-10']);
  assert.deepEqual([view.compare!.sinceDay, view.compare!.untilDay], ['2026-02-25', '2026-03-03']);
  const today = parseStaffView({ period: 'today', compare: 'previous' }, now)!;
  assert.deepEqual([today.compare!.sinceDay, today.compare!.untilDay, today.compare!.label], ['2026-03-09', '2026-03-09', 'yesterday']);
  assert.equal(parseStaffView({ period: '7d', compare: 'last-year' }, now), null, 'an unknown comparison is refused, not ignored');
  assert.equal(parseStaffView({ period: '7d', compare: ['previous', 'previous'] }, now), null);
  assert.equal(parseStaffView({}, now)!.compare, null);
  assert.equal(staffViewQuery({ periodKey: '30d', comparing: true }), '?period=30d&compare=previous');
  assert.equal(staffViewQuery({ periodKey: '7d', comparing: false }), '');
});

test('the sources table shows each group and at most its five busiest hosts, and its export holds those rows and no others', () => {
  const rows = [
    { source: 'search' as const, host: 'google.com', views: 40 },
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((h, i) => ({ source: 'social' as const, host: `${h}.example`, views: 10 - i })),
    { source: 'direct' as const, host: '', views: 5 },
  ];
  const report = sourcesReport({
    title: 'Sources',
    range: null,
    rows,
    previous: { range: { sinceDay: '2026-01-01', untilDay: '2026-01-07' }, rows: [{ source: 'search', host: 'google.com', views: 20 }] },
  });
  assert.deepEqual(
    report.rows.map((r) => [r.kind, r.source, r.host, r.views, r.previousViews, r.change]),
    [
      ['group', 'social', '', 45, 0, null],
      ['host', 'social', 'a.example', 10, 0, null],
      ['host', 'social', 'b.example', 9, 0, null],
      ['host', 'social', 'c.example', 8, 0, null],
      ['host', 'social', 'd.example', 7, 0, null],
      ['host', 'social', 'e.example', 6, 0, null],
      ['group', 'search', '', 40, 20, 100],
      ['host', 'search', 'google.com', 40, 20, 100],
      ['group', 'direct', '', 5, 0, null],
    ],
  );
  const csv = reportCsv(report).trim().split('\r\n');
  assert.equal(csv[0], '"source","host","views","share_percent","previous_views","change_percent"');
  assert.equal(csv.length, 1 + report.rows.length, 'the sixth social host is not shown, so it is not exported');
  assert.equal(csv[7], '"Search","",40,44.4,20,100');
  const json = reportJson(report);
  assert.deepEqual(json.rows[7], { source: '', host: 'google.com', views: 40, share_percent: 44.4, previous_views: 20, change_percent: 100 });
  assert.deepEqual(json.compareWith, { sinceDay: '2026-01-01', untilDay: '2026-01-07' });
});

test('without a comparison, no report has the columns of one', async () => {
  const view = parseStaffView({ period: '30d' })!;
  for (const report of [
    dashboardReports.totals(view),
    dashboardReports['daily-views'](view),
    dashboardReports.sections(view),
    await dashboardReports['top-stories'](view),
    dashboardReports.sources(view),
    dashboardReports.campaigns(view),
  ]) {
    assert.ok(!report.columns.some((c) => c.key === 'previous_views' || c.key === 'change_percent'), report.name);
  }
});

test("compared with the period before, every total, section, story and day carries the database's figure for those days", async () => {
  const view = parseStaffView({ period: '7d', compare: 'previous' })!;
  const before = view.compare!;
  const between = 'SELECT sum(views) FROM article_daily_views WHERE day BETWEEN ? AND ?';

  const week = dashboardReports.totals(view).rows.find((r) => r.label === 'Last 7 days')!;
  assert.equal(week.views, sumViews(between, view.period.sinceDay, view.period.untilDay));
  assert.equal(week.previousViews, sumViews(between, before.sinceDay, before.untilDay));
  assert.ok(week.previousViews! > 0, 'the seed has views in the week before');
  assert.equal(week.change, percentChange(week.views, week.previousViews!));

  for (const row of dashboardReports.sections(view).rows) {
    const bySection = `SELECT sum(d.views) FROM article_daily_views d JOIN articles a ON a.id = d.article_id JOIN sections s ON s.id = a.section_id
       WHERE s.slug = ? AND d.day BETWEEN ? AND ?`;
    assert.equal(row.previousViews, sumViews(bySection, row.sectionSlug, before.sinceDay, before.untilDay), row.sectionName);
  }

  const top = await dashboardReports['top-stories'](view);
  assert.ok(top.rows.length > 0);
  for (const row of top.rows) {
    const ofStory = 'SELECT sum(views) FROM article_daily_views WHERE article_id = ? AND day BETWEEN ? AND ?';
    assert.equal(row.previousViews, sumViews(ofStory, row.story.id, before.sinceDay, before.untilDay), row.story.headline);
  }

  const daily = dashboardReports['daily-views'](view);
  assert.equal(daily.rows.length, 7);
  daily.rows.forEach((row, i) => {
    assert.equal(row.previousDay, addDaysToDayKey(before.sinceDay, i), 'day by day, the first with the first');
    assert.equal(row.previousViews, sumViews('SELECT sum(views) FROM site_daily_views WHERE day = ?', row.previousDay));
  });
});

test('campaigns are compared by the same source and campaign, and a new one reads as new', () => {
  const [storyId] = sqlite.prepare('SELECT id FROM articles LIMIT 1').pluck().all() as number[];
  const add = sqlite.prepare('INSERT INTO article_daily_campaigns (article_id, day, utm_source, utm_campaign, views) VALUES (?, ?, ?, ?, ?)');
  add.run(storyId, siteDayKeyDaysAgo(0), 'newsletter', 'monday', 30);
  add.run(storyId, siteDayKeyDaysAgo(8), 'newsletter', 'monday', 10);
  add.run(storyId, siteDayKeyDaysAgo(1), '=cmd', 'launch', 4);
  const report = dashboardReports.campaigns(parseStaffView({ period: '7d', compare: 'previous' })!);
  assert.deepEqual(
    report.rows.map((r) => [r.utmSource, r.utmCampaign, r.views, r.previousViews, r.change]),
    [
      ['newsletter', 'monday', 30, 10, 200],
      ['=cmd', 'launch', 4, 0, null],
    ],
  );
  assert.match(reportCsv(report), /^"'=cmd","launch",1,4,/m, 'a value a spreadsheet would run is neutralised');
});
