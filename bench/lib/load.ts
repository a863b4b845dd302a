import { spawnSync } from 'node:child_process';

export type LoadResult = { label: string; requestsPerSecond: number; p99Ms: number; non2xx: number; completed: number };

export type LoadRequest = { method: 'POST'; headers: Record<string, string>; body: () => string };

const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

function toMs(value: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec((value ?? '').trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
}

export type WrkFigures = { rps: number; p50: number; p99: number; non2xx: number; completed: number };

/** The figures in what `wrk --latency` prints. */
export function parseWrkOutput(out: string): WrkFigures {
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p50: toMs(/\s50%\s+(\S+)/.exec(out)?.[1]),
    p99: toMs(/\s99%\s+(\S+)/.exec(out)?.[1]),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
    completed: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
  };
}

/**
 * Load against one URL: GETs with wrk where installed (it leaves the CPU to the server), else
 * autocannon; requests with a fresh body each time (the view action) always with autocannon.
 */
export async function loadTest({
  label,
  url,
  seconds = 8,
  connections = 16,
  request,
  amount,
}: {
  label: string;
  url: string;
  seconds?: number;
  connections?: number;
  request?: LoadRequest;
  /** A fixed number of requests instead of a duration, so that none is cut off in flight. */
  amount?: number;
}): Promise<LoadResult> {
  if (hasWrk && !request) {
    const out = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' }).stdout;
    const { rps, p99, non2xx, completed } = parseWrkOutput(out);
    return { label, requestsPerSecond: rps, p99Ms: p99, non2xx, completed };
  }
  const { default: autocannon } = await import('autocannon');
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    // autocannon notices the end of a fixed amount only at a sample tick (default 1 s): a rate
    // over a few seconds came out as amount / whole seconds. A 50 ms tick makes the time exact.
    ...(amount ? { amount, sampleInt: 50 } : { duration: seconds }),
    ...(request && {
      method: request.method,
      headers: request.headers,
      requests: [{ setupRequest: (r: object) => ({ ...r, body: request.body() }) }],
    }),
  });
  // Total over elapsed time, timed here: autocannon's per-second average and its duration are
  // both whole seconds, too coarse for a run of a few seconds.
  const requestsPerSecond = result.requests.total / ((performance.now() - started) / 1000);
  return { label, requestsPerSecond, p99Ms: result.latency.p99, non2xx: result.non2xx, completed: result['2xx'] };
}

export function printTable(results: LoadResult[], baseline: LoadResult, against = 'vs static'): void {
  console.log(`\n${'page'.padEnd(34)}${'req/s'.padStart(10)}${'p99 ms'.padStart(10)}${against.padStart(12)}${'errors'.padStart(8)}`);
  for (const r of results) {
    const ratio = r === baseline ? '1.00x' : `${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x`;
    console.log(
      `${r.label.padEnd(34)}${r.requestsPerSecond.toFixed(0).padStart(10)}${r.p99Ms.toFixed(1).padStart(10)}${ratio.padStart(12)}${String(r.non2xx).padStart(8)}`,
    );
  }
}
