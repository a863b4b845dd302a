import { chartHeight as height, chartPad as pad, chartWidth as width, niceMax } from './chart-frame';
import reportStyles from './Reports.module.css';
import { dayLabel } from './ReportTable';
import styles from './Staff.module.css';

/** A day's bar, and when comparing, the matching day of the period before (drawn as a dashed line). */
export type ChartDay = { day: string; views: number; visitors: number; previousDay?: string | null; previousViews?: number | null };

/** Bar chart of views per day, drawn on the server as SVG: no client JavaScript. */
export function DailyViewsChart({ days, caption }: { days: ChartDay[]; caption: string }) {
  const points = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const comparing = points.some((p) => p.previousViews !== null && p.previousViews !== undefined);
  const max = niceMax(Math.max(0, ...points.map((p) => Math.max(p.views, p.previousViews ?? 0))));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(1, slot * 0.8);
  const labelEvery = Math.ceil(points.length / 8);
  const total = points.reduce((sum, p) => sum + p.views, 0);
  const previousTotal = points.reduce((sum, p) => sum + (p.previousViews ?? 0), 0);
  const yOf = (views: number) => pad.top + plotHeight - (views / max) * plotHeight;
  const xOf = (i: number) => pad.left + i * slot + slot / 2;
  const summary = `${caption}: ${total.toLocaleString('en-US')} views over ${points.length} days${
    comparing ? `, against ${previousTotal.toLocaleString('en-US')} in the ${points.length} days before` : ''
  }`;
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {[0, 0.5, 1].map((f) => {
          const y = pad.top + plotHeight * (1 - f);
          return (
            <g key={f}>
              <line x1={pad.left} x2={width - pad.right} y1={y} y2={y} className={styles.gridLine} />
              <text x={pad.left - 6} y={y + 4} textAnchor="end" className={styles.axisText}>
                {Math.round(max * f).toLocaleString('en-US')}
              </text>
            </g>
          );
        })}
        {points.map((p, i) => {
          const x = xOf(i) - barWidth / 2;
          const before = p.previousViews ?? null;
          return (
            <g key={p.day}>
              <rect x={x} y={yOf(p.views)} width={barWidth} height={plotHeight + pad.top - yOf(p.views)} className={styles.bar}>
                <title>{`${dayLabel(p.day)}: ${p.views.toLocaleString('en-US')} views, ${p.visitors.toLocaleString('en-US')} visitors${
                  before !== null && p.previousDay ? `; ${dayLabel(p.previousDay)}: ${before.toLocaleString('en-US')} views` : ''
                }`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={xOf(i)} y={height - 8} textAnchor="middle" className={styles.axisText}>
                  {dayLabel(p.day)}
                </text>
              )}
            </g>
          );
        })}
        {comparing && (
          <g data-testid="previous-period">
            <polyline className={reportStyles.previousLine} points={points.map((p, i) => `${xOf(i)},${yOf(p.previousViews ?? 0)}`).join(' ')} />
            {points.length <= 31 &&
              points.map((p, i) => <circle key={p.day} cx={xOf(i)} cy={yOf(p.previousViews ?? 0)} r={2.5} className={reportStyles.previousDot} />)}
          </g>
        )}
      </svg>
      {comparing ? (
        <ul className={reportStyles.legend}>
          <li>This period</li>
          <li className={reportStyles.legendPrevious}>The period before, day by day</li>
        </ul>
      ) : null}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
