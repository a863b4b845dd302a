import { spawnSync } from 'node:child_process';

export type LoadResult = { label: string; requestsPerSecond: number; p99Ms: number; non2xx: number };

const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
}

/** GET load against one URL: wrk where installed (it leaves the CPU to the server), else autocannon. */
export async function loadTest({ label, url, seconds = 8, connections = 16 }: { label: string; url: string; seconds?: number; connections?: number }): Promise<LoadResult> {
  if (hasWrk) {
    const out = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' }).stdout;
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? '');
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    return { label, requestsPerSecond: rps, p99Ms: p99, non2xx };
  }
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({ url, connections, duration: seconds });
  return { label, requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx };
}

export function printTable(results: LoadResult[], baseline: LoadResult): void {
  console.log(`\n${'page'.padEnd(34)}${'req/s'.padStart(10)}${'p99 ms'.padStart(10)}${'vs static'.padStart(12)}${'errors'.padStart(8)}`);
  for (const r of results) {
    const ratio = r === baseline ? '1.00x' : `${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x`;
    console.log(`${r.label.padEnd(34)}${r.requestsPerSecond.toFixed(0).padStart(10)}${r.p99Ms.toFixed(1).padStart(10)}${ratio.padStart(12)}${String(r.non2xx).padStart(8)}`);
  }
}
