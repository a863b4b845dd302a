import { openMediaFile } from '@/db/media/media-directory';

/** A stored picture. Its name carries its content's hash, so it never changes: cached for a year, never revalidated. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = await openMediaFile((await params).file);
  if (!file) return new Response('No such picture.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(file.stream, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.bytes),
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
