'use client';

import Link from 'next/link';

// Shown for unexpected failures. It never prints the error itself: readers get a way out,
// the server log gets the details (Next.js reports the digest there).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div style={{ maxWidth: '40rem', padding: '3rem 0' }}>
      <p className="kicker">Something went wrong</p>
      <h1>This page could not be shown</h1>
      <p>Our systems hit a problem while preparing this page. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the front page</Link>.
      </p>
    </div>
  );
}
