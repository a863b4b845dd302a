import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ isolateTests: true });
const { changeStaffRole, setStaffDisabled, replaceStaffPassword, endAllStaffSessions, listStaffAccounts } = await import('@/db/queries/staff-admin');
const { createStaffAccount } = await import('@/lib/server/auth/staff-accounts');
const { createStaffSession, getStaffBySessionToken } = await import('@/db/queries/staff-sessions');
const { checkStaffCredentials } = await import('@/lib/server/auth/check-staff-credentials');
const { recordAuditEvent, listAuditEvents } = await import('@/db/queries/audit-log');
const { hashPassword } = await import('@/lib/server/auth/password');
const password = 'a long enough password';

async function account(email: string, role: 'admin' | 'editor' | 'writer') {
  const created = await createStaffAccount({ email, password, role });
  assert.ok(created.ok);
  return created.user;
}

test('the last admin who can sign in can be neither demoted nor disabled', async () => {
  const chief = await account('chief@example.org', 'admin');
  const desk = await account('desk@example.org', 'editor');
  assert.deepEqual(changeStaffRole({ id: chief.id, role: 'editor' }), { status: 'last-admin' });
  assert.deepEqual(setStaffDisabled({ id: chief.id, disabled: true }), { status: 'last-admin' });
  assert.equal(listStaffAccounts().find((a) => a.id === chief.id)?.role, 'admin', 'nothing changed');

  assert.deepEqual(changeStaffRole({ id: desk.id, role: 'admin' }), { status: 'changed', email: 'desk@example.org' });
  assert.deepEqual(changeStaffRole({ id: chief.id, role: 'editor' }), { status: 'changed', email: 'chief@example.org' });
  // A disabled admin does not count: the one left cannot be disabled either.
  assert.deepEqual(changeStaffRole({ id: chief.id, role: 'admin' }), { status: 'changed', email: 'chief@example.org' });
  assert.deepEqual(setStaffDisabled({ id: desk.id, disabled: true }), { status: 'changed', email: 'desk@example.org' });
  assert.deepEqual(setStaffDisabled({ id: chief.id, disabled: true }), { status: 'last-admin' });
  assert.deepEqual(changeStaffRole({ id: 999_999, role: 'writer' }), { status: 'not-found' });
});

test('a disabled account cannot sign in, and the sessions it had stop working at once', async () => {
  await account('chief2@example.org', 'admin');
  const writer = await account('writer@example.org', 'writer');
  const { token } = createStaffSession({ userId: writer.id });
  assert.equal(getStaffBySessionToken({ token })?.email, 'writer@example.org');
  setStaffDisabled({ id: writer.id, disabled: true });
  assert.equal(getStaffBySessionToken({ token }), null);
  assert.equal((await checkStaffCredentials({ email: 'writer@example.org', password, address: '192.0.2.1' })).status, 'invalid');
  setStaffDisabled({ id: writer.id, disabled: false });
  assert.equal((await checkStaffCredentials({ email: 'writer@example.org', password, address: '192.0.2.1' })).status, 'valid');
});

test('a password reset and "end sessions" sign the account out everywhere', async () => {
  await account('chief3@example.org', 'admin');
  const editor = await account('editor@example.org', 'editor');
  const first = createStaffSession({ userId: editor.id });
  replaceStaffPassword({ id: editor.id, passwordHash: await hashPassword('a brand new long password') });
  assert.equal(getStaffBySessionToken({ token: first.token }), null);
  assert.equal((await checkStaffCredentials({ email: 'editor@example.org', password, address: '192.0.2.2' })).status, 'invalid');
  const second = createStaffSession({ userId: editor.id });
  endAllStaffSessions({ id: editor.id });
  assert.equal(getStaffBySessionToken({ token: second.token }), null);
});

test('the audit log keeps who did what, newest first, even after the account is gone', async () => {
  const chief = await account('chief4@example.org', 'admin');
  recordAuditEvent({ actor: chief, action: 'published', subject: 'story 1 “A”', now: new Date('2030-01-01T10:00:00Z') });
  recordAuditEvent({
    actor: chief,
    action: 'changed a role',
    subject: 'desk@example.org',
    detail: 'to editor',
    now: new Date('2030-01-01T11:00:00Z'),
  });
  db.$client.prepare('DELETE FROM staff_users WHERE id = ?').run(chief.id);
  const log = listAuditEvents({ page: 1 })!;
  assert.deepEqual(
    log.events.map((e) => [e.actorEmail, e.action, e.subject, e.detail]),
    [
      ['chief4@example.org', 'changed a role', 'desk@example.org', 'to editor'],
      ['chief4@example.org', 'published', 'story 1 “A”', ''],
    ],
  );
  assert.equal(listAuditEvents({ page: 2 }), null);
});
