import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { articleImageHosts } from './site-config';

const marked = new Marked({ gfm: true, breaks: false, async: false });

// Article bodies come from the newsroom, but a compromised account or a pasted embed must
// not be able to run script on readers' pages: everything outside this list is dropped.
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'code',
    'pre',
    'hr',
    'br',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'width', 'height'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // Images only from this site or the hosts the operator lists: an image elsewhere is a
  // tracking pixel that tells a third party who read which story.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageSource(frame.attribs.src),
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs };
    },
    // A body's own h1 would compete with the headline; demote it.
    h1: 'h2',
  },
};

function isAllowedImageSource(src: string | undefined): boolean {
  if (!src) return false;
  if (src.startsWith('/') && !src.startsWith('//') && !src.startsWith('/\\')) return true;
  if (!URL.canParse(src)) return false;
  const url = new URL(src);
  return url.protocol === 'https:' && articleImageHosts().includes(url.host);
}

/** Markdown to HTML that is safe to inject into an article page. */
export function renderArticleBody(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, sanitizeOptions);
}
