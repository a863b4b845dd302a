import type { DailyPoint } from '@/db/queries/staff-analytics';
import { chartHeight as height, chartPad as pad, chartWidth as width, niceMax } from './chart-frame';
import styles from './Staff.module.css';

const dayLabel = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Bar chart of views per day, drawn on the server as SVG: no client JavaScript. */
export function DailyViewsChart({ points, caption }: { points: DailyPoint[]; caption: string }) {
  const max = niceMax(Math.max(0, ...points.map((p) => p.views)));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(1, slot * 0.8);
  const labelEvery = Math.ceil(points.length / 8);
  const total = points.reduce((sum, p) => sum + p.views, 0);
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${caption}: ${total.toLocaleString('en-US')} views over ${points.length} days`}>
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
          const barHeight = (p.views / max) * plotHeight;
          const x = pad.left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={p.day}>
              <rect x={x} y={pad.top + plotHeight - barHeight} width={barWidth} height={barHeight} className={styles.bar}>
                <title>{`${dayLabel(p.day)}: ${p.views.toLocaleString('en-US')} views, ${p.visitors.toLocaleString('en-US')} visitors`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className={styles.axisText}>
                  {dayLabel(p.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
