'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { changeStoryStateAction } from '@/app/(staff)/staff/(signed-in)/stories/actions';
import styles from './StoryEditor.module.css';

export type StoryPermissions = { submit: boolean; publish: boolean; unpublish: boolean; delete: boolean };

/** The state buttons a staff member may use on this story (the action checks again on the server). */
export function StoryStateControls({ id, version, permissions }: { id: number; version: number; permissions: StoryPermissions }) {
  const [result, stateAction, pending] = useActionState(changeStoryStateAction, null);
  const router = useRouter();
  useEffect(() => {
    if (result?.ok) router.refresh(); // the new state, version and buttons
  }, [result, router]);
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const publishError = result && !result.ok ? result.fieldErrors?.publishAt?.[0] : undefined;
  return (
    <div className={styles.stateControls}>
      {permissions.submit && (
        <form action={stateAction}>
          {hidden}
          <button type="submit" name="action" value="submit" className="solid-button" disabled={pending}>
            Submit for review
          </button>
        </form>
      )}
      {permissions.publish && (
        <form action={stateAction} className={styles.publishForm}>
          {hidden}
          <label htmlFor="publishAt">Publish at (site time; empty: now)</label>
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            step={1}
            aria-invalid={!!publishError}
            aria-describedby={publishError ? 'publishAt-error' : undefined}
          />
          {publishError && (
            <p id="publishAt-error" className={styles.fieldError}>
              {publishError}
            </p>
          )}
          <button type="submit" name="action" value="publish" className="solid-button" disabled={pending}>
            Publish
          </button>
        </form>
      )}
      {permissions.unpublish && (
        <form action={stateAction}>
          {hidden}
          <button type="submit" name="action" value="unpublish" className={styles.quietButton} disabled={pending}>
            Unpublish
          </button>
        </form>
      )}
      {permissions.delete && (
        <form action={stateAction} className={styles.deleteForm}>
          {hidden}
          <button type="submit" name="action" value="delete" className={styles.quietButton} disabled={pending}>
            Delete draft
          </button>
        </form>
      )}
      <p role="status" className="meta">
        {result && !result.ok && !publishError && result.error}
      </p>
    </div>
  );
}
