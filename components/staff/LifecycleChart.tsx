import type { StoryLifecycle } from '@/db/queries/story-lifecycle';
import { formatSiteHour } from '@/lib/site-hours';
import { chartHeight as height, chartPad as pad, chartWidth as width, niceMax } from './chart-frame';
import styles from './Staff.module.css';

/**
 * The story's views in each hour since publication (bars) against the section median at the same
 * hour of age (line), drawn on the server as SVG. The table below it has the same figures.
 */
export function LifecycleChart({ lifecycle }: { lifecycle: StoryLifecycle }) {
  const { points } = lifecycle;
  const max = niceMax(Math.max(0, ...points.map((p) => Math.max(p.views, p.medianViews ?? 0))));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(1, slot * 0.75);
  const y = (value: number) => pad.top + plotHeight * (1 - value / max);
  const medianLine = points
    .filter((p) => p.medianViews !== null)
    .map((p) => `${(pad.left + p.age * slot + slot / 2).toFixed(1)},${y(p.medianViews!).toFixed(1)}`)
    .join(' ');
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Views per hour over the first ${points.length} hours: ${lifecycle.storyTotal.toLocaleString('en-US')} in all, against a section median of ${(lifecycle.medianTotal ?? 0).toLocaleString('en-US')}`}
      >
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={pad.left} x2={width - pad.right} y1={y(max * f)} y2={y(max * f)} className={styles.gridLine} />
            <text x={pad.left - 6} y={y(max * f) + 4} textAnchor="end" className={styles.axisText}>
              {Math.round(max * f).toLocaleString('en-US')}
            </text>
          </g>
        ))}
        {points.map((p) => {
          const x = pad.left + p.age * slot + (slot - barWidth) / 2;
          return (
            <g key={p.age}>
              <rect x={x} y={y(p.views)} width={barWidth} height={pad.top + plotHeight - y(p.views)} className={styles.bar}>
                <title>{`Hour ${p.age + 1}: ${p.views.toLocaleString('en-US')} views; section median ${p.medianViews ?? 'none'}`}</title>
              </rect>
              {p.age % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className={styles.axisText}>
                  {`+${p.age}h`}
                </text>
              )}
            </g>
          );
        })}
        {medianLine && <polyline points={medianLine} className={styles.medianLine} />}
      </svg>
      <figcaption>
        Bars: this story&rsquo;s views in each hour since it was published (the first began {formatSiteHour(lifecycle.publishedHourStart)}). Line: the
        median of the section&rsquo;s {lifecycle.peerCount} latest stories at the same hour of their lives.
      </figcaption>
    </figure>
  );
}
