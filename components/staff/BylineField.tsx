'use client';

import { FieldError } from './FieldError';
import styles from './StoryEditor.module.css';

type Choice = { id: number; name: string };

/**
 * Who a story is by, in byline order: a list of the chosen authors, each removable, and a menu
 * that adds one more. The form sends the ids in order (`authorIds`: "3,7").
 */
export function BylineField({
  authors,
  value,
  onChange,
  errors,
}: {
  authors: Choice[];
  value: number[];
  onChange: (authorIds: number[]) => void;
  errors?: string[];
}) {
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  const addable = authors.filter((a) => !value.includes(a.id));
  return (
    <div>
      <span className={styles.groupLabel} id="bylines-label">
        Byline
      </span>
      <input type="hidden" name="authorIds" value={value.join(',')} />
      {value.length > 0 && (
        <ol className={styles.bylines} aria-labelledby="bylines-label">
          {value.map((id) => (
            <li key={id}>
              {nameOf.get(id) ?? `Author ${id}`}
              <button
                type="button"
                className={styles.inlineButton}
                onClick={() => onChange(value.filter((other) => other !== id))}
                aria-label={`Remove ${nameOf.get(id) ?? 'this author'} from the byline`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <label htmlFor="authorIds-add" className="visually-hidden">
        Add an author to the byline
      </label>
      <select
        id="authorIds-add"
        value=""
        onChange={(event) => event.target.value && onChange([...value, Number(event.target.value)])}
        aria-invalid={!!errors}
        aria-describedby={errors ? 'authorIds-error' : undefined}
        disabled={addable.length === 0 || value.length >= 6}
      >
        <option value="">{value.length === 0 ? 'Choose…' : 'Add another author…'}</option>
        {addable.map((author) => (
          <option key={author.id} value={author.id}>
            {author.name}
          </option>
        ))}
      </select>
      <FieldError name="authorIds" errors={errors} />
    </div>
  );
}
