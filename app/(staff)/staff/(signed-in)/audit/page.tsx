import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/pagination/Pagination';
import styles from '@/components/staff/Staff.module.css';
import { listAuditEvents } from '@/db/queries/audit-log';
import { parsePageParam } from '@/lib/pagination';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { formatPublishedDateTime } from '@/lib/site-time';

export const metadata: Metadata = { title: 'Audit log', description: 'Who did what in the Broadsheet newsroom, and when.' };

type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admins only: every publication, take-down, restore, deletion and account change, newest first. */
export default staffPage<AuditPageProps>(
  async function AuditLogPage({ searchParams }) {
    const page = parsePageParam((await searchParams).page);
    const log = page === null ? null : listAuditEvents({ page });
    if (!log) notFound();
    return (
      <>
        <h1>Audit log</h1>
        {log.events.length === 0 ? (
          <p>Nothing has happened yet.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {log.events.map((event) => (
                  <tr key={event.id}>
                    <td>
                      <time dateTime={event.at.toISOString()}>{formatPublishedDateTime(event.at)}</time>
                    </td>
                    <td>{event.actorEmail}</td>
                    <td>
                      {event.action} {event.subject}
                      {event.detail && <span className="meta"> ({event.detail})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination basePath="/staff/audit" window={log.window} />
      </>
    );
  },
  { role: 'admin' },
);
