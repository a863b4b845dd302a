import 'client-only';

const storageKey = 'broadsheet:visitor';
const lifetimeMs = 24 * 3600 * 1000;

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * A random token this browser keeps for a day so that reloads are not counted twice. It says
 * nothing about the person (no IP, no fingerprint) and the server stores only a salted hash
 * that changes every day. Where storage is blocked, each page view gets a fresh token.
 */
export function getVisitorToken(now: number = Date.now()): string {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as { token?: string; issuedAt?: number } | null;
    if (stored?.token && typeof stored.issuedAt === 'number' && now - stored.issuedAt < lifetimeMs) return stored.token;
    const token = newToken();
    localStorage.setItem(storageKey, JSON.stringify({ token, issuedAt: now }));
    return token;
  } catch {
    return newToken();
  }
}
