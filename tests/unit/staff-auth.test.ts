import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ isolateTests: true });
const { getStaffUserByEmail, removeStaffUser } = await import('@/db/queries/staff-users');
const { createStaffAccount: createStaffUser } = await import('@/lib/server/auth/staff-accounts');
const { countOtherStaffSessions, createStaffSession, deleteStaffSession, endOtherStaffSessions, getStaffBySessionToken } =
  await import('@/db/queries/staff-sessions');
const { beginSignInAttempt, forgiveSignInFailures, signInThrottle } = await import('@/db/queries/sign-in-throttle');
const { checkStaffCredentials } = await import('@/lib/server/auth/check-staff-credentials');
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
  assert.deepEqual(getStaffBySessionToken({ token, now }), {
    id: user.id,
    email: 'desk@example.com',
    role: 'editor',
    sessionTokenHash: (sqlite.prepare('SELECT token_hash AS h FROM staff_sessions').get() as { h: string }).h,
  });
  const dump = JSON.stringify(sqlite.prepare('SELECT * FROM staff_sessions').all());
  assert.ok(!dump.includes(token), 'raw token must not be stored');
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  assert.ok(getStaffBySessionToken({ token, now: later(50) }), 'in use within the idle time');
  assert.ok(getStaffBySessionToken({ token, now: later(100) }), 'each use restarts the idle clock');
  assert.equal(getStaffBySessionToken({ token, now: later(161) }), null, 'an hour without use ends it');
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

test('other sessions of the same account can be counted and ended, leaving this one signed in', async () => {
  const user = await staffAccount();
  const here = createStaffSession({ userId: user.id });
  createStaffSession({ userId: user.id });
  createStaffSession({ userId: user.id });
  const staff = getStaffBySessionToken({ token: here.token })!;
  assert.equal(countOtherStaffSessions({ staff }), 2);
  assert.equal(endOtherStaffSessions({ staff }), 2);
  assert.equal(countOtherStaffSessions({ staff }), 0);
  assert.ok(getStaffBySessionToken({ token: here.token }));
});

test('new passwords: blank, one repeated character, common ones and over-long ones are refused', async () => {
  for (const password of [' '.repeat(16), 'aaaaaaaaaaaaaaaa', 'baseball123456', 'Password123456!', 'iloveyou12345678', 'x'.repeat(257)]) {
    assert.equal((await createStaffUser({ email: 'weak@example.com', password, role: 'writer' })).ok, false, password);
  }
  assert.equal((await createStaffUser({ email: 'weak@example.com', password: 'tram lines at dusk', role: 'writer' })).ok, true);
});

const owner = { email: 'target@example.com', address: '203.0.113.9' };

test('thirty sign-ins at once for one account get five password checks between them, not thirty', async () => {
  const hash = await hashPassword('the right password');
  const outcomes = await Promise.all(
    Array.from({ length: 30 }, async () => {
      const gate = beginSignInAttempt(owner);
      if (!gate.allowed) return 'locked';
      await verifyPassword('a wrong password', hash); // the await where the old check raced
      return 'checked';
    }),
  );
  assert.equal(outcomes.filter((o) => o === 'checked').length, signInThrottle.freeFailuresPerPair);
});

test('failures lock an email only for the address they came from, with a lock that doubles', () => {
  const t0 = new Date();
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
  for (let i = 0; i < 5; i++) assert.equal(beginSignInAttempt({ ...owner, address: '198.51.100.66', now: t0 }).allowed, true);
  assert.deepEqual(beginSignInAttempt({ ...owner, address: '198.51.100.66', now: t0 }), { allowed: false, retryAfterSeconds: 60 });
  // The owner, somewhere else, is not locked out by the attacker.
  const ownersAttempt = beginSignInAttempt({ ...owner, now: t0 });
  assert.equal(ownersAttempt.allowed, true);
  if (ownersAttempt.allowed) forgiveSignInFailures(ownersAttempt);
  // After the minute, one more try; failing it locks for two minutes.
  assert.equal(beginSignInAttempt({ ...owner, address: '198.51.100.66', now: at(61) }).allowed, true);
  assert.deepEqual(beginSignInAttempt({ ...owner, address: '198.51.100.66', now: at(62) }), { allowed: false, retryAfterSeconds: 119 });
});

test('one address trying many emails is stopped after its attempts for the window', () => {
  const now = new Date();
  for (let i = 0; i < signInThrottle.maxAttemptsPerAddress; i++) {
    assert.equal(beginSignInAttempt({ email: `guess${i}@example.com`, address: '198.51.100.50', now }).allowed, true);
  }
  assert.equal(beginSignInAttempt({ email: 'fresh@example.com', address: '198.51.100.50', now }).allowed, false);
  assert.equal(beginSignInAttempt({ email: 'fresh@example.com', address: '198.51.100.51', now }).allowed, true);
});

test('one password check runs at a time, a few wait their turn, and the rest are told to retry without hashing anything', async () => {
  await staffAccount('busy@example.com');
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      checkStaffCredentials({ email: 'busy@example.com', password: 'wrong password!', address: `198.51.100.${i}` }),
    ),
  );
  const statuses = outcomes.map((o) => o.status);
  assert.equal(statuses.filter((s) => s === 'invalid').length, 1 + 4, 'one running and four queued were checked');
  assert.equal(statuses.filter((s) => s === 'busy').length, 3);
  const right = await checkStaffCredentials({ email: 'busy@example.com', password: 'a long enough password', address: '198.51.100.1' });
  assert.equal(right.status, 'valid');
});
