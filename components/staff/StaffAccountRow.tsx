'use client';

import { useActionState, useState } from 'react';
import {
  changeStaffRoleAction,
  endStaffSessionsAction,
  resetStaffPasswordAction,
  setStaffAuthorAction,
  setStaffDisabledAction,
} from '@/app/(staff)/staff/(signed-in)/accounts/actions';
import type { StaffAccount } from '@/db/queries/staff-admin';
import type { StaffRole } from '@/db/schema';
import styles from './Staff.module.css';
import editorStyles from './StoryEditor.module.css';

type Serialized = Omit<StaffAccount, 'createdAt' | 'disabledAt'> & { createdAt: string; disabled: boolean };

/** One account and what an admin can do to it; every button's action checks the role again. */
export function StaffAccountRow({
  account,
  isYou,
  roles,
  authors,
}: {
  account: Serialized;
  isYou: boolean;
  roles: readonly StaffRole[];
  authors: { id: number; name: string }[];
}) {
  const [roleResult, changeRole, changingRole] = useActionState(changeStaffRoleAction, null);
  const [disableResult, toggleDisabled, toggling] = useActionState(setStaffDisabledAction, null);
  const [resetResult, resetPassword, resetting] = useActionState(resetStaffPasswordAction, null);
  const [sessionsResult, endSessions, ending] = useActionState(endStaffSessionsAction, null);
  const [authorResult, setAuthor, settingAuthor] = useActionState(setStaffAuthorAction, null);
  // The row speaks of the last thing done to it, not of everything since the page opened.
  const [last, setLast] = useState<'role' | 'disable' | 'reset' | 'sessions' | 'author' | null>(null);
  const result = last && { role: roleResult, disable: disableResult, reset: resetResult, sessions: sessionsResult, author: authorResult }[last];
  const done = result?.ok
    ? { role: 'Role changed.', disable: null, reset: null, sessions: 'Signed out everywhere.', author: 'Byline set.' }[last!]
    : null;
  return (
    <tr>
      <th scope="row">
        {account.email}
        {isYou && <span className="meta"> (you)</span>}
        {account.disabled && <span className="meta"> · disabled</span>}
        {/* The byline this account's new stories start with. */}
        {/* Keyed by what it shows: once the server has the new value, the menu shows it too. */}
        <form
          key={`author-${account.authorId ?? 'none'}`}
          action={setAuthor}
          onSubmit={() => setLast('author')}
          className={`${styles.inlineForm} ${styles.bylineForm}`}
        >
          <input type="hidden" name="id" value={account.id} />
          <label htmlFor={`author-${account.id}`}>Writes as</label>
          <select id={`author-${account.id}`} name="authorId" defaultValue={account.authorId ?? ''}>
            <option value="">No byline</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor={`new-author-${account.id}`}>
            Or a new author profile named
          </label>
          <input id={`new-author-${account.id}`} name="newAuthorName" className="text-input" placeholder="or a new profile: name" maxLength={100} />
          <button type="submit" className={editorStyles.quietButton} disabled={settingAuthor}>
            Set byline
          </button>
        </form>
      </th>
      <td>
        <form key={`role-${account.role}`} action={changeRole} onSubmit={() => setLast('role')} className={styles.inlineForm}>
          <input type="hidden" name="id" value={account.id} />
          <label className="visually-hidden" htmlFor={`role-${account.id}`}>
            Role of {account.email}
          </label>
          <select id={`role-${account.id}`} name="role" defaultValue={account.role}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <button type="submit" className={editorStyles.quietButton} disabled={changingRole}>
            Change role
          </button>
        </form>
      </td>
      <td className={`${styles.num} ${styles.wideOnly}`}>{account.liveSessions}</td>
      <td>
        <div className={styles.inlineForm}>
          <form action={toggleDisabled} onSubmit={() => setLast('disable')}>
            <input type="hidden" name="id" value={account.id} />
            <input type="hidden" name="disabled" value={account.disabled ? 'false' : 'true'} />
            <button type="submit" className={editorStyles.quietButton} disabled={toggling}>
              {account.disabled ? 'Enable' : 'Disable'}
            </button>
          </form>
          <form action={resetPassword} onSubmit={() => setLast('reset')}>
            <input type="hidden" name="id" value={account.id} />
            <button type="submit" className={editorStyles.quietButton} disabled={resetting}>
              Reset password
            </button>
          </form>
          <form action={endSessions} onSubmit={() => setLast('sessions')}>
            <input type="hidden" name="id" value={account.id} />
            <button type="submit" className={editorStyles.quietButton} disabled={ending}>
              End sessions
            </button>
          </form>
        </div>
        <p role="status" className="meta">
          {result && !result.ok && result.error}
          {done}
          {last === 'reset' && resetResult?.ok && (
            <>
              New temporary password for {resetResult.data.email}: <code>{resetResult.data.password}</code> (shown once)
            </>
          )}
        </p>
      </td>
    </tr>
  );
}
