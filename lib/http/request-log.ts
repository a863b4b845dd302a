/**
 * The front door's request log: one line for each error (5xx) and each refusal (400, 403, 405,
 * 413, 429), with the request id the response also carries. Not for 404s: unknown addresses are
 * everyday noise, and a crawler could fill a disk with them.
 */
export function isLoggedStatus(status: number): boolean {
  return status >= 500 || [400, 403, 405, 413, 429].includes(status);
}

/** The path only, at most 200 characters: queries carry search words, and a 15 KB address is not worth storing. */
export function loggedRoute(url: string | undefined): string {
  const path = (url ?? '').split('?')[0]!;
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/**
 * At most `max` lines per window; what is left out is counted and reported with the next line
 * written, so a flood of refused requests costs a bounded amount of disk.
 */
export function createLogBudget({ max, windowMs }: { max: number; windowMs: number }) {
  let windowStart = 0;
  let used = 0;
  let suppressed = 0;
  return {
    /** Whether to write a line now, and how many were left out before it. */
    take(now = Date.now()): { write: boolean; suppressedBefore: number } {
      if (now - windowStart >= windowMs) {
        windowStart = now;
        used = 0;
      }
      if (used >= max) {
        suppressed++;
        return { write: false, suppressedBefore: 0 };
      }
      used++;
      const suppressedBefore = suppressed;
      suppressed = 0;
      return { write: true, suppressedBefore };
    },
  };
}
