/**
 * Remembers a function's result per key for `ttlMs`, in this process. For figures that may be
 * a minute old but are expensive to compute on every request ("most read").
 */
export function memoizeFor<Args extends unknown[], Result>(ttlMs: number, compute: (...args: Args) => Result, now: () => number = Date.now) {
  const entries = new Map<string, { value: Result; expiresAt: number }>();
  return (...args: Args): Result => {
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) return hit.value;
    const value = compute(...args);
    entries.set(key, { value, expiresAt: now() + ttlMs });
    return value;
  };
}
