// npm run bench: load figures for the production build, each page against a static file of
// the same size served by the same server in the same run (this machine is shared and noisy,
// so only ratios are worth quoting).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTest, printTable, type LoadResult } from './lib/load';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';
import { concurrentBurst, readViewCount, viewActionId, viewActionRequest } from './lib/view-action';

const port = Number(process.env.BENCH_PORT ?? 3300);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const articlePath = '/articles/border-towns-brace-for-a-winter-without-the-night-ferry';
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'));
const databasePath = join(dir, 'bench.db');
const staticDir = join('public', '_bench');

ensureProductionBuild();

// First start seeds the database; its article page becomes the static baseline, which Next.js
// only serves from public/ if the file exists when the server starts.
let server = await startServer({ port, databasePath });
const articleHtml = await fetchText(server.baseUrl + articlePath);
await server.stop();
mkdirSync(staticDir, { recursive: true });
writeFileSync(join(staticDir, 'article.html'), articleHtml);

// Every bench request comes from 127.0.0.1; lift the per-address limit and cap for this server only.
server = await startServer({ port, databasePath, env: { VIEW_RATE_LIMIT_MAX: '100000000', VIEW_DAILY_CAP_PER_ADDRESS: '100000000' } });
try {
  const results: LoadResult[] = [];
  const run = async (label: string, path: string) => {
    await fetchText(server.baseUrl + path); // warm up
    const result = await loadTest({ label, url: server.baseUrl + path, seconds });
    results.push(result);
    return result;
  };
  console.log(`static baseline: ${(articleHtml.length / 1024).toFixed(1)} KiB; ${seconds} s per page`);
  const baseline = await run('static file (same size)', '/_bench/article.html');
  await run('front page', '/');
  await run('article page', articlePath);
  await run('section page', '/sections/world');
  printTable(results, baseline);

  // The view action: throughput under load, then a burst of simultaneous new visitors.
  const slug = articlePath.split('/').pop()!;
  const article = readViewCount(databasePath, slug);
  const request = viewActionRequest({ baseUrl: server.baseUrl, actionId: viewActionId(), articleId: article.id });
  const action = await loadTest({ label: 'view action (new visitor each)', url: server.baseUrl + articlePath, request, amount: 400 * seconds });
  const afterLoad = readViewCount(databasePath, slug).viewCount;
  printTable([action], baseline);
  console.log(
    `view action: ${action.completed} answered, count rose by ${afterLoad - article.viewCount} (${afterLoad - article.viewCount === action.completed ? 'none lost' : 'MISMATCH'})`,
  );

  const burst = 200;
  const counts = await concurrentBurst({ url: server.baseUrl + articlePath, request, size: burst });
  const afterBurst = readViewCount(databasePath, slug).viewCount;
  const distinct = new Set(counts).size;
  const exact = afterBurst - afterLoad === burst && distinct === burst && Math.max(...(counts as number[])) === afterBurst;
  console.log(
    `burst of ${burst} simultaneous visitors: count rose by ${afterBurst - afterLoad}, ${distinct} distinct counts returned -> ${exact ? 'every one counted exactly once' : 'LOST OR DOUBLE COUNTS'}`,
  );
} finally {
  await server.stop();
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
