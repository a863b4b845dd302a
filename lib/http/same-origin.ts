/**
 * Whether a request with a body came from a page of this site: browsers send Origin on every
 * cross-site POST, so a missing header is an old client or a same-origin form, never a forger's page.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  return !origin || (URL.canParse(origin) && new URL(origin).host === host);
}
