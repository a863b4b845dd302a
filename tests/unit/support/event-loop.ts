import { performance } from 'node:perf_hooks';

/**
 * Runs `work` while a 5 ms timer watches the event loop: the longest it went without running
 * the timer, how busy it was, and how long `work` took.
 */
export async function eventLoopDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; longestStallMs: number; utilization: number; tookMs: number }> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  const start = performance.eventLoopUtilization();
  try {
    const result = await work();
    return { result, longestStallMs: longest, utilization: performance.eventLoopUtilization(start).utilization, tookMs: performance.now() - started };
  } finally {
    clearInterval(ticker);
  }
}
