// Where a view action's server time goes: the production server under `node --cpu-prof`, a
// new visitor each call (32 connections), and each thread's self time by file during the calls.
// Not part of `npm run bench` (a profile, not a figure). Run: tsx bench/profile-view-action.ts
// [view|no-op]; BENCH_PROFILE_CALLS (8000).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfTimeByFile } from './lib/cpu-profile';
import { firstArticlePath } from './lib/ceiling-pages';
import { loadTest } from './lib/load';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';
import { actionId, readViewCount, viewActionId, viewActionRequest } from './lib/view-action';
import { frontDoorBundlePath } from '@/scripts/front-door-bundle';

const which = process.argv[2] === 'no-op' ? 'no-op' : 'view';
const calls = Number(process.env.BENCH_PROFILE_CALLS ?? 8000);
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-profile-'));
const profiles = join(dir, 'profiles');
ensureProductionBuild();
const databasePath = join(dir, 'bench.db');
const server = await startServer({
  port: Number(process.env.BENCH_PORT ?? 3300),
  databasePath,
  env: { VIEW_RATE_LIMIT_MAX: '100000000', VIEW_DAILY_CAP_PER_ADDRESS: '100000000' },
  command: [process.execPath, '--cpu-prof', `--cpu-prof-dir=${profiles}`, frontDoorBundlePath],
});
let window: { fromNs: bigint; toNs: bigint };
try {
  const article = firstArticlePath(await fetchText(`${server.baseUrl}/`));
  const { id: articleId } = readViewCount(databasePath, article.split('/').pop()!);
  const request = viewActionRequest({
    baseUrl: server.baseUrl,
    actionId: which === 'view' ? viewActionId() : actionId('benchNoOpViewAction'),
    articleId,
  });
  const url = server.baseUrl + (which === 'view' ? article : '/bench-ceiling/no-op-action');
  await loadTest({ label: 'warm-up', url, request, amount: 2000, connections: 32 });
  const cpuBefore = server.cpuSeconds();
  const fromNs = process.hrtime.bigint();
  const result = await loadTest({ label: which, url, request, amount: calls, connections: 32 });
  window = { fromNs, toNs: process.hrtime.bigint() };
  const cpuMs = (1000 * (server.cpuSeconds() - cpuBefore)) / result.completed;
  console.log(`${which} action under --cpu-prof: ${result.requestsPerSecond.toFixed(0)}/s, server CPU ${cpuMs.toFixed(2)} ms a call`);
} finally {
  await server.stop(); // the profiles are written as the process exits
}
// One file per thread, numbered in start order: the main thread first, then the workers.
for (const [n, file] of readdirSync(profiles).sort().entries()) {
  const { busy, shares } = selfTimeByFile(join(profiles, file), window);
  if (busy < 0.02) continue; // a thread that slept through the calls
  console.log(`\nthread ${n} (${n === 0 ? 'main' : 'worker'}): ${(busy * 100).toFixed(0)}% busy during the calls; self time by file, top 12`);
  for (const [place, share] of shares.slice(0, 12)) console.log(`${(share * 100).toFixed(1).padStart(6)}%  ${place}`);
}
rmSync(dir, { recursive: true, force: true });
