import { storeImage } from '@/db/queries/images';
import { maxImageBytes, type ImageUploadAnswer } from '@/lib/images/image-files';
import { readBodyUpTo } from '@/lib/http/read-body';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { staffRoute } from '@/lib/server/auth/staff-guards';

function answer(status: number, body: ImageUploadAnswer): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } });
}

/**
 * A picture for a story: the request body is the file itself. Checked by content, stored with its
 * resized copies, and answered with what the editor needs to show and attach it.
 */
export const POST = staffRoute(async (request, { staff }) => {
  if (!isSameOriginRequest(request.headers)) return answer(403, { ok: false, error: 'Cross-site uploads are not accepted.' });
  const tooLarge = { ok: false, error: 'That picture is larger than 20 MB. Export a smaller copy and upload it again.' } as const;
  if (Number(request.headers.get('content-length') ?? 0) > maxImageBytes) return answer(413, tooLarge);
  const bytes = await readBodyUpTo(request.body, maxImageBytes);
  if (!bytes) return answer(413, tooLarge);
  if (bytes.length === 0) return answer(400, { ok: false, error: 'Choose a picture to upload.' });
  const stored = await storeImage({ bytes, staffId: staff.id });
  if (!stored.ok) return answer(stored.status, { ok: false, error: stored.message });
  const { id, hash, width, height, widths } = stored.image;
  return answer(201, { ok: true, image: { id, hash, width, height, widths } });
});
