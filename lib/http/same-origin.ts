/**
 * Whether a request with a body came from a page of this site: browsers send Origin on every
 * cross-site POST, so a missing header is an old client or a same-origin form, never a forger's page.
 */
export function isSameOrigin(header: (name: string) => string | null | undefined): boolean {
  const origin = header('origin');
  const host = header('x-forwarded-host') ?? header('host');
  return !origin || (URL.canParse(origin) && new URL(origin).host === host);
}

export function isSameOriginRequest(headers: Headers): boolean {
  return isSameOrigin((name) => headers.get(name));
}
