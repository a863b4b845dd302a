// Why Lighthouse's simulated LCP came out as it did: for each run on a page and on its floor,
// Lantern's estimate, the paint it observed on the unthrottled load, and every request and task in
// its LCP graph with their simulated times (bench/lib/lantern-lcp.ts). Not part of `npm run bench`.
// `npx tsx bench/lantern-lcp-graph.ts [path …]` (default: the front page's first story); RUNS=3.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { firstArticlePath, nearestCeilingPage } from './lib/ceiling-pages';
import { launchHeadlessChromium } from './lib/headless-chromium';
import { lanternLcp } from './lib/lantern-lcp';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';

const runs = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-lantern-'));
ensureProductionBuild();
const server = await startServer({ port: 3352, databasePath: join(dir, 'bench.db') });
const chrome = await launchHeadlessChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
try {
  const paths = process.argv.slice(2);
  if (paths.length === 0) paths.push(firstArticlePath(await fetchText(`${server.baseUrl}/`)));
  const targets: string[] = [];
  for (const path of paths) targets.push(path, nearestCeilingPage((await fetchText(server.baseUrl + path)).length).path);
  for (let run = 1; run <= runs; run++) {
    for (const path of targets) {
      const result = (await lighthouse(server.baseUrl + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      }))!;
      const observed = (result.lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
      const lcp = await lanternLcp(result, server.baseUrl);
      console.log(
        `\n${path}, run ${run}: LCP ${result.lhr.audits['largest-contentful-paint']?.numericValue?.toFixed(0)} ms (Lantern), ` +
          `observed unthrottled: first paint ${observed.observedFirstContentfulPaint} ms, largest ${observed.observedLargestContentfulPaint} ms; ` +
          `${lcp.scripts} scripts (${lcp.scriptKib.toFixed(0)} KiB) counted`,
      );
      for (const node of lcp.nodes) {
        console.log(`  ${node.startMs.toFixed(0).padStart(5)}-${node.endMs.toFixed(0).padStart(5)} ms  ${node.kind.padEnd(10)} ${node.label}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
