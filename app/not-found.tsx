import Link from 'next/link';

// Last resort, outside both frames: the reader site catches unknown addresses itself
// (app/(site)/[...missing]). Kept free of data and navigation because Next.js ships this
// element with every page it renders.
export default function NotFound() {
  return (
    <main id="main" className="page" style={{ maxWidth: '40rem' }}>
      <p className="kicker">Error 404</p>
      <h1>We could not find that page</h1>
      <p>
        <Link href="/">Go to the Broadsheet front page</Link>
      </p>
    </main>
  );
}
