import { matchEnd, matchStart } from './search-query';

// Tokens as FTS5's unicode61 tokenizer sees them: letters and digits, compared without case
// or diacritics ("Café" matches "cafe").
const token = /[\p{L}\p{N}]+/gu;
const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export type SearchTerms = { words: string[]; lastIsPrefix: boolean };

/** The words of an FTS expression built by buildFtsQuery (`"a" "b"*`), folded for comparison. */
export function termsOfFtsQuery(ftsQuery: string): SearchTerms {
  const words = [...ftsQuery.matchAll(/"([^"]+)"/g)].map((m) => fold(m[1]!));
  return { words, lastIsPrefix: ftsQuery.endsWith('*') };
}

function matches(word: string, { words, lastIsPrefix }: SearchTerms): boolean {
  const folded = fold(word);
  return words.some((term, i) => folded === term || (lastIsPrefix && i === words.length - 1 && folded.startsWith(term)));
}

/** `text` with every matching word wrapped in match markers (never HTML). */
export function markMatches(text: string, terms: SearchTerms): string {
  return text.replace(token, (word) => (matches(word, terms) ? `${matchStart}${word}${matchEnd}` : word));
}

/** Markdown to the plain words a reader sees (headings, emphasis, links and images reduced to text). */
function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/(^|\n)\s*(#{1,6}|>|[-*+]|\d+\.)\s+/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * About `length` words of the body around its first match, matches marked, with an ellipsis
 * where it was cut; the opening words when nothing in the body matches. Done here rather than
 * with FTS5's snippet(), which re-tokenized each whole article (4 ms a row at 100k stories).
 */
export function snippetOf(markdown: string, terms: SearchTerms, length = 28): string {
  const text = plainText(markdown);
  const words = [...text.matchAll(token)];
  if (words.length === 0) return '';
  const first = Math.max(
    0,
    words.findIndex((w) => matches(w[0], terms)),
  );
  const start = Math.max(0, Math.min(first - 6, words.length - length));
  const end = Math.min(words.length, start + length);
  const from = start === 0 ? 0 : words[start]!.index!;
  const to = end === words.length ? text.length : words[end - 1]!.index! + words[end - 1]![0].length;
  return `${start > 0 ? '…' : ''}${markMatches(text.slice(from, to), terms)}${end < words.length ? '…' : ''}`;
}
