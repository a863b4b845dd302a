import styles from './StoryEditor.module.css';

/** A field's first error, with the id its input names in aria-describedby (`<name>-error`). */
export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className={styles.fieldError}>
      {errors[0]}
    </p>
  );
}
