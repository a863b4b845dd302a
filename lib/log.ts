/**
 * One JSON object per line (what journald, Loki or `jq` read): an event name and flat fields.
 * Absolute paths of this checkout are cut to relative ones, so a log shows no build paths.
 */
export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }).replaceAll(`${process.cwd()}/`, '');
  if (level === 'info') console.log(line);
  else console.error(line);
}
