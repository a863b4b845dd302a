import 'client-only';
import { imageUploadPath } from '@/lib/http/front-door';
import { maxImageBytes, type ImageUploadAnswer } from '@/lib/images/image-files';

/** Sends a picture to the newsroom as the request body; every refusal comes back as a sentence to show. */
export async function uploadImage(file: File): Promise<ImageUploadAnswer> {
  // Said before 20 MB cross the network; the server checks again whatever the browser claims.
  if (file.size > maxImageBytes) return { ok: false, error: 'That picture is larger than 20 MB. Export a smaller copy and upload it again.' };
  try {
    const response = await fetch(imageUploadPath, {
      method: 'POST',
      body: file,
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
    if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as ImageUploadAnswer;
    if (response.status === 401) return { ok: false, error: 'Your session has ended. Sign in again in another tab, then upload the picture.' };
    return { ok: false, error: (await response.text()).slice(0, 300) || `The upload was refused (${response.status}).` };
  } catch {
    return { ok: false, error: 'The newsroom could not be reached. Try the upload again.' };
  }
}
