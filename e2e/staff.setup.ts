import { test as setup } from '@playwright/test';
import { signIn } from './support/fixtures';
import { e2eStaff, staffStorageState } from './support/staff-account';

// Signs each e2e account in once; specs reuse the saved cookies instead of the sign-in form.
for (const account of ['admin', 'editor', 'writer'] as const) {
  setup(`sign in as the ${account}`, async ({ page }) => {
    await signIn(page, e2eStaff[account]);
    await page.waitForURL(/\/staff$/);
    await page.context().storageState({ path: staffStorageState(account) });
  });
}
