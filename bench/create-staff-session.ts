// Prints a session token for a throwaway bench staff account (run with --conditions=react-server).
import { createStaffSession } from '@/db/queries/staff-sessions';
import { getStaffUserByEmail } from '@/db/queries/staff-users';
import { createStaffAccount } from '@/lib/server/auth/staff-accounts';

const email = 'bench@broadsheet.test';
if (!getStaffUserByEmail({ email })) await createStaffAccount({ email, password: 'bench account, throwaway', role: 'editor' });
process.stdout.write(createStaffSession({ userId: getStaffUserByEmail({ email })!.id }).token);
