import { isIP } from 'node:net';

/**
 * How many reverse proxies in front of Broadsheet append to X-Forwarded-For (TRUSTED_PROXIES,
 * default 0: clients connect directly). Each hop appends the address it saw, so with N
 * trusted hops the client is the entry N places from the right end of [...header, socket].
 */
export function readTrustedProxyHops(raw: string | undefined = process.env.TRUSTED_PROXIES): number {
  if (raw === undefined || raw.trim() === '') return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10, not "${raw}"`);
  return hops;
}

/** Lower-case, without IPv4-mapped IPv6 wrapping or zone, or null when it is not an address at all. */
export function normalizeAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim().toLowerCase();
  // "[2001:db8::1]:443" or "192.0.2.1:80": some proxies add the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '');
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : null;
}

/**
 * The client's address: the socket's peer, or, behind `trustedHops` proxies, the entry the
 * outermost trusted proxy wrote. Entries left of it were written by the client and are never
 * read. When the header is shorter than the configured hops (a request that bypassed a proxy)
 * the leftmost entry available is used, which is still one a proxy wrote or the socket.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const socket = normalizeAddress(socketAddress) ?? 'unknown';
  if (trustedHops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [
    ...header
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  const entry = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return normalizeAddress(entry) ?? 'unknown';
}

/**
 * The unit one client is limited as: an IPv4 address, or an IPv6 /64, since anyone holding one
 * IPv6 address usually holds the 2^64 addresses of its subnet and could rotate through them.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
