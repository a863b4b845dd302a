// Private-use characters mark matches in search snippets; they cannot occur in article text
// that readers type, and the page turns them into <mark> elements without parsing any HTML.
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

/** Longest query text we look at; anything beyond is ignored, not an error. */
export const maxSearchInputLength = 200;
const maxTerms = 12;

/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression: the words only, each
 * quoted (so AND, OR, NEAR, column filters, quotes and stars are plain text), all required,
 * and the last one, if it has four or more letters, a prefix so "inflat" finds "inflation"
 * (shorter prefixes such as "the*" match half the language). `null` when no word remains.
 */
export function buildFtsQuery(input: string): string | null {
  const terms = input
    .slice(0, maxSearchInputLength)
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, maxTerms);
  if (!terms || terms.length === 0) return null;
  return terms.map((term, i) => `"${term}"${i === terms.length - 1 && term.length >= 4 ? '*' : ''}`).join(' ');
}

/** The text to show back to the reader ("Results for …"), trimmed to what was searched. */
export function displayQuery(input: string): string {
  return input.slice(0, maxSearchInputLength).replace(/\s+/g, ' ').trim();
}
