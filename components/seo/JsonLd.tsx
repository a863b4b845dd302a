import { jsonLdScriptText } from '@/lib/structured-data';

/** Structured data for search engines (escaped by jsonLdScriptText, which makes the injection safe). */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }} />;
}
