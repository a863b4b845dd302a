import { NextResponse, type NextRequest } from 'next/server';
import { actionReplyProblem } from '@/lib/http/action-reply';
import { frontDoorLimits } from '@/lib/http/front-door';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { staffSessionCookie } from '@/lib/staff-session-cookie';

// The front door's limit, checked again here for a server started without it.
const maxActionBodyBytes = frontDoorLimits.maxBodyBytes;

function plainResponse(status: number, message: string) {
  return new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * A POST that may run a server action (with the next-action header from JavaScript, or a
 * plain form post without it): cross-site, malformed or oversized ones get a clear 4xx, where
 * Next.js would throw a 500 for many of them. The front door already cut bodies at 64 KB.
 */
async function screenActionPost(request: NextRequest): Promise<NextResponse | null> {
  if (!isSameOriginRequest(request.headers)) return plainResponse(403, 'Cross-site requests are not accepted.');
  if (Number(request.headers.get('content-length') ?? 0) > maxActionBodyBytes) return plainResponse(413, 'Request too large.');
  const contentType = request.headers.get('content-type') ?? '';
  const isActionCall = request.headers.has('next-action');
  if (contentType.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return plainResponse(400, 'Malformed request.');
    }
    if (!isActionCall) return null; // a form post without JavaScript: Next.js reads its own fields
    // React writes the arguments as part "0"; a FormData argument's fields travel beside it.
    const root = form.get('0');
    if (typeof root !== 'string' || actionReplyProblem(root, { formData: true })) return plainResponse(400, 'Malformed request.');
    return null;
  }
  if (!isActionCall) return null; // not an action at all: the page answers it like a GET
  if (!contentType.startsWith('text/plain')) return plainResponse(400, 'Malformed request.');
  // Outside the staff area a text/plain call skips this proxy (see the matcher): the front door checks it.
  const body = await request.clone().text();
  if (body.length > maxActionBodyBytes) return plainResponse(413, 'Request too large.');
  return actionReplyProblem(body) ? plainResponse(400, 'Malformed request.') : null;
}

/**
 * Screens action posts (above) and sends visitors without a staff cookie to the sign-in form.
 * Only an optimistic gate for staff: every staff page and action verifies the session itself.
 */
export async function proxy(request: NextRequest) {
  if (request.method === 'POST') return (await screenActionPost(request)) ?? NextResponse.next();
  const path = request.nextUrl.pathname;
  if (path.startsWith('/staff') && path !== '/staff/sign-in' && !request.cookies.has(staffSessionCookie)) {
    return NextResponse.redirect(new URL('/staff/sign-in', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Page GETs never pass through here: only requests with a body (action calls and form
    // posts, which carry a content type) and the staff area. Not the picture upload: Next.js
    // would buffer its body (up to 10 MB) for the proxy; its route checks the session itself.
    // Not action calls with a text/plain body: the front door checks those whole, for a
    // fraction of what passing through here costs (lib/http/script-action-calls.ts).
    {
      source: '/((?!_next/|staff/images$).*)',
      has: [{ type: 'header', key: 'next-action' }],
      missing: [{ type: 'header', key: 'content-type', value: 'text/plain.*' }],
    },
    { source: '/((?!_next/|staff/images$).*)', has: [{ type: 'header', key: 'content-type' }], missing: [{ type: 'header', key: 'next-action' }] },
    '/staff',
    '/staff/((?!images$).*)',
  ],
};
