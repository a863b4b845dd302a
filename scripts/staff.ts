// npm run staff -- add <email> [--role admin|editor|writer] | list | remove <email>
// The password comes from STAFF_PASSWORD, or an interactive prompt that does not echo it.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { listStaffUsers, removeStaffUser } from '@/db/queries/staff-users';
import { createStaffAccount } from '@/lib/server/auth/staff-accounts';
import { staffRoles, type StaffRole } from '@/db/schema';

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    output._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
  });
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'admin' } } });
const [command, email] = positionals;
const db = getDb();
db.$client.pragma('busy_timeout = 5000'); // a command may wait for the server's writes
runMigrations(db);

switch (command) {
  case 'add': {
    if (!email) throw usage();
    if (!staffRoles.includes(values.role as StaffRole)) throw usage();
    const password = process.env.STAFF_PASSWORD ?? (await promptHidden(`Password for ${email}: `));
    const result = await createStaffAccount({ email, password, role: values.role as StaffRole });
    if (!result.ok) fail(result.error);
    else console.log(`created ${result.user.role} account ${result.user.email}`);
    break;
  }
  case 'list': {
    const users = listStaffUsers();
    if (users.length === 0) console.log('no staff accounts');
    for (const user of users) console.log(`${user.email}\t${user.role}\tcreated ${user.createdAt.toISOString()}`);
    break;
  }
  case 'remove': {
    if (!email) throw usage();
    if (!removeStaffUser({ email })) fail(`no staff account for ${email}`);
    else console.log(`removed ${email} and signed out its sessions`);
    break;
  }
  default:
    usage();
}
db.$client.close();

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

function usage(): Error {
  console.error(`usage: npm run staff -- add <email> [--role ${staffRoles.join('|')}] | list | remove <email>`);
  process.exit(2);
}
