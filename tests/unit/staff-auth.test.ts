import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { useTempDatabase } from './support/temp-database';

const db = await useTempDatabase();
const { createStaffUser, getStaffUserByEmail, removeStaffUser } = await import('../../db/queries/staff-users');
const { createStaffSession, deleteStaffSession, getStaffBySessionToken } = await import('../../db/queries/staff-sessions');
const { clearFailedSignIns, getSignInLockout, recordFailedSignIn } = await import('../../db/queries/sign-in-throttle');
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

test('staff accounts: emails are normalised and unique, weak passwords refused, password never stored', async () => {
  const created = await createStaffUser({ email: ' Desk@Example.com ', password: 'a long enough password' });
  assert.deepEqual(created.ok && created.user.email, 'desk@example.com');
  assert.deepEqual(await createStaffUser({ email: 'desk@example.com', password: 'another long password' }), { ok: false, error: 'desk@example.com already has an account' });
  assert.equal((await createStaffUser({ email: 'new@example.com', password: 'short' })).ok, false);
  assert.equal((await createStaffUser({ email: 'not an email', password: 'a long enough password' })).ok, false);
  const stored = getStaffUserByEmail({ email: 'DESK@example.com' })!;
  assert.doesNotMatch(stored.passwordHash, /a long enough password/);
});

test('sessions: the cookie token finds its user, the table holds only a hash, expiry and sign-out end it', async () => {
  const user = getStaffUserByEmail({ email: 'desk@example.com' })!;
  const now = new Date();
  const { token } = createStaffSession({ userId: user.id, now });
  assert.deepEqual(getStaffBySessionToken({ token, now }), { id: user.id, email: 'desk@example.com' });
  const dump = JSON.stringify(sqlite.prepare('SELECT * FROM staff_sessions').all());
  assert.ok(!dump.includes(token), 'raw token must not be stored');
  assert.equal(getStaffBySessionToken({ token, now: new Date(now.getTime() + 9 * 3600_000) }), null, 'expired after 8 hours');
  assert.equal(getStaffBySessionToken({ token: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), now }), null);
  assert.equal(getStaffBySessionToken({ token: "' OR 1=1 --", now }), null);
  deleteStaffSession({ token });
  assert.equal(getStaffBySessionToken({ token, now }), null, 'signed out');
});

test('removing an account ends its sessions', async () => {
  await createStaffUser({ email: 'leaver@example.com', password: 'a long enough password' });
  const user = getStaffUserByEmail({ email: 'leaver@example.com' })!;
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
