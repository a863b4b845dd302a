// Lighthouse 12 (mobile, default simulated throttling, Debian Chromium) on the reader pages and on
// the floor: a prerendered page of about the same size with no data access and no client component
// (/bench-ceiling/<KiB>). Quiet machine wanted: run alone. `npx tsx bench/lighthouse.ts`, part of
// `npm run bench`. Each page is measured RUNS times, interleaved with its floor, and the median kept.
// THROTTLING=devtools throttles the loads for real (the same network and CPU figures) and reports
// what was observed, instead of Lantern's estimate from an unthrottled load: Lantern's LCP counts
// every script finished before the observed paint, which on loopback lands either side of it.
// So each floor is also measured a second time, interleaved, and set against itself: when the
// same page differs from itself by more than 10%, the run cannot tell a page within 10% of its
// floor, and it says so. Beside that, how much script Lantern counted into each LCP
// (bench/lib/lantern-lcp.ts; `tsx bench/lantern-lcp-graph.ts` lists a run's whole graph).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { firstArticlePath, nearestCeilingPage } from './lib/ceiling-pages';
import { launchHeadlessChromium } from './lib/headless-chromium';
import { lanternLcp } from './lib/lantern-lcp';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';

const runs = Number(process.env.RUNS ?? 3);
const throttlingMethod = process.env.THROTTLING === 'devtools' ? 'devtools' : 'simulate';
const port = 3350;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-lighthouse-'));

type Figures = {
  fcp: number;
  lcp: number;
  tti: number;
  cls: number;
  tbt: number;
  perf: number;
  a11y: number;
  bp: number;
  seo: number;
  jsKb: number;
  /** Script Lantern counted into its LCP estimate (simulated throttling only). */
  lcpScriptKb: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function audit(url: string, chromePort: number): Promise<Figures> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    throttlingMethod,
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests =
    (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tti: numeric('interactive'),
    cls: numeric('cumulative-layout-shift'),
    tbt: numeric('total-blocking-time'),
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    jsKb: jsBytes / 1024,
    lcpScriptKb: throttlingMethod === 'simulate' ? (await lanternLcp(result!, new URL(url).origin)).scriptKib : Number.NaN,
  };
}

function medianFigures(samples: Figures[]): Figures {
  const keys = Object.keys(samples[0]!) as (keyof Figures)[];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))])) as Figures;
}

if (!existsSync(chromePath)) {
  console.log(`bench/lighthouse.ts needs Chromium at ${chromePath} (apt-get install -y chromium); skipped`);
  process.exit(0);
}
ensureProductionBuild();
const server = await startServer({ port, databasePath: join(dir, 'bench.db') });
const chrome = await launchHeadlessChromium(chromePath);
try {
  const front = await fetchText(`${server.baseUrl}/`);
  const article = firstArticlePath(front);
  const pages = [
    ['front page', '/'],
    ['article', article],
    ['section', '/sections/world'],
    ['search', '/search?q=council'],
  ] as const;
  console.log(
    `\nLighthouse ${runs} runs each (median), mobile, ${throttlingMethod === 'devtools' ? 'real (DevTools) throttling' : 'simulated throttling'}; floor: a prerendered page of the same size`,
  );
  console.log(
    `${'page'.padEnd(12)}${'KiB'.padStart(5)}  ${'FCP ms'.padStart(13)}${'LCP ms'.padStart(13)}${'CLS'.padStart(6)}${'TBT'.padStart(6)}${'perf'.padStart(10)}${'a11y'.padStart(6)}${'BP'.padStart(5)}${'SEO'.padStart(5)}${'JS KiB gz'.padStart(16)}`,
  );
  for (const [label, path] of pages) {
    const html = await fetchText(server.baseUrl + path);
    const bytes = html.length;
    const floorUrl = server.baseUrl + nearestCeilingPage(bytes).path;
    // A page that leads with a picture (loaded eagerly, at high priority) is also set beside the
    // floor with such a picture: its largest paint is then a picture on both.
    const pictureFloorUrl = /fetchPriority="high"/.test(html) ? `${floorUrl}/with-picture` : null;
    await fetchText(floorUrl);
    const page: Figures[] = [];
    const floor: Figures[] = [];
    const floorAgain: Figures[] = [];
    const pictureFloor: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      page.push(await audit(server.baseUrl + path, chrome.port));
      floor.push(await audit(floorUrl, chrome.port));
      floorAgain.push(await audit(floorUrl, chrome.port));
      if (pictureFloorUrl) pictureFloor.push(await audit(pictureFloorUrl, chrome.port));
    }
    const p = medianFigures(page);
    const f = medianFigures(floor);
    const pair = (a: number, b: number) => `${a.toFixed(0)}/${b.toFixed(0)}`.padStart(13);
    console.log(
      `${label.padEnd(12)}${String(Math.round(bytes / 1024)).padStart(5)}  ${pair(p.fcp, f.fcp)}${pair(p.lcp, f.lcp)}${p.cls.toFixed(2).padStart(6)}${p.tbt.toFixed(0).padStart(6)}${`${p.perf}/${f.perf}`.padStart(10)}${String(p.a11y).padStart(6)}${String(p.bp).padStart(5)}${String(p.seo).padStart(5)}${`${p.jsKb.toFixed(1)}/${f.jsKb.toFixed(1)}`.padStart(16)}`,
    );
    console.log(
      `${''.padEnd(12)}       FCP ${(p.fcp / f.fcp).toFixed(2)}x floor, LCP ${(p.lcp / f.lcp).toFixed(2)}x floor (goal <= 1.10x), JS +${(p.jsKb - f.jsKb).toFixed(1)} KiB (goal <= 10); interactive ${p.tti.toFixed(0)}/${f.tti.toFixed(0)} ms`,
    );
    const again = medianFigures(floorAgain);
    const selfLcp = again.lcp / f.lcp;
    console.log(
      `${''.padEnd(12)}       floor against itself: FCP ${(again.fcp / f.fcp).toFixed(2)}x, LCP ${selfLcp.toFixed(2)}x${Math.abs(selfLcp - 1) > 0.1 ? ': this run cannot tell LCP within 10%' : ''}`,
    );
    if (throttlingMethod === 'simulate') {
      const counted = (samples: Figures[]) => samples.map((sample) => sample.lcpScriptKb.toFixed(0)).join(', ');
      console.log(
        `${''.padEnd(12)}       script counted into Lantern's LCP, KiB per run: page ${counted(page)}; floor ${counted(floor)}; again ${counted(floorAgain)}`,
      );
    }
    if (pictureFloor.length > 0) {
      const pf = medianFigures(pictureFloor);
      console.log(
        `${''.padEnd(12)}       floor with a lead picture: FCP ${pf.fcp.toFixed(0)} ms, LCP ${pf.lcp.toFixed(0)} ms, perf ${pf.perf}; the page's FCP ${(p.fcp / pf.fcp).toFixed(2)}x, LCP ${(p.lcp / pf.lcp).toFixed(2)}x it`,
      );
    }
  }
  console.log('pairs are page/floor; goals: CLS 0, accessibility, best practices and SEO 100, performance >= 95 where the floor reaches it');
} finally {
  await chrome.kill();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
