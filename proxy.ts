import { NextResponse, type NextRequest } from 'next/server';
import { staffSessionCookie } from '@/lib/staff-session-cookie';

const maxActionBodyBytes = 64 * 1024;

function plainResponse(status: number, message: string) {
  return new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Turns malformed or cross-site server-action posts into clear 4xx answers (Next.js would
 * throw a 500 for them), and sends visitors without a staff cookie to the sign-in form.
 * Only an optimistic gate: every staff page and action verifies the session itself.
 */
export async function proxy(request: NextRequest) {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const origin = request.headers.get('origin');
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (origin && (!URL.canParse(origin) || new URL(origin).host !== host)) {
      return plainResponse(403, 'Cross-site requests are not accepted.');
    }
    const contentType = request.headers.get('content-type') ?? '';
    if (!contentType.startsWith('text/plain') && !contentType.startsWith('multipart/form-data')) {
      return plainResponse(400, 'Malformed request.');
    }
    if (Number(request.headers.get('content-length') ?? 0) > maxActionBodyBytes) {
      return plainResponse(413, 'Request too large.');
    }
    if (contentType.startsWith('text/plain')) {
      const body = await request.clone().text();
      if (body.length > maxActionBodyBytes) return plainResponse(413, 'Request too large.');
      try {
        JSON.parse(body);
      } catch {
        return plainResponse(400, 'Malformed request.');
      }
    }
    return NextResponse.next();
  }

  const path = request.nextUrl.pathname;
  if (path.startsWith('/staff') && path !== '/staff/sign-in' && !request.cookies.has(staffSessionCookie)) {
    return NextResponse.redirect(new URL('/staff/sign-in', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Page GETs never pass through here: only action posts and the staff area.
    { source: '/((?!_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    '/staff/:path*',
  ],
};
