import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-700.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Masthead } from '../components/masthead/Masthead';
import { SiteFooter } from '../components/site-footer/SiteFooter';
import { listSections } from '../db/queries/sections';
import { pageAlternates } from '../lib/page-metadata';
import { siteDescription, siteName, siteUrl } from '../lib/site-config';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `${siteName} — independent news`, template: `%s · ${siteName}` },
  description: siteDescription,
  openGraph: { siteName, type: 'website', locale: 'en_US' },
  twitter: { card: 'summary' },
  icons: { icon: '/icon.svg' },
  alternates: pageAlternates(),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = listSections();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Masthead sections={sections} />
        <main id="main" className="page">
          {children}
        </main>
        <SiteFooter sections={sections} />
      </body>
    </html>
  );
}
