import type { DiffPart } from '@/lib/text-diff';
import styles from './StoryEditor.module.css';

/** One field's change, with removed words struck through and added ones marked. */
export function RevisionDiff({ label, parts }: { label: string; parts: DiffPart[] }) {
  const changed = parts.some((part) => part.kind !== 'same');
  return (
    <div className={styles.diff}>
      <h3>
        {label}
        {!changed && <span className="meta"> (unchanged)</span>}
      </h3>
      <p className={styles.diffText}>
        {parts.map((part, i) =>
          part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
