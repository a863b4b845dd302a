import { createHash } from 'node:crypto';
import { getDb } from './client';

/*
 * The front door's question before it accepts a large body (a picture upload): does the request
 * carry a live staff session? Not under db/queries: scripts/serve.ts runs outside the React
 * server build. The route itself still checks the session and role in full.
 */

/** Sessions are stored by this hash of their cookie token, never the token itself. */
export function hashStaffSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function isLiveStaffSessionToken(token: string, now = new Date()): boolean {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  return (
    getDb()
      .$client.prepare(
        `SELECT 1 FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
      )
      .get(hashStaffSessionToken(token), Math.floor(now.getTime() / 1000)) !== undefined
  );
}
