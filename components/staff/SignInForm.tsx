'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/(staff)/staff/actions';
import { FormField } from './FormField';
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
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        errors={state.fieldErrors?.email}
      />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <button type="submit" className="solid-button" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
