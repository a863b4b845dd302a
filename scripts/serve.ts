// The production server: Next.js behind a small front door that decides who the client is
// (socket address, or TRUSTED_PROXIES hops), refuses requests no page needs before they cost
// anything, and bounds how many sign-ins check a password at once. `npm run serve`; `npm start`
// builds first when needed.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { closeDatabase } from '@/db/client';
import { isLiveStaffSessionToken } from '@/db/staff-session-gate';
import { isTakenDownStorySlug } from '@/db/story-addresses';
import { clientAddressHeader, prefetchHeader } from '@/lib/http/client-address-header';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { readTrustedProxyHops, resolveClientAddress } from '@/lib/http/client-address';
import {
  announcesPrefetch,
  articleAnswerStatus,
  articleSlugOf,
  isArticleActionPost,
  isImageUploadPost,
  isSignInPost,
  maxBodyBytesFor,
  screenRequest,
  type Refusal,
} from '@/lib/http/front-door';
import { createAdmissionQueue } from '@/lib/http/admission-queue';
import { holdRequestBody } from '@/lib/http/held-request-body';
import { isScriptActionCall, screenScriptActionCall } from '@/lib/http/script-action-calls';
import { capSharedCacheLifetime } from '@/lib/http/shared-cache-control';
import { createCompressedCopies } from '@/lib/http/compressed-copies';
import { compressThroughCopies, isCompressibleReaderPageRequest } from '@/lib/http/compress-reader-pages';
import { createLogBudget, isLoggedStatus, loggedRoute } from '@/lib/http/request-log';
import { consoleCallAsLogLine, logEvent } from '@/lib/log';
import { cookieValue } from '@/lib/http/cookie-value';
import { maxSignInsInFlight } from '@/lib/password-policy';
import { markFrontDoorInstalled, startOutcome } from '@/lib/server-start';
import { staffSessionCookie } from '@/lib/staff-session-cookie';
import { installViewWriter } from '@/db/view-writer/view-writer';
import { startViewWriterThread } from '@/db/view-writer/view-writer-thread';
import { viewWriterBundlePath } from './front-door-bundle';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const trustedHops = readTrustedProxyHops();
const policy = contentSecurityPolicy({ production: true });

// Logs are one JSON line each. Next.js and libraries report errors with console.error as
// multi-line traces full of absolute build paths; here they become one line that carries the
// id and route of the request being served (the same id the response's x-request-id shows).
const currentRequest = new AsyncLocalStorage<{ id: string; route: string; startedAt: number }>();
// The page cache dates what a request renders from when the request reached Next.js, not from
// when the page was stored (lib/page-cache-handler.mjs): a render can outlast a take-down.
(globalThis as Record<symbol, unknown>)[Symbol.for('broadsheet.request-started-at')] = () => currentRequest.getStore()?.startedAt;
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => {
    const request = currentRequest.getStore();
    process.stderr.write(`${consoleCallAsLogLine(level, args, request && { id: request.id, route: request.route })}\n`);
  };
}
// A flood of refused requests writes at most 50 lines per 10 s (and says how many it left out).
const requestLogBudget = createLogBudget({ max: 50, windowMs: 10_000 });

function logRequest(req: IncomingMessage, res: ServerResponse, id: string, startedAt: number): void {
  if (!isLoggedStatus(res.statusCode)) return;
  const { write, suppressedBefore } = requestLogBudget.take();
  if (!write) return;
  logEvent(res.statusCode >= 500 ? 'error' : 'warn', 'request', {
    id,
    method: req.method,
    route: loggedRoute(req.url),
    status: res.statusCode,
    durationMs: Math.round(performance.now() - startedAt),
    ...(suppressedBefore > 0 ? { linesLeftOutBefore: suppressedBefore } : {}),
  });
}

/** Rewrites the status of an article answer as it is written (see articleAnswerStatus); the database is asked only for a 404. */
function correctArticleStatus(req: IncomingMessage, res: ServerResponse, slug: string): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(articleAnswerStatus(status, { method: req.method, takenDown: () => isTakenDownStorySlug(slug) }), ...rest)) as typeof res.writeHead;
}

/** Caps how long caches in front of the app keep a page, as the answer's head is written (see shared-cache-control). */
function capSharedCaching(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const cacheControl = res.getHeader('cache-control');
    if (typeof cacheControl === 'string' && cacheControl.includes('s-maxage')) res.setHeader('cache-control', capSharedCacheLifetime(cacheControl));
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

function refuse(res: ServerResponse, { status, message, headers = {} }: Refusal): void {
  // A refused request's body is discarded as it arrives (up to the body limit), so the client
  // can read the answer instead of failing on a connection closed under its upload.
  res.req.resume();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(message);
}

/** Refuses the request as soon as its body passes the limit, whoever is reading it. */
function limitBodyBytes(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null) received += (chunk as Buffer).length;
    if (received > maxBytes) {
      if (!res.headersSent) refuse(res, { status: 413, message: 'Request too large.', headers: { connection: 'close' } });
      req.destroy();
      return false;
    }
    return push(chunk, encoding);
  };
}

let signInsInFlight = 0;
// Six at a time. An action waits for its view on the view-writer thread, with this event loop
// free meanwhile: at two in flight the loop sat idle (0.68x the plain no-op; six: 0.93x, one
// bench/ceiling.ts run each), and during a 20x spike readers' page p99 is 1.19x normal with six
// (bench/spike.ts). Before views left this thread, two at a time held that p99 at 1.77x (32: 3.81x).
const articleActions = createAdmissionQueue({ maxInFlight: 6, maxWaiting: 256 });
// One gzip copy per cached reader page (by ETag); 64 MB holds about 4,000 front pages or 8,000 articles.
const compressedCopies = createCompressedCopies({ maxBytes: 64 * 1024 * 1024 });

markFrontDoorInstalled();
const app = next({ dev: false, hostname, port });
await app.prepare();
// Migrations on a large file can take a while; a database that cannot be opened fails at once.
const outcome = await startOutcome(120_000);
if (!outcome.ok) {
  // The one plain line a supervisor shows for a failed start.
  process.stderr.write(`Broadsheet could not start: ${outcome.message} (database: ${process.env.DATABASE_PATH ?? 'data/broadsheet.db'})\n`);
  process.exit(1);
}
const handle = app.getRequestHandler();
await installViewWriterThread();

/**
 * Views are counted on a thread of their own (db/view-writer/), so this event loop spends its
 * time on requests: the view's SQLite transaction and the log checkpoints it triggers were most
 * of what a view action cost beyond a no-op (bench/ceiling.ts). A thread that cannot start
 * leaves views to this thread, as before.
 */
async function installViewWriterThread(): Promise<void> {
  const viewWriter = startViewWriterThread(viewWriterBundlePath);
  try {
    await viewWriter.ready;
    installViewWriter(viewWriter.writer);
  } catch (error) {
    logEvent('error', 'view-writer-not-started', { detail: String(error) });
  }
}

const server = createServer((req, res) => {
  const id = randomUUID();
  const startedAt = performance.now();
  res.setHeader('x-request-id', id);
  res.once('finish', () => logRequest(req, res, id, startedAt));
  const refusal = screenRequest({ method: req.method, url: req.url, contentLength: req.headers['content-length'] });
  if (refusal) return refuse(res, refusal);
  req.headers[clientAddressHeader] = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trustedHops,
  });
  const header = (name: string) => req.headers[name] as string | undefined;
  if (announcesPrefetch(header)) req.headers[prefetchHeader] = '1';
  else delete req.headers[prefetchHeader];
  res.setHeader('content-security-policy', policy);
  if (isImageUploadPost(req.method, req.url) && !isLiveStaffSessionToken(cookieValue(req.headers.cookie, staffSessionCookie) ?? '')) {
    // Only staff send pictures: nobody else gets to make the server receive 20 MB.
    return refuse(res, { status: 401, message: 'Your session has ended. Sign in again, then upload the picture.', headers: { connection: 'close' } });
  }
  // Held before the body limit wraps it, so the limit cuts an oversized body as it arrives.
  const heldBody = isScriptActionCall(req.method, header) ? holdRequestBody(req, res) : null;
  if (req.method === 'POST') limitBodyBytes(req, res, maxBodyBytesFor(req.method, req.url));
  if (isSignInPost(req.method, req.url)) {
    if (signInsInFlight >= maxSignInsInFlight) {
      return refuse(res, { status: 429, message: 'Too many sign-ins at once. Try again in a few seconds.', headers: { 'retry-after': '5' } });
    }
    signInsInFlight++;
    res.once('close', () => signInsInFlight--);
  }
  if (isCompressibleReaderPageRequest(req)) compressThroughCopies(req, res, compressedCopies);
  if (req.method === 'GET' || req.method === 'HEAD') capSharedCaching(res);
  const slug = articleSlugOf(req.url);
  if (slug) correctArticleStatus(req, res, slug);
  // Next.js gets the request on the event loop's next turn, after every socket ready in this one
  // has been read: answered at once, one connection in thirty took 150-350 ms now and then while
  // the others took 25 (page p99 37-211 ms at 32 connections; 42-59 ms this way, same req/s).
  const answer = () =>
    void setTimeout(() => currentRequest.run({ id, route: loggedRoute(req.url), startedAt: Date.now() }, () => handle(req, res)), 0);
  const admit = () => {
    if (!isArticleActionPost(req.method, req.url, req.headers['next-action'])) return answer();
    const admitted = articleActions.admit((release) => {
      if (res.destroyed) return release(); // the reader left while it waited
      res.once('close', release);
      answer();
    });
    if (!admitted) refuse(res, { status: 503, message: 'Busy: try again in a moment.', headers: { 'retry-after': '2' } });
  };
  if (!heldBody) return admit();
  void heldBody.then((held) => {
    if (!held) return; // the client left, or the body limit refused it
    const refusal = screenScriptActionCall(header, held.body.toString('utf8'));
    if (refusal) return refuse(res, refusal);
    held.release();
    admit();
  });
});

// A port already taken (another server still running) ends the start like a bad database does.
server.once('error', (error) => {
  process.stderr.write(`Broadsheet could not start: ${error.message}\n`);
  process.exit(1);
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
    logEvent('error', 'stop-timeout', { message: 'requests still open 10 s after the stop signal; closing anyway' });
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
