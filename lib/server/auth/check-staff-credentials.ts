import 'server-only';
import { beginSignInAttempt, forgiveSignInFailures } from '@/db/queries/sign-in-throttle';
import { getStaffUserByEmail } from '@/db/queries/staff-users';
import { retryWhileBusy } from '@/db/write-retry';
import type { StaffUser } from '@/db/schema';
import { hashPassword, verifyPassword } from './password';
import { withPasswordCheckSlot } from './password-check-slots';

export type CredentialCheck =
  { status: 'valid'; user: StaffUser } | { status: 'invalid' } | { status: 'locked'; retryAfterSeconds: number } | { status: 'busy' };

// Compared against when the email is unknown, so both paths take the same time. Made on first
// use rather than when the module loads.
let decoyHash: Promise<string> | undefined;

/**
 * A sign-in attempt from `address`: a bounded number of password checks at once, the attempt
 * counted against the throttle before the password is hashed, and the count forgiven only when
 * the password was right.
 */
export async function checkStaffCredentials({
  email,
  password,
  address,
}: {
  email: string;
  password: string;
  address: string;
}): Promise<CredentialCheck> {
  const outcome = await withPasswordCheckSlot(async (): Promise<CredentialCheck> => {
    const gate = await retryWhileBusy('count a sign-in attempt', () => beginSignInAttempt({ email, address }));
    if (!gate.allowed) return { status: 'locked', retryAfterSeconds: gate.retryAfterSeconds };
    const user = getStaffUserByEmail({ email });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy password that matches nothing'))));
    // A disabled account is told nothing more than a wrong password would be.
    if (!user || !valid || user.disabledAt) return { status: 'invalid' };
    await retryWhileBusy('forgive sign-in failures', () => forgiveSignInFailures({ pairKey: gate.pairKey }));
    return { status: 'valid', user };
  });
  return outcome === 'busy' ? { status: 'busy' } : outcome;
}
