// Publish-to-visible: an editor clicks Publish in the real editor (Chromium), and the front page
// is polled every 50 ms until it shows the story: the time a reader waits for a new story. Also the
// editor's own save and publish round trips. 20 stories; median and worst. Then picture uploads:
// a 12-megapixel camera JPEG to the moment its sizes are ready (5 different pictures).
// Run: tsx bench/publishing.ts (part of npm run bench).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
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

/** A camera-like 4000x3000 JPEG: noise over gradients compresses like a photo, not like a flat drawing. */
async function cameraPhoto(seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let state = 0x9e3779b9 ^ seed;
  for (let i = 0; i < pixels.length; i += 3) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const x = (i / 3) % width;
    const noise = state >>> 26;
    pixels[i] = (x / 16 + noise) & 255;
    pixels[i + 1] = ((i / 3 / width) * 0.08 + noise) & 255;
    pixels[i + 2] = (140 + noise) & 255;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

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
    await page.getByLabel('Add an author to the byline').selectOption({ index: 1 });
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

  const uploads: number[] = [];
  let uploadedBytes = 0;
  for (let n = 0; n < 5; n++) {
    const photo = await cameraPhoto(n);
    uploadedBytes = photo.length;
    const started = performance.now();
    const answer = await fetch(`${server.baseUrl}/staff/images`, {
      method: 'POST',
      body: new Uint8Array(photo),
      headers: { 'content-type': 'image/jpeg', cookie: `bs_staff=${token}`, origin: server.baseUrl },
    });
    if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${await answer.text()}`);
    uploads.push(performance.now() - started);
  }
  console.log(`
picture uploads: 4000x3000 JPEG (${(uploadedBytes / 1e6).toFixed(1)} MB) to original + 6 sizes + share JPEG written`);
  summary('upload to ready', uploads);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
