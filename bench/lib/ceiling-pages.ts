// The ceiling pages app/bench-ceiling/[kb] prerenders (the same sizes as its ceilingSizesKb).
const ceilingSizesKb = [16, 24, 32, 40, 48, 64, 96, 128];

/** The path of the prerendered ceiling page nearest in size to a page of `bytes`, and its size. */
export function nearestCeilingPage(bytes: number): { path: string; kb: number } {
  const kb = ceilingSizesKb.reduce((best, size) => (Math.abs(size * 1024 - bytes) < Math.abs(best * 1024 - bytes) ? size : best));
  return { path: `/bench-ceiling/${kb}`, kb };
}

/** A story's address on the front page, for benches that need one article. */
export function firstArticlePath(frontPageHtml: string): string {
  return /href="(\/articles\/[a-z0-9-]+)"/.exec(frontPageHtml)![1]!;
}
