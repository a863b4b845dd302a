// npm run bench:abuse: the attacks of issue 9 against this checkout's production build and,
// with BENCH_BASELINE_DIR=<another built checkout>, against that one in the same run.
//   1. view attack: fresh random visitor tokens, forged X-Forwarded-For / X-Real-IP, 8 at once
//   2. sign-in flood: 8 loops of random emails from rotated addresses (real ones: each post
//      leaves from its own 127.x.y.z, and forges X-Forwarded-For too), while a reader loads
//      the cached front page
//   3. unknown slugs: bytes written to .next per unknown address asked for
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './lib/server';
import { actionId, browserUserAgent, readViewCount, viewActionRequest } from './lib/view-action';

const port = Number(process.env.BENCH_PORT ?? 3300);
const attackSeconds = Number(process.env.BENCH_ATTACK_SECONDS ?? 60);
const articleSlug = 'border-towns-brace-for-a-winter-without-the-night-ferry';
const randomAddress = () => Array.from({ length: 4 }, () => 1 + Math.floor(Math.random() * 254)).join('.');
const forgedHeaders = () => ({ 'x-forwarded-for': randomAddress(), 'x-real-ip': randomAddress() });

type Target = { label: string; dir: string; command?: string[] };
const targets: Target[] = [{ label: 'this build', dir: process.cwd() }];
if (process.env.BENCH_BASELINE_DIR) {
  targets.push({
    label: 'baseline',
    dir: process.env.BENCH_BASELINE_DIR,
    command: ['npx', '--no-install', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'],
  });
}

async function untilDeadline(seconds: number, parallel: number, step: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (Date.now() < deadline) await step();
    }),
  );
}

async function viewAttack(server: RunningServer, target: Target, databasePath: string) {
  const article = readViewCount(databasePath, articleSlug);
  const request = viewActionRequest({ baseUrl: server.baseUrl, actionId: actionId('recordArticleViewAction', target.dir), articleId: article.id });
  let sent = 0;
  let failed = 0;
  await untilDeadline(attackSeconds, 8, async () => {
    sent++;
    await fetch(`${server.baseUrl}/articles/${articleSlug}`, {
      method: 'POST',
      headers: { ...request.headers, ...forgedHeaders() },
      body: request.body(),
    }).then(
      (response) => response.text(),
      () => failed++,
    );
  });
  const counted = readViewCount(databasePath, articleSlug).viewCount - article.viewCount;
  return `view attack: ${sent} posts in ${attackSeconds} s (${failed} failed), ${counted} counted = ${Math.round((counted * 60) / attackSeconds)} counted views a minute`;
}

async function frontPageLatencies(server: RunningServer, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  await untilDeadline(seconds, 1, async () => {
    const started = performance.now();
    await (await fetch(server.baseUrl + '/')).text();
    samples.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  });
  return samples.sort((a, b) => a - b);
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1);

/** A POST leaving from a given loopback address (Linux routes all of 127/8 to lo): a rotated real address. */
async function postFrom(localAddress: string, url: string, headers: Record<string, string>, form: FormData): Promise<number> {
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: hostname,
        port,
        path: pathname,
        method: 'POST',
        localAddress,
        headers: { ...headers, 'content-type': encoded.headers.get('content-type')!, 'content-length': body.length },
      },
      (res) => res.resume().on('end', () => resolve(res.statusCode!)),
    );
    req.on('error', () => resolve(0)); // refused or reset: counted as "0"
    req.end(body);
  });
}

async function signInFlood(server: RunningServer, target: Target) {
  const signIn = actionId('signInAction', target.dir);
  const idle = await frontPageLatencies(server, 5);
  const statuses = new Map<number, number>();
  const cpuBefore = server.cpuSeconds();
  const flood = untilDeadline(10, 8, async () => {
    const form = new FormData();
    // As React sends it: the form's fields ("_1_" + name), then the arguments, which refer to them.
    form.set('_1_email', `${randomBytes(6).toString('hex')}@example.com`);
    form.set('_1_password', 'not the password at all');
    form.set('0', '[{},"$K1"]');
    const localAddress = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
    const headers = { 'next-action': signIn, accept: 'text/x-component', origin: server.baseUrl, 'user-agent': browserUserAgent, ...forgedHeaders() };
    const status = await postFrom(localAddress, `${server.baseUrl}/staff/sign-in`, headers, form);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  await new Promise((r) => setTimeout(r, 500));
  const busy = await frontPageLatencies(server, 8);
  await flood;
  const serverCores = (server.cpuSeconds() - cpuBefore) / 10;
  const answered = [...statuses].map(([status, n]) => `${n}x${status}`).join(' ');
  return `sign-in flood: front page median ${pct(idle, 0.5)} ms idle -> ${pct(busy, 0.5)} ms during the flood (p90 ${pct(idle, 0.9)} -> ${pct(busy, 0.9)} ms); server busy ${serverCores.toFixed(2)} cores; sign-in posts answered ${answered}`;
}

function bytesUnder(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function unknownSlugs(server: RunningServer, target: Target) {
  const nextDir = join(target.dir, '.next');
  const before = bytesUnder(nextDir);
  const count = 200;
  const statuses = new Set<number>();
  for (let i = 0; i < count; i++) {
    const kind = ['articles', 'sections', 'authors', 'tags'][i % 4];
    const response = await fetch(`${server.baseUrl}/${kind}/no-such-${randomBytes(8).toString('hex')}`);
    statuses.add(response.status);
    await response.text();
  }
  await new Promise((r) => setTimeout(r, 1000)); // cache writes finish after the response
  const grown = bytesUnder(nextDir) - before;
  return `unknown slugs: ${count} requests (HTTP ${[...statuses].join(', ')}), .next grew ${(grown / 1024).toFixed(0)} KiB = ${(grown / count / 1024).toFixed(1)} KiB each`;
}

for (const target of targets) {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-abuse-'));
  const databasePath = join(dir, 'abuse.db');
  const server = await startServer({ port, databasePath, cwd: target.dir, command: target.command });
  try {
    console.log(`\n${target.label} (${target.dir})`);
    console.log('  ' + (await viewAttack(server, target, databasePath)));
    console.log('  ' + (await signInFlood(server, target)));
    console.log('  ' + (await unknownSlugs(server, target)));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
