/**
 * The change from a previous figure, in percent, to one decimal place; `null` where there was
 * nothing before (a change from zero is not a percentage: it shows as "new").
 */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

// Built once: toLocaleString with options builds a formatter per call (about 30 µs).
const magnitudeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "+12.5%", "−8%" (a true minus sign), "0%", or "new" when there was nothing before. */
export function formatPercentChange(change: number | null, { current }: { current: number }): string {
  if (change === null) return current > 0 ? 'new' : '–';
  if (change === 0) return '0%';
  const magnitude = magnitudeFormat.format(Math.abs(change));
  return `${change > 0 ? '+' : '−'}${magnitude}%`;
}
