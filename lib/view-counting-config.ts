/** Counting rules, configurable per deployment. Read once per process. */
export type ViewCountingConfig = {
  /** A visitor's repeat views of one article within this window count once. At most a day. */
  dedupeWindowSeconds: number;
  /** At most this many view attempts per client (IP) per rate window are accepted. */
  rateLimitMax: number;
  rateLimitWindowSeconds: number;
  /**
   * At most this many counted views of one article per client address per site day. Sized for
   * a busy office or campus behind one NAT address, far below what one script could add.
   */
  dailyCapPerAddress: number;
};

function positiveInt(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
}

export function readViewCountingConfig(): ViewCountingConfig {
  return {
    dedupeWindowSeconds: positiveInt('VIEW_DEDUPE_MINUTES', 30, 24 * 60) * 60,
    rateLimitMax: positiveInt('VIEW_RATE_LIMIT_MAX', 120, 1_000_000),
    rateLimitWindowSeconds: positiveInt('VIEW_RATE_LIMIT_WINDOW_SECONDS', 60, 3600),
    dailyCapPerAddress: positiveInt('VIEW_DAILY_CAP_PER_ADDRESS', 300, 1_000_000),
  };
}
