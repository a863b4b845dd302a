'use client';

import { useActionState } from 'react';
import { refreshStoryOnSiteAction } from '@/app/(staff)/staff/(signed-in)/stories/[id]/actions';
import styles from './Staff.module.css';

export function RefreshStoryForm({ storyId }: { storyId: number }) {
  const [result, formAction, pending] = useActionState(refreshStoryOnSiteAction, null);
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="storyId" value={storyId} />
      <button type="submit" className={styles.linkButton} disabled={pending}>
        {pending ? 'Refreshing…' : 'Refresh on the site'}
      </button>
      <span role="status" className="meta">
        {result?.ok && 'Readers now see the current version on every page.'}
        {result && !result.ok && result.error}
      </span>
    </form>
  );
}
