import 'server-only';
import type Database from 'better-sqlite3';
import { getDb } from '@/db/client';
import type { StaffRole } from '@/db/schema';
import { slugify } from '@/lib/slug';

export type StaffAccount = {
  id: number;
  email: string;
  role: StaffRole;
  createdAt: Date;
  disabledAt: Date | null;
  liveSessions: number;
  /** The author profile this account writes under (its stories' default byline), if any. */
  authorId: number | null;
};

type AccountRow = Omit<StaffAccount, 'createdAt' | 'disabledAt'> & { createdAt: number; disabledAt: number | null };

/** Every staff account with how many sessions it has open now. */
export function listStaffAccounts(now = new Date()): StaffAccount[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT u.id, u.email, u.role, u.created_at AS createdAt, u.disabled_at AS disabledAt, u.author_id AS authorId,
              (SELECT count(*) FROM staff_sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS liveSessions
       FROM staff_users u ORDER BY u.email`,
    )
    .all(Math.floor(now.getTime() / 1000)) as AccountRow[];
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt * 1000),
    disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt * 1000),
  }));
}

export type AccountChange = { status: 'changed'; email: string } | { status: 'not-found' } | { status: 'last-admin' };

/** Whether this change would leave no admin who can sign in (checked inside the change's transaction). */
function leavesNoAdmin(sqlite: Database.Database, id: number, after: { role: StaffRole; disabled: boolean }): boolean {
  if (after.role === 'admin' && !after.disabled) return false;
  const others = sqlite
    .prepare("SELECT count(*) FROM staff_users WHERE role = 'admin' AND disabled_at IS NULL AND id != ?")
    .pluck()
    .get(id) as number;
  return others === 0;
}

function changeAccount(
  id: number,
  change: (
    sqlite: Database.Database,
    current: { email: string; role: StaffRole; disabledAt: number | null },
  ) => { role: StaffRole; disabled: boolean } | null,
  apply: (sqlite: Database.Database) => void,
): AccountChange {
  const sqlite = getDb().$client;
  return sqlite
    .transaction((): AccountChange => {
      const current = sqlite.prepare('SELECT email, role, disabled_at AS disabledAt FROM staff_users WHERE id = ?').get(id) as
        { email: string; role: StaffRole; disabledAt: number | null } | undefined;
      if (!current) return { status: 'not-found' };
      const after = change(sqlite, current);
      if (after && leavesNoAdmin(sqlite, id, after)) return { status: 'last-admin' };
      apply(sqlite);
      return { status: 'changed', email: current.email };
    })
    .immediate();
}

/** A new role; the last admin who can sign in keeps theirs. */
export function changeStaffRole({ id, role }: { id: number; role: StaffRole }): AccountChange {
  return changeAccount(
    id,
    (_, current) => ({ role, disabled: current.disabledAt !== null }),
    (sqlite) => sqlite.prepare('UPDATE staff_users SET role = ? WHERE id = ?').run(role, id),
  );
}

/** Disables (ending every session) or enables an account; the last admin who can sign in cannot be disabled. */
export function setStaffDisabled({ id, disabled, now = new Date() }: { id: number; disabled: boolean; now?: Date }): AccountChange {
  return changeAccount(
    id,
    (_, current) => ({ role: current.role, disabled }),
    (sqlite) => {
      sqlite.prepare('UPDATE staff_users SET disabled_at = ? WHERE id = ?').run(disabled ? Math.floor(now.getTime() / 1000) : null, id);
      if (disabled) sqlite.prepare('DELETE FROM staff_sessions WHERE user_id = ?').run(id);
    },
  );
}

/** A new password (already hashed) and no session left open with the old one. */
export function replaceStaffPassword({ id, passwordHash }: { id: number; passwordHash: string }): AccountChange {
  return changeAccount(
    id,
    () => null,
    (sqlite) => {
      sqlite.prepare('UPDATE staff_users SET password_hash = ? WHERE id = ?').run(passwordHash, id);
      sqlite.prepare('DELETE FROM staff_sessions WHERE user_id = ?').run(id);
    },
  );
}

/** Signs the account out everywhere. */
export function endAllStaffSessions({ id }: { id: number }): AccountChange {
  return changeAccount(
    id,
    () => null,
    (sqlite) => sqlite.prepare('DELETE FROM staff_sessions WHERE user_id = ?').run(id),
  );
}

/**
 * Links an account to the author profile it writes under: an existing one (`authorId`), a new one
 * made from `newAuthorName`, or none. A new profile gets a unique slug from the name.
 */
export function setStaffAuthor({
  id,
  authorId,
  newAuthorName,
}: {
  id: number;
  authorId: number | null;
  newAuthorName?: string;
}): AccountChange | { status: 'unknown-author' } {
  const sqlite = getDb().$client;
  return sqlite
    .transaction(() => {
      const email = sqlite.prepare<[number], string>('SELECT email FROM staff_users WHERE id = ?').pluck().get(id);
      if (email === undefined) return { status: 'not-found' as const };
      let linked = authorId;
      if (newAuthorName) {
        const base = slugify(newAuthorName) || 'author';
        let slug = base;
        for (let n = 2; sqlite.prepare('SELECT 1 FROM authors WHERE slug = ?').get(slug); n++) slug = `${base}-${n}`;
        linked = sqlite
          .prepare<[string, string], number>("INSERT INTO authors (slug, name, role, bio) VALUES (?, ?, 'Staff writer', '') RETURNING id")
          .pluck()
          .get(slug, newAuthorName)!;
      } else if (linked !== null && !sqlite.prepare('SELECT 1 FROM authors WHERE id = ?').get(linked)) {
        return { status: 'unknown-author' as const };
      }
      sqlite.prepare('UPDATE staff_users SET author_id = ? WHERE id = ?').run(linked, id);
      return { status: 'changed' as const, email };
    })
    .immediate();
}
