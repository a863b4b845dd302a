import { readDatabaseHealth } from '@/db/queries/database-health';

export const dynamic = 'force-dynamic';

/** For load balancers and supervisors: 200 when the database answers, takes writes and has the current schema; 503 otherwise. */
export function GET() {
  const database = readDatabaseHealth();
  return Response.json(
    { status: database.healthy ? 'ok' : 'unavailable', database },
    { status: database.healthy ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
