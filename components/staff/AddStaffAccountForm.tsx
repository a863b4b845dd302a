'use client';

import { useActionState } from 'react';
import { addStaffAccountAction } from '@/app/(staff)/staff/(signed-in)/accounts/actions';
import type { StaffRole } from '@/db/schema';
import editorStyles from './StoryEditor.module.css';

/** Adds a staff account; its temporary password is shown here once, to hand over in person. */
export function AddStaffAccountForm({ roles }: { roles: readonly StaffRole[] }) {
  const [result, addAccount, adding] = useActionState(addStaffAccountAction, null);
  const emailError = result && !result.ok ? result.fieldErrors?.email?.[0] : undefined;
  return (
    <form action={addAccount} className={editorStyles.filters} aria-label="Add a staff account">
      <label>
        Email
        <input
          name="email"
          type="email"
          autoComplete="off"
          aria-invalid={!!emailError}
          aria-describedby={emailError ? 'new-email-error' : undefined}
        />
      </label>
      <label>
        Role
        <select name="role" defaultValue="writer">
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="solid-button" disabled={adding}>
        Add account
      </button>
      <p role="status" className="meta">
        {emailError && <span id="new-email-error">{emailError}</span>}
        {result?.ok && (
          <>
            Added {result.data.email}. Temporary password: <code>{result.data.password}</code> (shown once: hand it over, and ask them to keep it
            safe).
          </>
        )}
      </p>
    </form>
  );
}
