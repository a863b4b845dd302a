// The article page served directly by the app and through nginx's cache (deploy/nginx), in the
// same run, against a static file of the same size served by the app: what nginx in front buys
// during a spike on one story. Needs Debian's nginx (apt-get install -y nginx).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxBinary, startLocalNginx } from '@/deploy/local-nginx';
import { loadTest, printTable, type LoadResult } from './lib/load';
import { ensureProductionBuild, startServer } from './lib/server';

if (!nginxBinary) {
  console.log('nginx bench skipped: nginx is not installed (apt-get install -y nginx)');
  process.exit(0);
}
const port = Number(process.env.BENCH_PORT ?? 3300);
const nginxPort = port + 1;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const articlePath = '/articles/border-towns-brace-for-a-winter-without-the-night-ferry';
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-nginx-'));

ensureProductionBuild();
const server = await startServer({ port, databasePath: join(dir, 'bench.db'), env: { TRUSTED_PROXIES: '1' } });
const nginx = await startLocalNginx({ listenPort: nginxPort, upstreamPorts: [port], dir });
try {
  const results: LoadResult[] = [];
  const run = async (label: string, url: string) => {
    // Warmed by the same client: nginx keeps a variant per Accept-Encoding (Next's Vary), and
    // the first seconds after the app's own load run showed p99s of 440 ms that a second run did not.
    await loadTest({ label: 'warm-up', url, seconds: 2 });
    results.push(await loadTest({ label, url, seconds }));
    return results.at(-1)!;
  };
  // The same bytes, twice: the page as the app serves it from its ISR cache, and as nginx does.
  const direct = await run('article, app directly', server.baseUrl + articlePath);
  await run('article, through nginx cache', nginx.baseUrl + articlePath);
  printTable(results, direct, 'vs direct');
} finally {
  await nginx.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
