'use client';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <title>Something went wrong · Broadsheet</title>
        <h1>Broadsheet is having trouble</h1>
        <p>This page could not be shown. Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
