import type { ReactNode } from 'react';
import { formatShortDate } from '@/lib/site-time';
import type { ColumnKind, Report, ReportColumn } from '@/lib/staff-reports/report';
import reportStyles from './Reports.module.css';
import styles from './Staff.module.css';

const numericKinds = new Set<ColumnKind>(['rank', 'count', 'share', 'change']);

// One formatter for every label: toLocaleDateString with options builds a new one per call
// (about 90 µs), which was 20 ms of the 90-day compared dashboard's first render.
const dayLabelFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Dec 3" from a day key; days carry no time, so read them at noon UTC. */
export const dayLabel = (day: string) => dayLabelFormat.format(new Date(`${day}T12:00:00Z`));

/** A cell as read on screen, from the value its export carries. */
function defaultCell<Row>(column: ReportColumn<Row>, row: Row): ReactNode {
  const value = column.value(row);
  if (column.display) {
    const text = column.display(row);
    if (column.kind !== 'change' || typeof value !== 'number' || value === 0) return text;
    return <span className={value > 0 ? reportStyles.up : reportStyles.down}>{text}</span>;
  }
  if (value === null) return '–';
  switch (column.kind) {
    case 'count':
      return Number(value).toLocaleString('en-US');
    case 'share':
      return `${Number(value).toFixed(1)}%`;
    case 'day':
      return dayLabel(String(value));
    case 'instant':
      return <time dateTime={String(value)}>{formatShortDate(new Date(String(value)))}</time>;
    default:
      return value;
  }
}

/**
 * A report drawn as a table: every column its export has, in the same order, so what staff see
 * is what they download. `cells` draws a column differently (a link for a headline); the value
 * is still the column's.
 */
export function ReportTable<Row>({
  report,
  rowKey,
  cells = {},
  rowHeader,
  rowProps,
  empty = 'No views recorded in this period.',
  testId,
}: {
  report: Report<Row>;
  rowKey: (row: Row) => string;
  cells?: Partial<Record<string, (row: Row) => ReactNode>>;
  /** The column whose cell heads its row (`th scope="row"`). */
  rowHeader?: string;
  rowProps?: (row: Row) => Record<string, string | undefined>;
  empty?: string;
  testId?: string;
}) {
  if (report.rows.length === 0) return <p>{empty}</p>;
  const cellClass = (column: ReportColumn<Row>) =>
    [numericKinds.has(column.kind) ? styles.num : '', column.wideOnly ? styles.hideNarrow : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid={testId}>
        <caption className="visually-hidden">{report.title}</caption>
        <thead>
          <tr>
            {report.columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {report.columns.map((column) => {
                const content = cells[column.key]?.(row) ?? defaultCell(column, row);
                return column.key === rowHeader ? (
                  <th key={column.key} scope="row" className={cellClass(column)}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={cellClass(column)} data-column={column.key}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
