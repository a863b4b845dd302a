// Reader pages against the framework's ceiling: each cached page beside the prerendered page of
// about its size from the same build (app/bench-ceiling), with no data access. Interleaved
// rounds (ceiling, page, ceiling, page ...) so the shared machine's noise falls on both; the
// figures are medians of the per-round ratios. Without and with Accept-Encoding: gzip, br.
// Run: tsx bench/ceiling.ts (part of npm run bench). BENCH_CEILING_ROUNDS, BENCH_SECONDS;
// BENCH_CEILING_PAGES=0 measures the view action alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTest, parseWrkOutput, type LoadResult } from './lib/load';
import { firstArticlePath, nearestCeilingPage } from './lib/ceiling-pages';
import { ensureProductionBuild, fetchText, startServer, type RunningServer } from './lib/server';
import { startPlainNextApp } from './lib/plain-next-app';
import { actionId, readViewCount, viewActionId, viewActionRequest } from './lib/view-action';

const port = Number(process.env.BENCH_PORT ?? 3300);
const rounds = Number(process.env.BENCH_CEILING_ROUNDS ?? 5);
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const connections = 32;
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-ceiling-'));

type Sample = { rps: number; p50: number; p99: number };
type ActionRun = LoadResult & { cpuMsPerCall: number };

/** One round of action calls, with the CPU the serving process group spent per call answered. */
async function actionRound(target: RunningServer, options: Parameters<typeof loadTest>[0]): Promise<ActionRun> {
  const cpuBefore = target.cpuSeconds();
  const result = await loadTest(options);
  return { ...result, cpuMsPerCall: (1000 * (target.cpuSeconds() - cpuBefore)) / Math.max(1, result.completed) };
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function wrk(url: string, gzip: boolean): Sample {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...(gzip ? ['-H', 'Accept-Encoding: gzip, br'] : []), url];
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout;
  const { rps, p50, p99, non2xx } = parseWrkOutput(out);
  if (non2xx > 0) throw new Error(`${url} answered errors under load:\n${out}`);
  return { rps, p50, p99 };
}

if (spawnSync('wrk', ['--version']).error) {
  console.log('bench/ceiling.ts needs wrk (apt-get install -y wrk); skipped');
  process.exit(0);
}
ensureProductionBuild();
const databasePath = join(dir, 'bench.db');
// Every bench request comes from 127.0.0.1: the per-address limit and cap are lifted for this server only.
const server = await startServer({ port, databasePath, env: { VIEW_RATE_LIMIT_MAX: '100000000', VIEW_DAILY_CAP_PER_ADDRESS: '100000000' } });
try {
  const front = await fetchText(`${server.baseUrl}/`);
  const article = firstArticlePath(front);
  const pages = [
    ['front page', '/'],
    ['article page', article],
    ['section page', '/sections/world'],
  ] as const;
  console.log(
    `\nreader pages (cache hits) against a prerendered page of about their size, ${rounds} interleaved rounds of ${seconds} s, ${connections} connections`,
  );
  console.log(
    `${'page'.padEnd(14)}${'KiB'.padStart(6)}${'ceiling'.padStart(9)}  ${'encoding'.padEnd(10)}${'req/s ratio'.padStart(12)}${'p50 ms'.padStart(14)}${'p99 ms'.padStart(16)}${'p99 ratio'.padStart(11)}`,
  );
  for (const [label, path] of process.env.BENCH_CEILING_PAGES === '0' ? [] : pages) {
    const bytes = (await fetchText(server.baseUrl + path)).length;
    const { kb, path: ceiling } = nearestCeilingPage(bytes);
    await fetchText(server.baseUrl + ceiling);
    for (const gzip of [false, true]) {
      const pageSamples: Sample[] = [];
      const ceilingSamples: Sample[] = [];
      for (let round = 0; round < rounds; round++) {
        ceilingSamples.push(wrk(server.baseUrl + ceiling, gzip));
        pageSamples.push(wrk(server.baseUrl + path, gzip));
      }
      const rpsRatio = median(pageSamples.map((s, i) => s.rps / ceilingSamples[i]!.rps));
      const p99Ratio = median(pageSamples.map((s, i) => s.p99 / ceilingSamples[i]!.p99));
      const pair = (key: keyof Sample) =>
        `${median(pageSamples.map((s) => s[key])).toFixed(1)}/${median(ceilingSamples.map((s) => s[key])).toFixed(1)}`;
      console.log(
        `${label.padEnd(14)}${(bytes / 1024).toFixed(0).padStart(6)}${`${kb} KiB`.padStart(9)}  ${(gzip ? 'gzip, br' : 'none').padEnd(10)}${`${rpsRatio.toFixed(2)}x`.padStart(12)}${pair('p50').padStart(14)}${pair('p99').padStart(16)}${`${p99Ratio.toFixed(2)}x`.padStart(11)}`,
      );
    }
  }
  console.log('(p50 and p99: the page / the ceiling, medians over the rounds; goal: req/s ratio >= 0.9x, p99 ratio <= 1.5x)');

  // The view action (a new visitor each call) against a no-op action of the same shape, same build.
  const slug = article.split('/').pop()!;
  const { id: articleId, viewCount: before } = readViewCount(databasePath, slug);
  const view = viewActionRequest({ baseUrl: server.baseUrl, actionId: viewActionId(), articleId });
  const noOp = viewActionRequest({ baseUrl: server.baseUrl, actionId: actionId('benchNoOpViewAction'), articleId });
  const perRound = 300 * seconds;
  const viewRuns: ActionRun[] = [];
  const noOpRuns: ActionRun[] = [];
  const viewRound = () => actionRound(server, { label: 'view action', url: server.baseUrl + article, request: view, amount: perRound, connections });
  for (let round = 0; round < rounds; round++) {
    noOpRuns.push(
      await actionRound(server, {
        label: 'no-op action',
        url: `${server.baseUrl}/bench-ceiling/no-op-action`,
        request: noOp,
        amount: perRound,
        connections,
      }),
    );
    viewRuns.push(await viewRound());
  }
  // The same no-op in a plain Next.js app: the framework's own ceiling, without Broadsheet's front door and proxy.
  const plain = await startPlainNextApp(port + 1);
  const plainRuns: ActionRun[] = [];
  try {
    const plainNoOp = viewActionRequest({ baseUrl: plain.baseUrl, actionId: actionId('benchNoOpViewAction', plain.dir), articleId });
    for (let round = 0; round < rounds; round++) {
      plainRuns.push(
        await actionRound(plain, { label: 'plain no-op', url: `${plain.baseUrl}/action`, request: plainNoOp, amount: perRound, connections }),
      );
      viewRuns.push(await viewRound());
    }
  } finally {
    await plain.stop();
  }
  const answered = viewRuns.reduce((sum, r) => sum + r.completed, 0);
  const rose = readViewCount(databasePath, slug).viewCount - before;
  console.log(
    `\nview action (a new visitor each call) against a no-op action of the same shape, ${rounds} interleaved rounds of ${perRound} calls, ${connections} connections`,
  );
  const line = (label: string, runs: ActionRun[], ceilings: ActionRun[]) => {
    const rate = (list: ActionRun[]) => median(list.map((r) => r.requestsPerSecond)).toFixed(0);
    const p99 = (list: ActionRun[]) => median(list.map((r) => r.p99Ms)).toFixed(0);
    const cpu = (list: ActionRun[]) => median(list.map((r) => r.cpuMsPerCall)).toFixed(2);
    const ratio = median(runs.map((r, i) => r.requestsPerSecond / ceilings[i]!.requestsPerSecond)).toFixed(2);
    const cpuRatio = median(runs.map((r, i) => ceilings[i]!.cpuMsPerCall / r.cpuMsPerCall)).toFixed(2);
    console.log(
      `${label.padEnd(42)} view ${rate(runs)}/s p99 ${p99(runs)} ms; no-op ${rate(ceilings)}/s p99 ${p99(ceilings)} ms; ${ratio}x` +
        ` | server CPU per call: view ${cpu(runs)} ms, no-op ${cpu(ceilings)} ms; ${cpuRatio}x`,
    );
  };
  line('against the no-op in this build', viewRuns.slice(0, rounds), noOpRuns);
  line('against the no-op in a plain Next.js app', viewRuns.slice(rounds), plainRuns);
  console.log(
    '(goal: >= 0.7x the plain no-op; the gap between the two no-ops is what this app adds to an action call. CPU per call is the' +
      " server process group's user+system time over the calls answered: steadier than the rates on a shared machine)",
  );
  console.log(`counted: ${answered} answered, the count rose by ${rose} (${rose === answered ? 'none lost or doubled' : 'MISMATCH'})`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
