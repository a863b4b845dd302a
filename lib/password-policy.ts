import { commonPasswords } from './common-passwords';

export const minimumPasswordLength = 12;
/** Same limit for the sign-in form, the account CLI and any form that sets a password. */
export const maximumPasswordLength = 256;

/**
 * Password checks (scrypt, 32 MiB and ~50 ms of a core each) allowed to run at once in one
 * process; beyond this sign-in answers 429 rather than let a flood starve page rendering.
 * One leaves the other cores to readers; a newsroom's sign-ins rarely coincide.
 */
export const maxConcurrentPasswordChecks = 1;
/** Sign-ins that may wait for that slot, and for how long, before the answer is "busy". */
export const maxQueuedPasswordChecks = 4;
export const maxPasswordCheckWaitMs = 3000;
/** Sign-in posts the front door lets in at once: those running plus those allowed to wait. */
export const maxSignInsInFlight = maxConcurrentPasswordChecks + maxQueuedPasswordChecks;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.trim().length === 0) return 'password must not be blank';
  if (password.length < minimumPasswordLength) return `password must be at least ${minimumPasswordLength} characters`;
  if (password.length > maximumPasswordLength) return `password must be at most ${maximumPasswordLength} characters`;
  if (new Set(password.toLowerCase()).size === 1) return 'password must not be one character repeated';
  if (isCommonPassword(password)) return 'password is too common; choose one nobody else would';
  return null;
}

/** A listed password, also with digits or punctuation added at the end ("password123456!"). */
function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[\d\W_]+$/u, ''));
}
