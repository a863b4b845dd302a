// Prints a session token for a throwaway bench staff account (run with --conditions=react-server).
import { createStaffSession } from '../db/queries/staff-sessions';
import { createStaffUser, getStaffUserByEmail } from '../db/queries/staff-users';

const email = 'bench@broadsheet.test';
if (!getStaffUserByEmail({ email })) await createStaffUser({ email, password: 'bench account, throwaway' });
process.stdout.write(createStaffSession({ userId: getStaffUserByEmail({ email })!.id }).token);
