// The newsroom's accounts, sessions, sign-in throttles and audit log. Part of db/schema.ts.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { authors } from './schema';

/** admin: everything, including accounts; editor: edit and publish any story; writer: own drafts. */
export const staffRoles = ['admin', 'editor', 'writer'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffUsers = sqliteTable(
  'staff_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    // scrypt$N$r$p$salt$hash (lib/server/auth/password.ts); never the password itself.
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: staffRoles }).notNull().default('writer'),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    /** Set by an admin: the account can neither sign in nor use a session it had. */
    disabledAt: integer('disabled_at', { mode: 'timestamp' }),
    /** The author profile this staff member writes under: new stories carry it as their byline. */
    authorId: integer('author_id').references((): AnySQLiteColumn => authors.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('staff_users_email_unique').on(t.email), check('staff_users_role_known', sql`${t.role} IN ('admin', 'editor', 'writer')`)],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    /** Touched at most once a minute; a session idle past STAFF_SESSION_IDLE_MINUTES ends. */
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`0`),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId), index('staff_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-in throttles. `pair:` keys (an email with one client address) count failures since
 * the last success, for a lock with backoff that only that address suffers; `address:` keys
 * count every attempt from one address in a fixed window. Keys hash the address under the
 * day's salt, like every other stored address.
 */
export const signInThrottles = sqliteTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStart: integer('window_start').notNull(),
    lastFailureAt: integer('last_failure_at').notNull(),
  },
  (t) => [index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt)],
);

export type StaffUser = typeof staffUsers.$inferSelect;

/**
 * Who did what in the newsroom, for admins: stories created, published, scheduled, taken down,
 * restored or deleted, and accounts added, changed or disabled. The actor's email is kept beside
 * the id so the record outlives the account.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp' }).notNull(),
    actorId: integer('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail').notNull().default(''),
  },
  (t) => [index('audit_events_at_idx').on(t.at)],
);
