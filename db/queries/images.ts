import 'server-only';
import { getDb } from '@/db/client';
import { recordImage, type ImageRow } from '@/db/media/image-records';
import { mediaDirectory } from '@/db/media/media-directory';
import { imageHash, inspectImage, renderImageFiles } from '@/db/media/render-image';
import { retryWhileBusy } from '@/db/write-retry';
import { parseWidths, type StoredImage } from '@/lib/images/image-files';

export type ImageRecord = StoredImage & { id: number };

const toRecord = (row: ImageRow): ImageRecord => ({ ...row, widths: parseWidths(row.widths) });

export function getImage({ id }: { id: number }): ImageRecord | null {
  const row = getDb().$client.prepare<[number], ImageRow>('SELECT id, hash, width, height, widths FROM images WHERE id = ?').get(id);
  return row ? toRecord(row) : null;
}

export type StoreImageOutcome = { ok: true; image: ImageRecord } | { ok: false; status: 413 | 415 | 503; message: string };

// Decoding and encoding a large picture takes a core for seconds: one at a time, and a short
// queue beyond which the uploader is told to try again (an upload is a staff member's, but a
// stuck browser retrying must not queue work without end).
const maxWaiting = 4;
let waiting = 0;
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> | null {
  if (waiting >= maxWaiting) return null;
  waiting++;
  const result = queue.then(work).finally(() => waiting--);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Checks an upload by its content, writes its files (original without metadata, resized copies)
 * and records it. The same bytes uploaded twice are one picture.
 */
export async function storeImage({ bytes, staffId }: { bytes: Buffer; staffId: number }): Promise<StoreImageOutcome> {
  const inspection = await inspectImage(bytes);
  if (!inspection.ok) return inspection;
  const hash = imageHash(bytes);
  const stored = oneAtATime(() => renderImageFiles({ bytes, hash, format: inspection.format, width: inspection.width, directory: mediaDirectory() }));
  if (!stored) return { ok: false, status: 503, message: 'Other pictures are being prepared. Try again in a minute.' };
  const widths = await stored;
  const { format, width, height } = inspection;
  const row = await retryWhileBusy('record image', () =>
    recordImage(getDb().$client, { hash, format, width, height, bytes: bytes.length, widths, createdBy: staffId, isDemo: false }),
  );
  return { ok: true, image: toRecord(row) };
}
