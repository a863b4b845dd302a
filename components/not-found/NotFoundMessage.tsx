import Link from 'next/link';

/** What a reader sees for an address that leads nowhere, inside whichever frame holds it. */
export function NotFoundMessage() {
  return (
    <div style={{ maxWidth: '40rem', padding: '3rem 0' }}>
      <p className="kicker">Not found</p>
      <h1>We could not find that page</h1>
      <p>
        The story, section or page you asked for does not exist, or is no longer published. Check the address, or start again from the front page.
      </p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
