'use client';

import { useActionState } from 'react';
import { endOtherSessionsAction } from '@/app/(staff)/staff/actions';
import styles from './Staff.module.css';

/** Always mounted, so its confirmation survives the refresh after the action (when the count is 0). */
export function OtherSessionsNotice({ otherSessions }: { otherSessions: number }) {
  const [result, formAction, pending] = useActionState(endOtherSessionsAction, null);
  if (result?.ok) {
    return (
      <p role="status" className={styles.notice}>
        Signed out everywhere else ({result.data.ended} {result.data.ended === 1 ? 'session' : 'sessions'} ended).
      </p>
    );
  }
  if (otherSessions === 0) return null;
  return (
    <form action={formAction} className={styles.notice}>
      <span>
        This account is also signed in on {otherSessions === 1 ? 'another browser or device' : `${otherSessions} other browsers or devices`}. Not you,
        or not needed any more?
      </span>{' '}
      <button type="submit" className={styles.linkButton} disabled={pending}>
        Sign out everywhere else
      </button>
      {result && !result.ok && <span role="alert"> {result.error}</span>}
    </form>
  );
}
