import { actionReplyProblem } from './action-reply';
import { frontDoorLimits, type Refusal } from './front-door';
import { isSameOrigin } from './same-origin';

/**
 * A server action called from JavaScript with plain arguments (the view counter, most staff
 * buttons): React posts them as one text/plain body. The front door checks these itself, on the
 * whole body, before Next.js sees them; proxy.ts checks the rest (form posts, multipart calls).
 * Through the proxy such a call cost about 0.7 ms of CPU more (bench/ceiling.ts): Next.js
 * copies the body into a cloneable stream and builds a web Request for it.
 */
export function isScriptActionCall(method: string | undefined, header: (name: string) => string | undefined): boolean {
  return method === 'POST' && header('next-action') !== undefined && (header('content-type') ?? '').startsWith('text/plain');
}

/** Cross-site (403), oversized (413) or not a call React could have written (400); null when it may go on. */
export function screenScriptActionCall(header: (name: string) => string | undefined, body: string): Refusal | null {
  if (!isSameOrigin(header)) return { status: 403, message: 'Cross-site requests are not accepted.' };
  if (body.length > frontDoorLimits.maxBodyBytes) return { status: 413, message: 'Request too large.' };
  return actionReplyProblem(body) ? { status: 400, message: 'Malformed request.' } : null;
}
