import type { RecordViewInput, RecordViewOutcome } from '@/db/queries/article-views';

/** What the view-writer thread answers for one view: its outcome, or a write the request cannot fix. */
export type ViewWriterReply = { outcome: RecordViewOutcome } | { failure: { code: 'busy' | 'unavailable'; message: string } };

/** Records one view on the view-writer thread (db/view-writer/worker.ts). */
export type ViewWriter = (input: RecordViewInput) => Promise<ViewWriterReply>;

// On globalThis because the front door (scripts/serve.ts) installs it, and the action that uses
// it lives in Next.js's server bundle: two copies of this module, one process.
const viewWriterKey = Symbol.for('broadsheet.view-writer');
const store = globalThis as Record<symbol, ViewWriter | undefined>;

export function installViewWriter(writer: ViewWriter | undefined): void {
  store[viewWriterKey] = writer;
}

/** The view-writer thread's writer when this process has one (the production server); views are written in-thread otherwise. */
export function installedViewWriter(): ViewWriter | undefined {
  return store[viewWriterKey];
}
