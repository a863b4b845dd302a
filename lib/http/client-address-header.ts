/**
 * The front door (scripts/serve.ts) writes the resolved client address into this header on
 * every request, overwriting whatever a client sent, and marks itself installed
 * (lib/server-start.ts). Reading the header without it (a bare `next start`) would trust a
 * client-written value, so request-facts.ts reads it only when the door is installed.
 */
export const clientAddressHeader = 'x-broadsheet-client-address';

/**
 * Set to "1" by the front door when the request says it is a prefetch. Next.js removes its own
 * router headers (`next-router-prefetch` among them) before application code runs, so a check
 * on that header inside an action never fired; the front door sees the request as sent.
 */
export const prefetchHeader = 'x-broadsheet-prefetch';
