// Runs Debian's nginx with deploy/nginx/broadsheet.conf on this machine's loopback, for the
// deployment test (e2e/deployment.spec.ts) and the bench: the same file a newsroom installs,
// with only its port, cache folder and upstream ports swapped for local ones.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? null;
export const deployedNginxConfig = join(process.cwd(), 'deploy/nginx/broadsheet.conf');

function replaceOnce(text: string, pattern: string | RegExp, replacement: string): string {
  const replaced = text.replace(pattern, replacement);
  if (replaced === text) throw new Error(`deploy/nginx/broadsheet.conf no longer has ${String(pattern)}; update deploy/local-nginx.ts`);
  return replaced;
}

/** The deployed configuration with a local listen port, cache folder and upstream servers. */
export function localNginxConfig({ listenPort, upstreamPorts, dir }: { listenPort: number; upstreamPorts: number[]; dir: string }): string {
  let site = readFileSync(deployedNginxConfig, 'utf8');
  site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${listenPort};`);
  site = replaceOnce(site, '/var/cache/nginx/broadsheet', join(dir, 'cache'));
  site = replaceOnce(
    site,
    /(\n\s*server 127\.0\.0\.1:\d+ max_fails=0;)+/,
    upstreamPorts.map((port) => `\n    server 127.0.0.1:${port} max_fails=0;`).join(''),
  );
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${site.replace(/\n/g, '\n  ')}
}
`;
}

async function waitForPort(port: number, up: boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      const settle = (answer: boolean) => {
        socket.destroy();
        resolve(answer);
      };
      socket.once('connect', () => settle(true)).once('error', () => settle(false));
    });
    if (open === up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx on port ${port} did not ${up ? 'start' : 'stop'} within ${timeoutMs} ms`);
}

export type LocalNginx = { baseUrl: string; stop: () => Promise<void> };

export async function startLocalNginx({
  listenPort,
  upstreamPorts,
  dir,
}: {
  listenPort: number;
  upstreamPorts: number[];
  dir: string;
}): Promise<LocalNginx> {
  if (!nginxBinary) throw new Error('nginx is not installed (apt-get install -y nginx)');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const configFile = join(dir, 'nginx.conf');
  writeFileSync(configFile, localNginxConfig({ listenPort, upstreamPorts, dir }));
  const child = spawn(nginxBinary, ['-p', dir, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await Promise.race([
    waitForPort(listenPort, true, 10_000),
    exited.then((code) => {
      throw new Error(`nginx exited with ${code}: ${stderr}`);
    }),
  ]);
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    stop: async () => {
      child.kill('SIGQUIT'); // graceful: finish the requests in flight
      await exited;
    },
  };
}
