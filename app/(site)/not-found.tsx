import Link from 'next/link';

// Inside the reader site's frame: an unknown story, section, author, topic or page number.
export default function SiteNotFound() {
  return (
    <div style={{ maxWidth: '40rem', padding: '3rem 0' }}>
      <p className="kicker">Error 404</p>
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
