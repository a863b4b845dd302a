import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Clicks a region's "Download CSV" link as a person would, and reads the file the browser saved: its name and its lines. */
export async function downloadCsvFrom(page: Page, region: string | RegExp): Promise<{ filename: string; lines: string[] }> {
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: region }).getByRole('link', { name: 'Download CSV' }).click();
  const file = await download;
  const lines = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  return { filename: file.suggestedFilename(), lines };
}
