import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-700.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './font-fallbacks.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { WebFontsAfterFirstPaint } from '@/components/web-fonts/WebFontsAfterFirstPaint';
import { pageAlternates, siteOpenGraph } from '@/lib/page-metadata';
import { siteDescription, siteName, siteUrl } from '@/lib/site-config';

// Shared by the reader site, app/(site), and the newsroom, app/(staff); each adds its own frame.
export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `${siteName} — independent news`, template: `%s · ${siteName}` },
  description: siteDescription,
  openGraph: siteOpenGraph(),
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
  return (
    // data-web-fonts is set by the script below before React hydrates (see WebFontsAfterFirstPaint).
    <html lang="en" suppressHydrationWarning>
      <head>
        <WebFontsAfterFirstPaint />
      </head>
      <body>{children}</body>
    </html>
  );
}
