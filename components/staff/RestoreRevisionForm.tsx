'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '@/app/(staff)/staff/(signed-in)/stories/actions';
import styles from './Staff.module.css';

/** Makes an earlier revision the newest version of the story (the action checks the role again). */
export function RestoreRevisionForm({ id, version, revision }: { id: number; version: number; revision: number }) {
  const [result, restoreAction, pending] = useActionState(restoreRevisionAction, null);
  return (
    <form action={restoreAction} className={styles.inlineForm}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <button type="submit" className={styles.linkButton} disabled={pending}>
        Restore version {revision}
      </button>
      {result && !result.ok && (
        <span role="status" className="meta">
          {result.error}
        </span>
      )}
    </form>
  );
}
