import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFtsQuery, matchEnd, matchStart } from '@/lib/search-query';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 120, isolateTests: true });
const { searchArticles, searchCandidateLimit } = await import('@/db/queries/search');
const sqlite = db.$client;

test('the FTS query builder quotes every word, so operators and syntax are plain text', async () => {
  assert.equal(buildFtsQuery('night ferry'), '"night" "ferry"*');
  assert.equal(buildFtsQuery('the'), '"the"', 'short last words are not prefixes');
  assert.equal(buildFtsQuery('"ferry" OR headline:winter NEAR(a b) * -x'), '"ferry" "or" "headline" "winter" "near" "a" "b" "x"');
  assert.equal(buildFtsQuery('Women’s léague'), '"women" "s" "léague"*');
  for (const nothing of ['', '   ', '"""', '***', '()', '\u0000']) assert.equal(buildFtsQuery(nothing), null);
  assert.ok(buildFtsQuery('word '.repeat(2000))!.split(' ').length <= 12, 'at most 12 terms from a 10 KB string');
});

test('search finds a story by a headline word and marks the match', async () => {
  const results = (await searchArticles({ ftsQuery: buildFtsQuery('glacier')!, page: 1 }))!;
  assert.equal(results.hits[0]?.slug, 'glacier-retreat-forces-a-mountain-village-to-move-its-water-supply');
  assert.ok(results.hits[0]!.headline.includes(`${matchStart}Glacier${matchEnd}`));
});

test('headline matches outrank body matches', async () => {
  const { hits } = (await searchArticles({ ftsQuery: buildFtsQuery('heatwave')!, page: 1 }))!;
  assert.match(hits[0]!.headline.replaceAll(matchStart, '').replaceAll(matchEnd, ''), /Heatwave/);
});

test('any text at all is a safe query: no exception, drafts never appear, pages past the end are null', async () => {
  for (const input of ['"', "' OR 1=1 --", 'NEAR(', 'a'.repeat(10_000), '😀 ferry', 'headline:ferry', 'x AND', '^ferry']) {
    const fts = buildFtsQuery(input);
    if (fts) await assert.doesNotReject(searchArticles({ ftsQuery: fts, page: 1 }), input.slice(0, 20));
  }
  sqlite.prepare("UPDATE articles SET status = 'draft' WHERE slug = 'glacier-retreat-forces-a-mountain-village-to-move-its-water-supply'").run();
  assert.equal((await searchArticles({ ftsQuery: buildFtsQuery('glacier')!, page: 1 }))!.hits.length, 0);
  assert.equal(await searchArticles({ ftsQuery: buildFtsQuery('ferry')!, page: 50 }), null);
});

test('the index follows edits to headlines', async () => {
  sqlite
    .prepare(
      "UPDATE articles SET headline = 'Zeppelin returns to the harbour' WHERE slug = 'a-port-city-learns-to-live-with-the-cruise-ships-it-courted'",
    )
    .run();
  assert.equal((await searchArticles({ ftsQuery: buildFtsQuery('zeppelin')!, page: 1 }))!.hits.length, 1);
  assert.equal((await searchArticles({ ftsQuery: buildFtsQuery('cruise ships courted')!, page: 1 }))!.hits.length, 0);
});

test('a word in every story ranks only the newest matches, says so, and has no page past them', async () => {
  sqlite.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100)
    INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at)
    SELECT 'ubiquitous-' || i, 'Ubiquitous story ' || i, 'S', 'The ubiquitous word.', section_id, author_id, 'published', published_at, created_at, updated_at
    FROM n, (SELECT * FROM articles LIMIT 1)`);
  const first = (await searchArticles({ ftsQuery: buildFtsQuery('ubiquitous')!, page: 1 }))!;
  assert.equal(first.capped, true);
  assert.equal(first.window.totalItems, searchCandidateLimit);
  assert.equal(first.window.totalPages, searchCandidateLimit / 20);
  assert.equal(first.hits.length, 20);
  assert.ok(
    first.hits.every((hit) => hit.snippet.includes(matchStart)),
    'snippets for the rows shown',
  );
  const newest = Number(first.hits.map((h) => /\d+$/.exec(h.slug)![0]).sort((a, b) => Number(b) - Number(a))[0]);
  assert.ok(newest > 1100 - searchCandidateLimit, 'candidates are the newest matches');
  assert.equal(await searchArticles({ ftsQuery: buildFtsQuery('ubiquitous')!, page: searchCandidateLimit / 20 + 1 }), null);
  assert.equal((await searchArticles({ ftsQuery: buildFtsQuery('glacier')!, page: 1 }))!.capped, false);
});

test('snippets show the words around the first match, marked, with accents and case folded and the last word a prefix', async () => {
  const { markMatches, snippetOf, termsOfFtsQuery } = await import('@/lib/search-snippet');
  const terms = termsOfFtsQuery(buildFtsQuery('cafe ferr')!);
  assert.equal(markMatches('Café owners and the Ferry', terms), `${matchStart}Café${matchEnd} owners and the ${matchStart}Ferry${matchEnd}`);
  const body = `## Opening\n\n${'word '.repeat(40)}then the **ferry** left [the port](https://example.org) ${'tail '.repeat(40)}`;
  const snippet = snippetOf(body, terms);
  assert.match(snippet, new RegExp(`^…(word ){4}then the ${matchStart}ferry${matchEnd} left the port (tail ){17}tail…$`));
  assert.equal(snippetOf('No match here at all', terms), 'No match here at all');
});
