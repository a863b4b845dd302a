/**
 * One JSON object per line (what journald, Loki or `jq` read): an event name and flat fields.
 * Absolute paths of this checkout are cut to relative ones, so a log shows no build paths.
 */
export function logLine(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }).replaceAll(`${process.cwd()}/`, '');
}

export function logEvent(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): void {
  const line = logLine(level, event, fields);
  if (level === 'info') process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

/** An error as one log field: its name and message, and the first frames of its stack. */
function describeError(error: Error): Record<string, unknown> {
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((frame) => frame.trim())
    .filter(Boolean)
    .slice(0, 4);
  const digest = (error as { digest?: unknown }).digest;
  return { error: `${error.name}: ${error.message}`.slice(0, 500), ...(digest ? { digest } : {}), frames };
}

/**
 * What a console.error / console.warn call from Next.js or a library becomes: one line, messages
 * cut at 500 characters, errors as name, message and four frames, instead of a multi-line trace
 * with the machine's absolute build paths.
 */
export function consoleCallAsLogLine(level: 'warn' | 'error', args: unknown[], context: Record<string, unknown> = {}): string {
  const errors = args.filter((arg): arg is Error => arg instanceof Error);
  const message = args
    .filter((arg) => !(arg instanceof Error))
    .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
    .join(' ')
    .replace(/\u001b\[[0-9;]*m/g, '') // terminal colours Next.js adds
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
  return logLine(level, errors.length > 0 ? 'server-error' : 'server-message', {
    ...context,
    message,
    ...(errors[0] ? describeError(errors[0]) : {}),
  });
}
