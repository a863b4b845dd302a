import { e2eStaff, expect, signIn, test } from './support/fixtures';

test('an admin adds an account, changes its role and disables it; the audit log shows who did it', async ({ adminPage, browser }) => {
  const email = `e2e-new-${Date.now().toString(36)}@broadsheet.test`;
  await adminPage.goto('/staff/accounts');
  await adminPage.getByLabel('Email').fill(email);
  await adminPage.getByRole('form', { name: 'Add a staff account' }).getByRole('combobox').selectOption('writer');
  await adminPage.getByRole('button', { name: 'Add account' }).click();
  const shown = adminPage.getByRole('status').filter({ hasText: `Added ${email}. Temporary password:` });
  await expect(shown).toBeVisible();
  const temporary = (await shown.locator('code').textContent())!;

  // The new colleague signs in with it.
  const theirs = await browser.newContext();
  const colleague = await theirs.newPage();
  await signIn(colleague, { email, password: temporary });
  await colleague.waitForURL(/\/staff$/);
  await expect(colleague.getByText(`Signed in as ${email} (writer)`)).toBeVisible();

  await adminPage.getByLabel(`Role of ${email}`).selectOption('editor');
  const row = adminPage.getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(row.getByRole('status')).toHaveText('Role changed.');
  await colleague.reload();
  await expect(colleague.getByText(`Signed in as ${email} (editor)`)).toBeVisible();

  // They write under a byline of their own: a new author profile, which their new stories start with.
  const name = `Rosa Quill ${Date.now().toString(36)}`;
  await row.getByLabel('Or a new author profile named').fill(name);
  await row.getByRole('button', { name: 'Set byline' }).click();
  await expect(row.getByRole('status')).toHaveText('Byline set.');
  await expect(row.getByLabel(`Writes as`)).toHaveValue(/\d+/);
  await colleague.goto('/staff/stories/new');
  await expect(colleague.getByRole('list', { name: 'Byline' })).toHaveText(new RegExp(`^${name}`));

  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row.getByRole('rowheader')).toContainText('disabled');
  await colleague.reload();
  await expect(colleague).toHaveURL(/\/staff\/sign-in$/); // the session it had is over
  await theirs.close();

  await adminPage.goto('/staff/audit');
  const log = adminPage.getByRole('table');
  for (const line of [`added an account ${email}`, `changed a role ${email}`, `set the byline of ${email}`, `disabled an account ${email}`]) {
    await expect(log.getByRole('row').filter({ hasText: line }).filter({ hasText: e2eStaff.admin.email })).toHaveCount(1);
  }
});

test('the last admin cannot demote themselves, and only admins see accounts and the audit log', async ({ adminPage, editorPage }) => {
  await adminPage.goto('/staff/accounts');
  await adminPage.getByLabel(`Role of ${e2eStaff.admin.email}`).selectOption('editor');
  await adminPage.getByRole('row').filter({ hasText: e2eStaff.admin.email }).getByRole('button', { name: 'Change role' }).click();
  await expect(adminPage.getByRole('status').filter({ hasText: 'The newsroom needs at least one admin who can sign in' })).toBeVisible();
  await adminPage.reload();
  await expect(adminPage.getByText(`Signed in as ${e2eStaff.admin.email} (admin)`)).toBeVisible();

  for (const path of ['/staff/accounts', '/staff/audit']) {
    await editorPage.goto(path);
    await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  }
  await expect(editorPage.getByRole('link', { name: 'Accounts' })).toHaveCount(0);
});

test('a story published by an editor is in the audit log with who and when', async ({ adminPage, editorPage }) => {
  const headline = `Audit trail of a publication ${Date.now().toString(36)}`;
  await editorPage.goto('/staff/stories/new');
  await editorPage.getByLabel('Headline', { exact: true }).fill(headline);
  await editorPage.getByLabel('Standfirst').fill('For the audit log.');
  await editorPage.getByLabel('Section').selectOption({ label: 'Science' });
  await editorPage.getByLabel('Add an author to the byline').selectOption({ index: 1 });
  await editorPage.getByLabel('Story (Markdown)').fill('Text.');
  await editorPage.getByRole('button', { name: 'Save draft' }).click();
  await expect(editorPage).toHaveURL(/\/edit$/);
  await editorPage.getByRole('button', { name: 'Publish' }).click();
  await expect(editorPage.locator('.kicker').first()).toHaveText('Published');

  await adminPage.goto('/staff/audit');
  for (const action of ['created', 'published']) {
    await expect(
      adminPage
        .getByRole('row')
        .filter({ hasText: `${action} story` })
        .filter({ hasText: headline })
        .filter({ hasText: e2eStaff.editor.email }),
    ).toHaveCount(1);
  }
});
