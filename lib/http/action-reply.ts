/**
 * The shape of a server-action call as React's `encodeReply` writes it, checked before Next.js
 * decodes it: Next.js answers 500 to a body that is valid JSON but not a call (`42`, `null`),
 * to a reference to a part the body does not have (`["$Q0"]`), and to nesting deep enough to
 * exhaust its decoder (20,000 nested arrays). Broadsheet's actions take plain values, so this
 * is strict: arguments are an array, nesting is shallow, and a `$` string is either escaped
 * (`$$…`), one of React's inline values, or (in a multipart body) a FormData (`$K<n>`, whose
 * fields may be absent: a form with only a button sends none).
 */
export const maxReplyDepth = 16;

const inlineValue = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-|n-?\d+$)/;

export type ReplyProblem = 'not-json' | 'not-arguments' | 'too-deep' | 'unknown-reference';

/** Deepest bracket nesting outside strings, found without parsing (so without recursion). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

function referencesAreKnown(value: unknown, formData: boolean): boolean {
  if (typeof value === 'string') return !value.startsWith('$') || inlineValue.test(value) || (formData && /^\$K\d{1,6}$/.test(value));
  if (Array.isArray(value)) return value.every((item) => referencesAreKnown(item, formData));
  if (value && typeof value === 'object') return Object.values(value).every((item) => referencesAreKnown(item, formData));
  return true;
}

/** `text` is the whole body (text/plain) or the root part "0" of a multipart body (`formData`). */
export function actionReplyProblem(text: string, { formData = false }: { formData?: boolean } = {}): ReplyProblem | null {
  if (nestingDepth(text) > maxReplyDepth) return 'too-deep';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (!Array.isArray(value)) return 'not-arguments';
  return referencesAreKnown(value, formData) ? null : 'unknown-reference';
}
