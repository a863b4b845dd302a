/** What went wrong in the data layer, in terms a caller can act on rather than SQLite's codes. */
export type DataErrorCode = 'busy' | 'conflict' | 'constraint' | 'unavailable';

export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function classify(sqliteCode: string): DataErrorCode | null {
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) return 'busy';
  if (sqliteCode === 'SQLITE_CONSTRAINT_UNIQUE' || sqliteCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'conflict';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT')) return 'constraint';
  if (/^SQLITE_(READONLY|FULL|IOERR|CORRUPT|CANTOPEN|NOTADB)/.test(sqliteCode)) return 'unavailable';
  return null;
}

/**
 * Runs one data-layer operation and turns SQLite's failures into a DataError (the original
 * stays as `cause` for the log). Programming errors pass through unchanged.
 */
export function withDataErrors<T>(operation: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const sqliteCode = error instanceof Error && 'code' in error ? String(error.code) : '';
    const code = classify(sqliteCode);
    if (!code) throw error;
    throw new DataError(code, `${operation}: ${code} (${sqliteCode})`, { cause: error });
  }
}
