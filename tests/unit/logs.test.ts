import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogBudget, isLoggedStatus, loggedRoute } from '@/lib/http/request-log';
import { consoleCallAsLogLine } from '@/lib/log';

test('an error logged by Next.js becomes one JSON line without absolute build paths', () => {
  const error = new Error('database is locked');
  error.stack = [
    'Error: database is locked',
    `    at recordArticleView (${process.cwd()}/.next/server/chunks/ssr/db_queries_article-views.js:12:9)`,
    `    at async handler (${process.cwd()}/node_modules/next/dist/server/base-server.js:100:3)`,
    ...Array.from({ length: 20 }, (_, i) => `    at frame${i} (${process.cwd()}/x.js:1:1)`),
  ].join('\n');
  const line = consoleCallAsLogLine('error', [' ⨯', error], { id: 'request-1', route: '/articles/x' });
  assert.doesNotMatch(line, /\n/);
  assert.ok(!line.includes(process.cwd()), line);
  const entry = JSON.parse(line) as { level: string; event: string; id: string; route: string; message: string; error: string; frames: string[] };
  assert.equal(entry.level, 'error');
  assert.deepEqual([entry.id, entry.route], ['request-1', '/articles/x'], 'the request being served');
  assert.equal(entry.event, 'server-error');
  assert.equal(entry.error, 'Error: database is locked');
  assert.deepEqual(entry.frames.slice(0, 1), ['at recordArticleView (.next/server/chunks/ssr/db_queries_article-views.js:12:9)']);
  assert.equal(entry.frames.length, 4);
});

test('a logged message is cut at 500 characters and kept on one line', () => {
  const entry = JSON.parse(consoleCallAsLogLine('warn', ['\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m a\nb', 'x'.repeat(20_000)])) as {
    message: string;
  };
  assert.equal(entry.message.length, 500);
  assert.match(entry.message, /^⨯ a b x+$/);
});

test('the request log names refusals and errors by path only, cut at 200 characters', () => {
  assert.deepEqual([200, 301, 404, 400, 403, 405, 413, 429, 500, 503].filter(isLoggedStatus), [400, 403, 405, 413, 429, 500, 503]);
  assert.equal(loggedRoute('/search?q=my+private+words'), '/search');
  assert.equal(loggedRoute(`/${'a'.repeat(15_000)}`), `/${'a'.repeat(199)}…`);
});

test('a flood of log lines is held to the budget and the next line says how many were left out', () => {
  const budget = createLogBudget({ max: 2, windowMs: 1000 });
  const taken = [0, 1, 2, 3, 4].map((i) => budget.take(i));
  assert.deepEqual(
    taken.map((t) => t.write),
    [true, true, false, false, false],
  );
  assert.deepEqual(budget.take(1000), { write: true, suppressedBefore: 3 });
  assert.deepEqual(budget.take(1001), { write: true, suppressedBefore: 0 });
});
