import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Clicks a region's "Download CSV" (a link to the server's export, or a button that saves the
 * rows on screen) as a person would, and reads the file the browser saved: its name and lines.
 */
export async function downloadCsvFrom(page: Page, region: string | RegExp): Promise<{ filename: string; lines: string[] }> {
  const download = page.waitForEvent('download');
  const within = page.getByRole('region', { name: region });
  await within
    .getByRole('link', { name: 'Download CSV' })
    .or(within.getByRole('button', { name: 'Download CSV' }))
    .click();
  const file = await download;
  const lines = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  return { filename: file.suggestedFilename(), lines };
}
