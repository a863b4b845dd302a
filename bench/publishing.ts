// Publish-to-visible: an editor clicks Publish in the real editor (Chromium), and the front page
// is polled every 50 ms until it shows the story: the time a reader waits for a new story. Also the
// editor's own save and publish round trips. 20 stories; median and worst.
// Run: tsx bench/publishing.ts (part of npm run bench).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureProductionBuild, startServer } from './lib/server';

const port = Number(process.env.BENCH_PORT ?? 3300);
const rounds = Number(process.env.BENCH_PUBLISH_ROUNDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-publishing-'));
const databasePath = join(dir, 'bench.db');
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms   worst ${sorted.at(-1)!.toFixed(0).padStart(5)} ms`,
  );
};

ensureProductionBuild();
const server = await startServer({ port, databasePath });
const browser = await chromium.launch({ executablePath: existsSync(systemChromium) ? systemChromium : undefined });
try {
  const token = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'bench/create-staff-session.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: 'bs_staff', value: token, url: server.baseUrl }]);
  const page = await context.newPage();
  const saves: number[] = [];
  const publishes: number[] = [];
  const visible: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const headline = `Bench story ${round} ${Date.now().toString(36)}`;
    await page.goto(`${server.baseUrl}/staff/stories/new`);
    await page.getByLabel('Headline', { exact: true }).fill(headline);
    await page.getByLabel('Standfirst').fill('A story the bench publishes.');
    await page.getByLabel('Section').selectOption({ index: 1 });
    await page.getByLabel('Byline').selectOption({ index: 1 });
    await page.getByLabel('Story (Markdown)').fill('One paragraph.');
    let started = performance.now();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/edit$/);
    saves.push(performance.now() - started);

    started = performance.now();
    await page.getByRole('button', { name: 'Publish' }).click();
    const shown = page.locator('.kicker').first();
    const published = shown.filter({ hasText: 'Published' }).waitFor();
    // The front page as an anonymous reader gets it, polled until the story is there.
    for (;;) {
      const html = await (await fetch(`${server.baseUrl}/`)).text();
      if (html.includes(headline)) break;
      if (performance.now() - started > 30_000) throw new Error(`${headline} did not reach the front page in 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    visible.push(performance.now() - started);
    await published;
    publishes.push(performance.now() - started);
  }
  console.log(`\npublishing, ${rounds} stories (Chromium drives the editor; the front page is polled every 50 ms)`);
  summary('save draft (click to editor page)', saves);
  summary('publish (click to "Published" shown)', publishes);
  summary('publish to visible on the front page', visible);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
