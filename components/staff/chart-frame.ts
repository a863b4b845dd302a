/** The frame every staff chart is drawn in (SVG user units), and its scale. */
export const chartWidth = 720;
export const chartHeight = 220;
export const chartPad = { top: 12, right: 8, bottom: 28, left: 48 };

/** A round top for the value axis: 347 -> 400, 0 -> 10. */
export function niceMax(value: number): number {
  if (value <= 0) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / magnitude) * magnitude;
}
