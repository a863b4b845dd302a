'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '../../app/staff/actions';
import styles from './Staff.module.css';

export function SignInForm() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={formAction} className={styles.signIn} noValidate>
      {state.error && (
        <p role="alert" className={styles.formError}>
          {state.error}
        </p>
      )}
      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-invalid={!!state.fieldErrors?.email}
        aria-describedby={state.fieldErrors?.email ? 'email-error' : undefined}
      />
      {state.fieldErrors?.email && (
        <p id="email-error" className={styles.fieldError}>
          {state.fieldErrors.email[0]}
        </p>
      )}
      <label htmlFor="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={!!state.fieldErrors?.password}
        aria-describedby={state.fieldErrors?.password ? 'password-error' : undefined}
      />
      {state.fieldErrors?.password && (
        <p id="password-error" className={styles.fieldError}>
          {state.fieldErrors.password[0]}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
