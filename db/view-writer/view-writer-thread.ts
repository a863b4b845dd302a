import { databaseWorker } from '@/db/worker-thread';
import type { RecordViewInput } from '@/db/queries/article-views';
import type { ViewWriter, ViewWriterReply } from './view-writer';

/**
 * Starts the view-writer thread from `file` (the bundled db/view-writer/worker.ts; the .ts file
 * itself under tsx) and returns its writer, with `ready` resolving once its connection is open.
 * A thread that dies fails the views it held ("unavailable") and is started again for the next.
 */
export function startViewWriterThread(file: string): { writer: ViewWriter; ready: Promise<unknown> } {
  const ask = databaseWorker<{ input?: RecordViewInput }, ViewWriterReply>(file);
  return { writer: (input) => ask({ input }), ready: ask({}) };
}
