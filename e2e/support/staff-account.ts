/** The account playwright.config.ts creates in the throwaway e2e database (not a real secret). */
export const e2eStaff = { email: 'e2e-editor@broadsheet.test', password: 'e2e password, not a secret' };
