import { csvResponse, toCsv } from '@/lib/csv';
import type { DayRange } from '@/lib/staff-period';

/** A value as exported: text, a number, or nothing (JSON null, an empty CSV cell). */
export type Cell = string | number | null;

/** How a column reads on screen; the export always carries the raw value. */
export type ColumnKind = 'text' | 'rank' | 'count' | 'share' | 'change' | 'day' | 'instant';

export type ReportColumn<Row> = {
  /** The CSV header and JSON key. */
  key: string;
  /** The table header on screen. */
  label: string;
  kind: ColumnKind;
  value: (row: Row) => Cell;
  /** The text on screen where it is not the value's plain form (a change reads "+12%" or "new"). */
  display?: (row: Row) => string;
  /** Dropped on narrow screens (still exported). */
  wideOnly?: boolean;
};

/**
 * One table or chart of a staff page, as shown: its rows, its columns, its days and the days
 * it is compared with. The page draws it and its CSV and JSON exports serialize it, so an
 * export holds exactly what is on screen, never a second query's idea of it.
 */
export type Report<Row> = {
  /** For file names: "top-stories". */
  name: string;
  title: string;
  range: DayRange | null;
  compareWith: DayRange | null;
  columns: ReportColumn<Row>[];
  rows: Row[];
};

export type ExportFormat = 'csv' | 'json';

/** `?format=`: CSV unless JSON is asked for; anything else is `null` (a 400). */
export function parseExportFormat(raw: string | null): ExportFormat | null {
  if (raw === null || raw === 'csv') return 'csv';
  return raw === 'json' ? 'json' : null;
}

export function reportCsv<Row>(report: Report<Row>): string {
  return toCsv(
    report.columns.map((c) => c.key),
    report.rows.map((row) => report.columns.map((c) => c.value(row) ?? '')),
  );
}

export function reportJson<Row>(report: Report<Row>) {
  return {
    report: report.name,
    title: report.title,
    range: report.range,
    compareWith: report.compareWith,
    columns: report.columns.map(({ key, label }) => ({ key, label })),
    rows: report.rows.map((row) => Object.fromEntries(report.columns.map((c) => [c.key, c.value(row)]))),
  };
}

/** The report as a download: `filename` without its extension. */
export function reportResponse<Row>(report: Report<Row>, format: ExportFormat, filename: string): Response {
  if (format === 'csv') return csvResponse(`${filename}.csv`, reportCsv(report));
  return new Response(JSON.stringify(reportJson(report), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
