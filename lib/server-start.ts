/**
 * How the front door (scripts/serve.ts) learns whether the database was opened and migrated.
 * Next.js runs instrumentation after `prepare()` has resolved, and an error there is logged
 * while the server goes on answering 500 to every request, forever, unnoticed by any
 * supervisor; the front door instead waits for the outcome and exits with one line on failure.
 */
const outcomeKey = Symbol.for('broadsheet.start-outcome');
const frontDoorKey = Symbol.for('broadsheet.front-door');
const store = globalThis as Record<symbol, unknown>;

export type StartOutcome = { ok: true } | { ok: false; message: string };

export function markFrontDoorInstalled(): void {
  store[frontDoorKey] = true;
}

export function isFrontDoorInstalled(): boolean {
  return store[frontDoorKey] === true;
}

export function recordStartOutcome(error?: unknown): void {
  store[outcomeKey] = error === undefined ? { ok: true } : { ok: false, message: error instanceof Error ? error.message : String(error) };
}

/** Resolves with the outcome once instrumentation has run, or a failure after `timeoutMs`. */
export async function startOutcome(timeoutMs: number): Promise<StartOutcome> {
  const deadline = Date.now() + timeoutMs;
  while (!store[outcomeKey]) {
    if (Date.now() > deadline) return { ok: false, message: `the database was not ready after ${timeoutMs / 1000} s` };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return store[outcomeKey] as StartOutcome;
}
