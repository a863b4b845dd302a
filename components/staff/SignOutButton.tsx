'use client';

import { useActionState } from 'react';
import { signOutAction } from '@/app/(staff)/staff/actions';
import styles from './Staff.module.css';

export function SignOutButton() {
  const [result, formAction, pending] = useActionState(signOutAction, null);
  return (
    <form action={formAction}>
      <button type="submit" className={styles.linkButton} disabled={pending}>
        Sign out
      </button>
      {result && !result.ok && (
        <span role="alert" className="meta">
          {' '}
          {result.error}
        </span>
      )}
    </form>
  );
}
