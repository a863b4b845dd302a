import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';

/** The row a column map selects, as Drizzle types it: view-models follow their queries, never drift. */
export type RowOf<Columns> = SelectResultFields<Columns>;
