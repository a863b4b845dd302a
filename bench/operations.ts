// What an operator's tools cost readers (issue 10), each against a baseline measured in the same
// run: page latency while another process holds the write lock, the write-ahead log while a
// reader is held open under view load, and a backup taken while views are counted.
// BENCH_BASELINE_DIR=<another built checkout> runs the first two against that build too.
// Run: tsx bench/operations.ts (part of npm run bench).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureProductionBuild, startServer, type RunningServer } from './lib/server';
import { readViewCount, viewActionId, viewActionRequest } from './lib/view-action';

const port = Number(process.env.BENCH_PORT ?? 3300);
const articlePath = '/articles/border-towns-brace-for-a-winter-without-the-night-ferry';
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-operations-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const walBytes = (databasePath: string) => {
  try {
    return statSync(`${databasePath}-wal`).size;
  } catch {
    return 0;
  }
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pageTimes(baseUrl: string, count: number): Promise<{ medianMs: number; maxMs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (await fetch(baseUrl + (i % 2 ? '/' : articlePath))).text();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(count / 2)]!, maxMs: samples.at(-1)! };
}

function viewPoster(server: RunningServer, databasePath: string, checkout: string) {
  const article = readViewCount(databasePath, articlePath.split('/').pop()!);
  const request = viewActionRequest({ baseUrl: server.baseUrl, actionId: viewActionId(checkout), articleId: article.id });
  return async () => /"counted":true/.test(await (await fetch(server.baseUrl + articlePath, { ...request, body: request.body() })).text());
}

/** Another process holds the write lock for 3 s (a migration, the staff CLI) while 20 views arrive and pages are read. */
async function lockedFile(server: RunningServer, databasePath: string, postView: () => Promise<boolean>) {
  await pageTimes(server.baseUrl, 10); // both pages cached
  const idle = await pageTimes(server.baseUrl, 40);
  const other = new Database(databasePath);
  other.exec('BEGIN IMMEDIATE');
  const heldAt = performance.now();
  const views = Array.from({ length: 20 }, () => postView());
  const locked = await pageTimes(server.baseUrl, 40);
  await pause(Math.max(0, 3000 - (performance.now() - heldAt)));
  other.exec('COMMIT');
  other.close();
  const counted = (await Promise.all(views)).filter(Boolean).length;
  console.log(`  pages idle:    median ${idle.medianMs.toFixed(1)} ms, worst ${idle.maxMs.toFixed(1)} ms`);
  console.log(
    `  pages locked:  median ${locked.medianMs.toFixed(1)} ms, worst ${locked.maxMs.toFixed(1)} ms (${(locked.maxMs / idle.maxMs).toFixed(1)}x idle)`,
  );
  console.log(`  views posted during the lock: ${counted} of ${views.length} counted`);
}

/** A reader held open 20 s by another process while views are counted: the log cannot restart meanwhile. */
async function heldReader(databasePath: string, postView: () => Promise<boolean>) {
  const reader = new Database(databasePath, { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM articles').get();
  const start = walBytes(databasePath);
  let posted = 0;
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    await Promise.all(Array.from({ length: 16 }, () => postView()));
    posted += 16;
  }
  const peak = walBytes(databasePath);
  reader.exec('COMMIT');
  reader.close();
  await Promise.all(Array.from({ length: 16 }, () => postView())); // a write after the reader has gone
  await pause(61_000); // the server's minute checkpoint
  const perView = ((peak - start) / posted / 1024).toFixed(1);
  console.log(`  ${posted} views; log ${mb(start)} -> ${mb(peak)} while held (${perView} KB per view), ${mb(walBytes(databasePath))} a minute after`);
}

async function runAgainst(label: string, checkout: string, backup: boolean) {
  const databasePath = join(dir, `${label.replaceAll(' ', '-')}.db`);
  const server = await startServer({
    port,
    databasePath,
    cwd: checkout,
    env: { VIEW_RATE_LIMIT_MAX: '100000000', VIEW_DAILY_CAP_PER_ADDRESS: '100000000' },
  });
  const postView = viewPoster(server, databasePath, checkout);
  try {
    console.log(`\n${label}: write lock held by another process for 3 s`);
    await lockedFile(server, databasePath, postView);
    console.log(`${label}: reader held open 20 s during view load`);
    await heldReader(databasePath, postView);
    if (backup) {
      const load = Promise.all(Array.from({ length: 200 }, () => postView()));
      const output = execFileSync('npx', ['--no-install', 'tsx', 'scripts/backup.ts', '--dir', join(dir, 'backups')], {
        env: { ...process.env, DATABASE_PATH: databasePath },
        encoding: 'utf8',
      });
      await load;
      console.log(`${label}: backup during view load: ${output.trim()}`);
    }
  } finally {
    await server.stop();
  }
}

ensureProductionBuild();
try {
  await runAgainst('this build', process.cwd(), true);
  if (process.env.BENCH_BASELINE_DIR) await runAgainst('baseline', process.env.BENCH_BASELINE_DIR, false);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
