// Seeds a throwaway 100k-article corpus (~16M views, ~2.8M daily rows), times every page's
// queries against it, then times whole pages (reader and staff) from the production server.
// BENCH_SCALE_ARTICLES changes the size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-scale-'));
const databasePath = join(dir, 'scale.db');
const env = { ...process.env, DATABASE_PATH: databasePath };
const node = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed`);
  return result.stdout;
};

async function medianMs(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; body: string }> {
  const samples: number[] = [];
  let last = { status: 0, body: '' };
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    last = { status: response.status, body: await response.text() };
    if (i > 0) samples.push(performance.now() - started); // the first request warms caches
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, ...last };
}

try {
  process.stdout.write(node(['--import', 'tsx', 'scripts/seed.ts', '--articles', process.env.BENCH_SCALE_ARTICLES ?? '100000']));
  process.stdout.write(node(['--conditions=react-server', '--import', 'tsx', 'bench/query-times.ts']));
  const token = node(['--conditions=react-server', '--import', 'tsx', 'bench/create-staff-session.ts']);

  ensureProductionBuild();
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3300), databasePath });
  try {
    const staff = { cookie: `bs_staff=${token}` };
    console.log('\nwhole pages from the production server at this scale (median of 5 after a warm-up)');
    const tag = /href="\/tags\/([a-z0-9-]+)"/.exec(
      await fetchText(`${server.baseUrl}/articles/${/href="\/articles\/([a-z0-9-]+)"/.exec(await fetchText(server.baseUrl + '/'))![1]}`),
    )![1];
    for (const [label, path, headers] of [
      ['front page', '/', {}],
      ['section page 1', '/sections/world', {}],
      ['section page 500', '/sections/world?page=500', {}],
      [`tag page (${tag})`, `/tags/${tag}`, {}],
      ['search "people"', '/search?q=people', {}],
      ['site feed', '/feed.xml', {}],
      ['sitemap index', '/sitemap.xml', {}],
      ['staff dashboard, 7 days', '/staff', staff],
      ['staff dashboard, 30 days', '/staff?period=30d', staff],
      ['staff dashboard, 90 days', '/staff?period=90d', staff],
      ['staff CSV, 30 days', '/staff/export/top-stories?period=30d', staff],
    ] as const) {
      const { ms, status, body } = await medianMs(server.baseUrl + path, headers);
      const note = path === '/sitemap.xml' ? ` (${(body.match(/articles-\d+\.xml/g) ?? []).length} article sitemaps)` : '';
      console.log(`${label.padEnd(34)}${ms.toFixed(1).padStart(9)} ms  HTTP ${status}${note}`);
    }
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
