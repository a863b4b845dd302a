// The production server: Next.js behind a small front door that decides who the client is
// (socket address, or TRUSTED_PROXIES hops), refuses requests no page needs before they cost
// anything, and bounds how many sign-ins check a password at once. `npm run serve`; `npm start`
// builds first when needed.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { closeDatabase } from '@/db/client';
import { clientAddressHeader, prefetchHeader } from '@/lib/http/client-address-header';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { readTrustedProxyHops, resolveClientAddress } from '@/lib/http/client-address';
import { announcesPrefetch, frontDoorLimits, isSignInPost, screenRequest, type Refusal } from '@/lib/http/front-door';
import { maxSignInsInFlight } from '@/lib/password-policy';
import { markFrontDoorInstalled, startOutcome } from '@/lib/server-start';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const trustedHops = readTrustedProxyHops();
const policy = contentSecurityPolicy({ production: true });

function refuse(res: ServerResponse, { status, message, headers = {} }: Refusal): void {
  // A refused request's body is discarded as it arrives (up to the body limit), so the client
  // can read the answer instead of failing on a connection closed under its upload.
  res.req.resume();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(message);
}

/** Refuses the request as soon as its body passes the limit, whoever is reading it. */
function limitBodyBytes(req: IncomingMessage, res: ServerResponse): void {
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null) received += (chunk as Buffer).length;
    if (received > frontDoorLimits.maxBodyBytes) {
      if (!res.headersSent) refuse(res, { status: 413, message: 'Request too large.', headers: { connection: 'close' } });
      req.destroy();
      return false;
    }
    return push(chunk, encoding);
  };
}

let signInsInFlight = 0;

markFrontDoorInstalled();
const app = next({ dev: false, hostname, port });
await app.prepare();
// Migrations on a large file can take a while; a database that cannot be opened fails at once.
const outcome = await startOutcome(120_000);
if (!outcome.ok) {
  console.error(`Broadsheet could not start: ${outcome.message} (database: ${process.env.DATABASE_PATH ?? 'data/broadsheet.db'})`);
  process.exit(1);
}
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const refusal = screenRequest({ method: req.method, url: req.url, contentLength: req.headers['content-length'] });
  if (refusal) return refuse(res, refusal);
  req.headers[clientAddressHeader] = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trustedHops,
  });
  if (announcesPrefetch((name) => req.headers[name] as string | undefined)) req.headers[prefetchHeader] = '1';
  else delete req.headers[prefetchHeader];
  res.setHeader('content-security-policy', policy);
  if (req.method === 'POST') limitBodyBytes(req, res);
  if (isSignInPost(req.method, req.url)) {
    if (signInsInFlight >= maxSignInsInFlight) {
      return refuse(res, { status: 429, message: 'Too many sign-ins at once. Try again in a few seconds.', headers: { 'retry-after': '5' } });
    }
    signInsInFlight++;
    res.once('close', () => signInsInFlight--);
  }
  void handle(req, res);
});

server.listen(port, hostname, () => {
  console.log(`Broadsheet ready on http://${hostname}:${port}${trustedHops ? ` behind ${trustedHops} trusted proxy hop(s)` : ''}`);
});

/**
 * A supervisor's stop: no new connections, in-flight requests answered, the write-ahead log
 * folded into the database file (so the .db alone is a complete copy), exit 0. Past 10 s the
 * remaining requests are cut and the exit code says so.
 */
function stop(): void {
  const idleSweep = setInterval(() => server.closeIdleConnections(), 200);
  const deadline = setTimeout(() => {
    console.error('Broadsheet: requests still open 10 s after the stop signal; closing anyway.');
    server.closeAllConnections();
    closeDatabase();
    process.exit(1);
  }, 10_000);
  server.close(() => {
    clearInterval(idleSweep);
    clearTimeout(deadline);
    closeDatabase();
    process.exit(0);
  });
  server.closeIdleConnections();
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
