/** The accounts playwright.config.ts creates in the throwaway e2e database (not real secrets). */
export const e2eStaff = {
  admin: { email: 'e2e-admin@broadsheet.test', password: 'e2e admin password, not a secret', role: 'admin' },
  editor: { email: 'e2e-editor@broadsheet.test', password: 'e2e password, not a secret', role: 'editor' },
  writer: { email: 'e2e-writer@broadsheet.test', password: 'e2e writer password, not a secret', role: 'writer' },
  /** Signs in and out of several browsers; no stored session depends on it. */
  roaming: { email: 'e2e-roaming@broadsheet.test', password: 'e2e roaming password, not a secret', role: 'writer' },
} as const;

/** Signed-in browser state per account, written by e2e/staff.setup.ts. */
export const staffStorageState = (account: keyof typeof e2eStaff) => `playwright/.auth/${account}.json`;
