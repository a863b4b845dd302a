import 'server-only';
import { pageWindow, type PageWindow } from '@/lib/pagination';
import { getDb } from '@/db/client';

export type AuditActor = { id: number; email: string };
export type AuditEvent = { id: number; at: Date; actorEmail: string; action: string; subject: string; detail: string };

/** One line of the audit log; `subject` names what was acted on ("story 42 ‘Headline’", an email). */
export function recordAuditEvent({
  actor,
  action,
  subject,
  detail = '',
  now = new Date(),
}: {
  actor: AuditActor;
  action: string;
  subject: string;
  detail?: string;
  now?: Date;
}): void {
  getDb()
    .$client.prepare('INSERT INTO audit_events (at, actor_id, actor_email, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(Math.floor(now.getTime() / 1000), actor.id, actor.email, action, subject.slice(0, 300), detail.slice(0, 300));
}

/** The audit log, newest first, 20 a page; `null` past the end. */
export function listAuditEvents({ page }: { page: number }): { events: AuditEvent[]; window: PageWindow } | null {
  const sqlite = getDb().$client;
  const window = pageWindow(page, sqlite.prepare('SELECT count(*) FROM audit_events').pluck().get() as number);
  if (!window) return null;
  const rows = sqlite
    .prepare('SELECT id, at, actor_email AS actorEmail, action, subject, detail FROM audit_events ORDER BY at DESC, id DESC LIMIT ? OFFSET ?')
    .all(window.limit, window.offset) as (Omit<AuditEvent, 'at'> & { at: number })[];
  return { events: rows.map((row) => ({ ...row, at: new Date(row.at * 1000) })), window };
}
