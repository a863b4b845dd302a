// Seeds a throwaway 100k-article corpus (~16M views, ~2.8M daily rows) and times every
// page's queries against it. BENCH_SCALE_ARTICLES changes the size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-scale-'));
const env = { ...process.env, DATABASE_PATH: join(dir, 'scale.db') };
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed`);
};
try {
  run(['--import', 'tsx', 'scripts/seed.ts', '--articles', process.env.BENCH_SCALE_ARTICLES ?? '100000']);
  run(['--conditions=react-server', '--import', 'tsx', 'bench/query-times.ts']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
