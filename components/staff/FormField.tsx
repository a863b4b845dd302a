import type { InputHTMLAttributes } from 'react';
import styles from './Staff.module.css';

/** A labelled input whose error, when there is one, is tied to it for screen readers. */
export function FormField({
  name,
  label,
  errors,
  ...input
}: { name: string; label: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${name}-error`;
  return (
    <>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} className="text-input" aria-invalid={!!errors} aria-describedby={errors ? errorId : undefined} {...input} />
      {errors && (
        <p id={errorId} className={styles.fieldError}>
          {errors[0]}
        </p>
      )}
    </>
  );
}
