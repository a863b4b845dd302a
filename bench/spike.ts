// A viral spike on one story: the view action at 20x a busy story's normal rate for 60 s, while
// readers keep loading the page. Says whether every view answered as counted is in the database,
// whether anything answered 500, and the page's p99 during the spike against the normal rate.
// BENCH_NORMAL_VIEWS_PER_SECOND (15) and BENCH_SPIKE_SECONDS (60) change the shape.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWrkOutput, type WrkFigures } from './lib/load';
import { ensureProductionBuild, fetchText, startServer } from './lib/server';
import { readViewCount, viewActionId, viewActionRequest } from './lib/view-action';

const port = Number(process.env.BENCH_PORT ?? 3300);
const normalRate = Number(process.env.BENCH_NORMAL_VIEWS_PER_SECOND ?? 15);
const spikeSeconds = Number(process.env.BENCH_SPIKE_SECONDS ?? 60);
const articlePath = '/articles/border-towns-brace-for-a-winter-without-the-night-ferry';
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-spike-'));
const databasePath = join(dir, 'spike.db');

if (spawnSync('wrk', ['--version']).error) {
  console.log('bench/spike.ts needs wrk (apt-get install -y wrk); skipped');
  process.exit(0);
}

/** Readers loading the page (8 at a time) for `seconds`, without blocking this process's event loop. */
function readersFor(url: string, seconds: number): Promise<WrkFigures> {
  return new Promise((resolve) => {
    const child = spawn('wrk', ['-t1', '-c8', `-d${seconds}s`, '--latency', '-H', 'accept-encoding: gzip, br', url]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(parseWrkOutput(out)));
  });
}

/** New visitors at a fixed rate; counts the answers by what they say. */
async function viewsAt({
  rate,
  seconds,
  request,
  url,
}: {
  rate: number;
  seconds: number;
  request: ReturnType<typeof viewActionRequest>;
  url: string;
}) {
  const { default: autocannon } = await import('autocannon');
  const started = performance.now();
  const answers = { counted: 0, otherOk: 0, shed: 0, serverErrors: 0, otherErrors: 0 };
  const result = await autocannon({
    url,
    connections: 32,
    overallRate: rate,
    // A fixed number rather than a duration, so no request is cut off in flight at the end.
    amount: rate * seconds,
    method: request.method,
    headers: request.headers,
    requests: [
      {
        setupRequest: (r: object) => ({ ...r, body: request.body() }),
        onResponse: (status: number, body: string) => {
          if (status === 503)
            answers.shed++; // the front door's "busy, retry": not counted, and says so
          else if (status >= 500) answers.serverErrors++;
          else if (status >= 400) answers.otherErrors++;
          else if (/"counted":true/.test(body)) answers.counted++;
          else answers.otherOk++;
        },
      },
    ],
  });
  return { ...answers, p99: result.latency.p99, rate: result.requests.total / ((performance.now() - started) / 1000), timeouts: result.timeouts };
}

ensureProductionBuild();
const server = await startServer({ port, databasePath, env: { VIEW_RATE_LIMIT_MAX: '100000000', VIEW_DAILY_CAP_PER_ADDRESS: '100000000' } });
try {
  const url = server.baseUrl + articlePath;
  await fetchText(url);
  const slug = articlePath.split('/').pop()!;
  const { id, viewCount: before } = readViewCount(databasePath, slug);
  const request = viewActionRequest({ baseUrl: server.baseUrl, actionId: viewActionId(), articleId: id });

  const [normalReaders, normalViews] = await Promise.all([readersFor(url, 15), viewsAt({ rate: normalRate, seconds: 15, request, url })]);
  const [spikeReaders, spikeViews] = await Promise.all([
    readersFor(url, spikeSeconds),
    viewsAt({ rate: normalRate * 20, seconds: spikeSeconds, request, url }),
  ]);
  const gained = readViewCount(databasePath, slug).viewCount - before;
  const answeredCounted = normalViews.counted + spikeViews.counted;

  console.log(`\nviral spike: ${normalRate} views/s for 15 s, then ${normalRate * 20}/s for ${spikeSeconds} s, readers 8 at a time throughout`);
  for (const [label, views, readers] of [
    ['normal', normalViews, normalReaders],
    ['spike (20x)', spikeViews, spikeReaders],
  ] as const) {
    console.log(
      `${label.padEnd(12)} views ${views.rate.toFixed(0).padStart(4)}/s answered: ${views.counted} counted, ${views.otherOk} not counted, ${views.shed} busy (503), ${views.serverErrors} other 5xx, ${views.otherErrors} 4xx, ${views.timeouts} timeouts; action p99 ${views.p99} ms` +
        ` | page ${readers.rps.toFixed(0)}/s p50 ${readers.p50.toFixed(1)} ms p99 ${readers.p99.toFixed(1)} ms, ${readers.non2xx} errors`,
    );
  }
  console.log(`page p99 during the spike: ${(spikeReaders.p99 / normalReaders.p99).toFixed(2)}x normal (goal <= 2x)`);
  console.log(
    `views answered "counted": ${answeredCounted}; the story's count rose by ${gained} -> ${gained === answeredCounted ? 'every counted answer is in the database' : 'MISMATCH'}`,
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
