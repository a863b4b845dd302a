/**
 * RFC 4180 CSV. Every text cell is quoted. Headlines are typed by people and opened by other
 * people in spreadsheets, which run a cell starting with =, +, - or @ as a formula, and may
 * split a cell at a comma, semicolon, tab or line break when guessing the separator: such a
 * character at the start, or after any of those separators, gets an apostrophe before it.
 */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const neutralised = value.replace(/(^|[,;\t\r\n|]\s*)([=+\-@\t\r])/g, "$1'$2");
  return `"${neutralised.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvResponse(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}
