import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '@/lib/csv';
import { siteOpenGraph } from '@/lib/page-metadata';
import { jsonLdScriptText } from '@/lib/structured-data';

test('CSV: every text cell is quoted; formulas are defused at the start and after any separator a spreadsheet may split on', () => {
  const csv = toCsv(
    ['headline', 'views'],
    [
      ['Tom, Jerry and "friends"', 12],
      ['Two\r\nlines', 3],
      ['=HYPERLINK("http://evil.example")', 1],
      ['+1 for the council', 0],
      ['-40 degrees', -4],
      ['@mention', 5],
      ['Budget;=cmd|" /c calc"!A1', 6],
      ['Tabs\t=1+1 and commas, @SUM(A1) and 3-2 scores', 7],
    ],
  );
  assert.equal(
    csv,
    [
      '"headline","views"',
      '"Tom, Jerry and ""friends""",12',
      '"Two\r\nlines",3',
      `"'=HYPERLINK(""http://evil.example"")",1`,
      `"'+1 for the council",0`,
      `"'-40 degrees",-4`,
      `"'@mention",5`,
      `"Budget;'=cmd|"" /c calc""!A1",6`,
      `"Tabs\t'=1+1 and commas, '@SUM(A1) and 3-2 scores",7`,
      '',
    ].join('\r\n'),
  );
});

test('JSON-LD text cannot close its script element, and still parses to the same data', () => {
  const data = { headline: 'Council </script><script>alert(1)</script> vote', note: 'line\u2028separator' };
  const text = jsonLdScriptText(data);
  assert.doesNotMatch(text, /<\/script/i);
  assert.doesNotMatch(text, /\u2028/);
  assert.deepEqual(JSON.parse(text), data);
});

test("every page's Open Graph keeps the site name and locale, whatever the page adds", () => {
  assert.deepEqual(siteOpenGraph(), { siteName: 'Broadsheet', locale: 'en_US', type: 'website' });
  const article = siteOpenGraph({ type: 'article', title: 'A story' });
  assert.equal(article.siteName, 'Broadsheet');
  assert.equal(article.locale, 'en_US');
  assert.equal((article as { type: string }).type, 'article');
});
