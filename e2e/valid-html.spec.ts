import { HtmlValidate, type Message } from 'html-validate';
import { expect, test } from './support/fixtures';

// Standards conformance (what the Nu Html Checker reports) plus a sound heading outline.
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: { 'heading-level': 'error', 'unique-landmark': 'error', 'no-dup-id': 'error' },
});

// The one known exception: React renders a server-action form as <form action=""> so that it
// still posts without JavaScript. The spec wants a non-empty action; browsers treat "" as this page.
const reactActionForm = (m: Message) => m.ruleId === 'attribute-allowed-values' && m.message === 'Attribute "action" has invalid value ""';

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.filter((m) => !reactActionForm(m)).map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
}

test('every reader page type is valid HTML with no skipped heading levels', async ({ request, story }) => {
  for (const path of [
    '/',
    '/sections/world',
    '/authors/priya-raman?page=2',
    `/tags/${story.tagSlug}`,
    `/articles/${story.slug}`,
    '/articles/wage-growth-outpaces-inflation-for-the-sixth-month-running',
    '/search?q=people',
    '/search',
    '/no-such-page',
  ]) {
    const response = await request.get(path);
    expect(await problems(await response.text()), path).toEqual([]);
  }
});

test('every staff page type is valid HTML too', async ({ request, editorPage, story }) => {
  expect(await problems(await (await request.get('/staff/sign-in')).text()), 'sign-in').toEqual([]);
  for (const path of [
    '/staff',
    '/staff?period=90d',
    `/staff/stories/${story.id}`,
    '/staff/stories',
    '/staff/stories?status=draft',
    '/staff/stories/new',
    `/staff/stories/${story.id}/edit`,
    `/staff/stories/${story.id}/revisions`,
  ]) {
    const response = await editorPage.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await problems(await response.text()), path).toEqual([]);
  }
});

test('the admin pages are valid HTML too', async ({ adminPage }) => {
  for (const path of ['/staff/accounts', '/staff/audit']) {
    const response = await adminPage.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await problems(await response.text()), path).toEqual([]);
  }
});
