import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ isolateTests: true });
const { getStaffUserByEmail, removeStaffUser } = await import('@/db/queries/staff-users');
const { createStaffAccount: createStaffUser } = await import('@/lib/server/auth/staff-accounts');
const { createStaffSession, deleteStaffSession, getStaffBySessionToken } = await import('@/db/queries/staff-sessions');
const { clearFailedSignIns, getSignInLockout, recordFailedSignIn } = await import('@/db/queries/sign-in-throttle');
const sqlite = db.$client;

test('passwords are stored as salted scrypt hashes and only the right password verifies', async () => {
  const [a, b] = [await hashPassword('correct horse battery'), await hashPassword('correct horse battery')];
  assert.match(a, /^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  assert.notEqual(a, b, 'each hash has its own salt');
  assert.equal(await verifyPassword('correct horse battery', a), true);
  assert.equal(await verifyPassword('correct horse batterY', a), false);
  assert.equal(await verifyPassword('correct horse battery', a.slice(0, -2) + 'AA'), false);
  assert.equal(await verifyPassword('anything', 'not-a-hash'), false);
});

/** A staff account for one test (each test's rows are rolled back after it). */
async function staffAccount(email = 'desk@example.com', role: 'admin' | 'editor' | 'writer' = 'editor') {
  const created = await createStaffUser({ email, password: 'a long enough password', role });
  assert.ok(created.ok);
  return created.user;
}

test('staff accounts: emails are normalised and unique, weak passwords and unknown roles refused, password never stored', async () => {
  const created = await createStaffUser({ email: ' Desk@Example.com ', password: 'a long enough password', role: 'writer' });
  assert.deepEqual(created.ok && created.user, { id: created.ok ? created.user.id : 0, email: 'desk@example.com', role: 'writer' });
  assert.deepEqual(await createStaffUser({ email: 'desk@example.com', password: 'another long password', role: 'writer' }), {
    ok: false,
    error: 'desk@example.com already has an account',
  });
  assert.equal((await createStaffUser({ email: 'new@example.com', password: 'short', role: 'writer' })).ok, false);
  assert.equal((await createStaffUser({ email: 'not an email', password: 'a long enough password', role: 'writer' })).ok, false);
  assert.equal((await createStaffUser({ email: 'boss@example.com', password: 'a long enough password', role: 'owner' as 'admin' })).ok, false);
  const stored = getStaffUserByEmail({ email: 'DESK@example.com' })!;
  assert.doesNotMatch(stored.passwordHash, /a long enough password/);
});

test('sessions: the cookie token finds its user and role, the table holds only a hash, expiry and sign-out end it', async () => {
  const user = await staffAccount();
  const now = new Date();
  const { token } = createStaffSession({ userId: user.id, now });
  assert.deepEqual(getStaffBySessionToken({ token, now }), { id: user.id, email: 'desk@example.com', role: 'editor' });
  const dump = JSON.stringify(sqlite.prepare('SELECT * FROM staff_sessions').all());
  assert.ok(!dump.includes(token), 'raw token must not be stored');
  assert.equal(getStaffBySessionToken({ token, now: new Date(now.getTime() + 9 * 3600_000) }), null, 'expired after 8 hours');
  assert.equal(getStaffBySessionToken({ token: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), now }), null);
  assert.equal(getStaffBySessionToken({ token: "' OR 1=1 --", now }), null);
  deleteStaffSession({ token });
  assert.equal(getStaffBySessionToken({ token, now }), null, 'signed out');
});

test('the database refuses a role it does not know, whatever writes it', async () => {
  const user = await staffAccount();
  assert.throws(() => sqlite.prepare("UPDATE staff_users SET role = 'owner' WHERE id = ?").run(user.id), /CHECK constraint failed/);
});

test('removing an account ends its sessions', async () => {
  const user = await staffAccount('leaver@example.com');
  const { token } = createStaffSession({ userId: user.id });
  assert.equal(removeStaffUser({ email: 'leaver@example.com' }), true);
  assert.equal(getStaffBySessionToken({ token }), null);
});

test('five failed sign-ins lock that email for the rest of the 15-minute window; success clears it', () => {
  const keys = { email: 'target@example.com', clientKey: '203.0.113.9' };
  const start = new Date(Math.floor(Date.now() / 900_000) * 900_000 + 60_000); // one minute into a window
  for (let i = 0; i < 4; i++) recordFailedSignIn({ keys, now: start });
  assert.equal(getSignInLockout({ keys, now: start }), null);
  recordFailedSignIn({ keys, now: start });
  assert.equal(getSignInLockout({ keys, now: start }), 14, '14 minutes left in the window');
  assert.equal(getSignInLockout({ keys: { ...keys, email: 'other@example.com' }, now: start }), null, 'other accounts unaffected');
  assert.equal(getSignInLockout({ keys, now: new Date(start.getTime() + 15 * 60_000) }), null, 'next window');
  clearFailedSignIns({ email: keys.email, now: start });
  assert.equal(getSignInLockout({ keys, now: start }), null);
});

test('twenty failures from one client lock it out whatever email it tries', () => {
  const now = new Date(Math.floor(Date.now() / 900_000) * 900_000 + 1000);
  for (let i = 0; i < 20; i++) recordFailedSignIn({ keys: { email: `guess${i}@example.com`, clientKey: '198.51.100.50' }, now });
  assert.ok(getSignInLockout({ keys: { email: 'fresh@example.com', clientKey: '198.51.100.50' }, now }) !== null);
});
