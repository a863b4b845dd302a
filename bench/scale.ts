// Seeds a throwaway 100k-article corpus (~16M views, ~2.8M daily rows), times every page's
// queries against it, then times whole pages (reader and staff) from the production server.
// BENCH_SCALE_ARTICLES changes the size. Last, the longest any anonymous request holds the
// event loop, for this build and (BENCH_BASELINE_DIR=<another built checkout>) that one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { worstEventLoopBlock } from './lib/event-loop-probe';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-scale-'));
const databasePath = join(dir, 'scale.db');
const env = { ...process.env, DATABASE_PATH: databasePath };
const node = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed`);
  return result.stdout;
};

/** Seconds until the server has built the day's view spans, which it does on a worker thread after it starts. */
async function viewSpansReady(): Promise<number> {
  const started = performance.now();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(databasePath, { readonly: true });
  try {
    const { wantedViewSpans } = await import('@/db/view-spans/ranked-windows');
    const wanted = wantedViewSpans().length;
    const built = db.prepare('SELECT count(*) FROM article_view_span_builds').pluck();
    while ((built.get() as number) < wanted) {
      if (performance.now() - started > 120_000) throw new Error('the view spans were not built within 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

/** The first request (cold: no cached page, no cached data) and the median of the five after it (warm). */
async function coldAndWarmMs(url: string, headers: Record<string, string> = {}) {
  const samples: number[] = [];
  let last = { status: 0, body: '' };
  for (let i = 0; i < 6; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    last = { status: response.status, body: await response.text() };
    samples.push(performance.now() - started);
  }
  const warm = samples.slice(1).sort((a, b) => a - b);
  return { coldMs: samples[0]!, warmMs: warm[Math.floor(warm.length / 2)]!, ...last };
}

try {
  process.stdout.write(node(['--import', 'tsx', 'scripts/seed.ts', '--articles', process.env.BENCH_SCALE_ARTICLES ?? '100000']));
  process.stdout.write(node(['--conditions=react-server', '--import', 'tsx', 'bench/query-times.ts']));
  const token = node(['--conditions=react-server', '--import', 'tsx', 'bench/create-staff-session.ts']);

  // query-times.ts built spans in this thread; the server is to build its own, as after a deploy.
  node([
    '-e',
    "const D=require('better-sqlite3');new D(process.env.DATABASE_PATH).exec('DELETE FROM article_view_span_builds; DELETE FROM article_view_spans')",
  ]);
  const pick = (sql: string) =>
    node([
      '-e',
      `const D=require('better-sqlite3');const d=new D(process.env.DATABASE_PATH,{readonly:true});console.log(JSON.stringify(d.prepare(${JSON.stringify(sql)}).pluck().all()))`,
    ]);
  // The author with the most bylines: the longest author listing.
  const [bigAuthor] = JSON.parse(
    pick('SELECT a.slug FROM authors a JOIN article_authors x ON x.author_id = a.id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1'),
  ) as string[];
  ensureProductionBuild();
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3300), databasePath });
  try {
    console.log(`\nthe server's view spans for rankings (db/view-spans/) were ready ${(await viewSpansReady()).toFixed(1)} s after it answered`);
    const staff = { cookie: `bs_staff=${token}` };
    const storyIds = [...(await fetchText(`${server.baseUrl}/staff/stories`, staff)).matchAll(/href="\/staff\/stories\/(\d+)\/edit"/g)].map(
      (m) => m[1],
    );
    const [storyId, otherStoryId] = [storyIds[0]!, storyIds[1]!];
    const firstArticle = /href="\/articles\/([a-z0-9-]+)"/.exec(await fetchText(`${server.baseUrl}/sections/politics`))![1];
    const tags = [...(await fetchText(`${server.baseUrl}/articles/${firstArticle}`)).matchAll(/href="\/tags\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
    const [tag, otherTag] = [tags[0]!, tags.find((t) => t !== tags[0]) ?? tags[0]!];
    // Each route's code is loaded first on other data, so a page's first request below is a cold
    // render of cold data (nothing cached), not the process's first look at a module.
    for (const [path, headers] of [
      ['/front-page/warm-up', {}], // a 404, but the front page's code is loaded
      ['/most-read/warm-up', {}], // the same for the most-read page
      ['/sections/politics', {}],
      ['/sections/politics?page=400', {}],
      [`/tags/${otherTag}`, {}],
      ['/authors/hannah-brecht?page=2', {}],
      ['/search?q=ferry', {}],
      ['/most-read.json?period=day', {}],
      ['/sitemaps/pages.xml', {}],
      ['/sections/politics/feed.xml', {}],
      ['/staff?period=today', staff],
      ['/staff/export/top-stories?period=7d', staff],
      ['/staff/stories?q=ferry', staff],
      ['/staff/stories?author=2&page=2', staff],
      [`/staff/stories/${otherStoryId}`, staff],
      [`/staff/stories/${otherStoryId}/edit`, staff],
      [`/staff/stories/${otherStoryId}/revisions`, staff],
    ] as const) {
      await fetchText(server.baseUrl + path, headers);
    }
    console.log('\nwhole pages from the production server at this scale: the first request (cold) and the median of 5 after it (warm)');
    for (const [label, path, headers] of [
      ['front page', '/', {}],
      ['article page', `/articles/${/href="\/articles\/([a-z0-9-]+)"/.exec(await fetchText(`${server.baseUrl}/sections/world?page=3`))![1]}`, {}],
      ['section page 1', '/sections/world', {}],
      ['section page 500', '/sections/world?page=500', {}],
      [`tag page (${tag})`, `/tags/${tag}`, {}],
      [`author page 1 (${bigAuthor})`, `/authors/${bigAuthor}`, {}],
      [`author page 1000 (${bigAuthor})`, `/authors/${bigAuthor}?page=1000`, {}],
      ['search "people"', '/search?q=people', {}],
      ['search "the" (every story)', '/search?q=the', {}],
      ['site feed', '/feed.xml', {}],
      ['most read this week (JSON article pages fetch)', '/most-read.json?period=week', {}],
      ['most read page (today, week, each section)', '/most-read', {}],
      ['sitemap index', '/sitemap.xml', {}],
      ['staff dashboard, 7 days', '/staff', staff],
      ['staff dashboard, 30 days', '/staff?period=30d', staff],
      ['staff dashboard, 90 days', '/staff?period=90d', staff],
      ['staff dashboard, 90 days against the 90 before', '/staff?period=90d&compare=previous', staff],
      ['staff CSV, 30 days', '/staff/export/top-stories?period=30d', staff],
      ['staff JSON, sources, 90 days against the 90 before', '/staff/export/sources?period=90d&compare=previous&format=json', staff],
      ['staff story list', '/staff/stories', staff],
      ['staff story list, page 500', '/staff/stories?page=500', staff],
      ['staff story list, "council" in Politics', '/staff/stories?q=council&section=2', staff],
      ['staff story list, one byline', '/staff/stories?author=1', staff],
      ['staff story list, one byline, page 300', '/staff/stories?author=1&page=300', staff],
      ['staff story page: first hours vs section', `/staff/stories/${storyId}`, staff],
      ['staff live now (page)', '/staff/live', staff],
      ['staff live now (what the page polls)', '/staff/live.json', staff],
      ['staff story editor', `/staff/stories/${storyId}/edit`, staff],
      ['staff story revisions', `/staff/stories/${storyId}/revisions`, staff],
    ] as const) {
      const { coldMs, warmMs, status, body } = await coldAndWarmMs(server.baseUrl + path, headers);
      const note = path === '/sitemap.xml' ? ` (${(body.match(/articles-\d+\.xml/g) ?? []).length} article sitemaps)` : '';
      console.log(`${label.padEnd(48)}${coldMs.toFixed(1).padStart(9)} ms cold${warmMs.toFixed(1).padStart(9)} ms warm  HTTP ${status}${note}`);
    }
    console.log('(goal: every page under 100 ms cold)');
  } finally {
    await server.stop();
  }

  // Anonymous requests that do the most work, each on data no earlier request touched (a
  // fresh data cache, other stories, other words): how long does each hold the event loop,
  // during which every other reader waits? Each route's code is warmed first on other data,
  // so the figure is the request's own work, not the process's first look at a module.
  const slugs = JSON.parse(pick("SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 3")) as string[];
  const bigTags = JSON.parse(
    pick('SELECT t.slug FROM tags t JOIN article_tags x ON x.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 2'),
  ) as string[];
  const warmUps = ['/search?q=ferry', '/sitemaps/articles-2.xml', '/sections/politics?page=400', `/tags/${bigTags[1]}`, `/articles/${slugs[2]}`];
  const heaviest = [
    `/articles/${slugs[0]}`,
    `/tags/${bigTags[0]}`,
    `/tags/${bigTags[0]}?page=300`,
    '/sections/world?page=500',
    '/search?q=the',
    '/search?q=the&page=25',
    '/search?q=the&page=4999',
    '/search?q=a%20the%20of%20and%20to%20in',
    '/search?q=people%20said%20year',
    '/sitemap.xml',
    '/sitemaps/articles-1.xml',
    '/sitemaps/pages.xml',
    '/feed.xml',
  ];
  const targets = [{ label: 'this build', cwd: process.cwd(), command: undefined as string[] | undefined }];
  if (process.env.BENCH_BASELINE_DIR) {
    const port = process.env.BENCH_PORT ?? '3300';
    targets.push({
      label: 'baseline',
      cwd: process.env.BENCH_BASELINE_DIR,
      command: ['npx', '--no-install', 'next', 'start', '-p', port, '-H', '127.0.0.1'],
    });
  }
  const blocks = new Map<string, string[]>(heaviest.map((path) => [path, []]));
  for (const target of targets) {
    // Cached data and pages rendered at run time (nothing is prerendered at build time). Next.js
    // 16.4 keeps pages in server/route-cache: the pages timed above would otherwise be cache hits.
    for (const cached of ['cache/fetch-cache', 'server/route-cache']) {
      rmSync(join(target.cwd, '.next', cached), { recursive: true, force: true });
    }
    const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3300), databasePath, cwd: target.cwd, command: target.command });
    try {
      for (const path of warmUps) await fetchText(server.baseUrl + path);
      for (const path of heaviest) {
        const { blockedMs, status } = await worstEventLoopBlock(server.baseUrl, path);
        blocks.get(path)!.push(`${blockedMs.toFixed(0).padStart(6)} ms (HTTP ${status})`);
      }
    } finally {
      await server.stop();
    }
  }
  console.log(`\nlongest event-loop hold per anonymous request, on cold data (goal: under 50 ms) -- ${targets.map((t) => t.label).join(' | ')}`);
  for (const [path, cells] of blocks) console.log(`${path.slice(0, 44).padEnd(46)}${cells.join('   ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
