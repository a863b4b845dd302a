import { siteTimeZone } from '@/lib/site-time';
import { e2eViewCountingEnv } from './support/e2e-env';
import { desktopChrome, expect, test } from './support/fixtures';

test.use({ userAgent: desktopChrome });

test('the view count says what it counts and links to the rules, which state the configuration', async ({ page, story }) => {
  await page.goto(`/articles/${story.slug}`);
  const count = page.getByTestId('view-count');
  await expect(count).toHaveAttribute('data-state', 'recorded');
  // A screen reader hears "1 view", not a bare number.
  await expect(page.getByRole('link', { name: '1 view', exact: true })).toBeVisible();

  // Search engines read the same count from the story's structured data.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.interactionStatistic).toEqual({
    '@type': 'InteractionCounter',
    interactionType: { '@type': 'ReadAction' },
    userInteractionCount: expect.any(Number),
  });

  await count.click();
  await expect(page).toHaveURL(/\/how-we-count$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we count views');
  const thousands = (raw: string) => Number(raw).toLocaleString('en-US');
  await expect(page.locator('[data-rule="dedupe"]')).toContainText(`${e2eViewCountingEnv.VIEW_DEDUPE_MINUTES} minutes`);
  await expect(page.locator('[data-rule="rate-limit"]')).toContainText(
    `More than ${thousands(e2eViewCountingEnv.VIEW_RATE_LIMIT_MAX)} view attempts`,
  );
  await expect(page.locator('[data-rule="rate-limit"]')).toContainText('1 minute');
  await expect(page.locator('[data-rule="daily-cap"]')).toContainText(`More than ${thousands(e2eViewCountingEnv.VIEW_DAILY_CAP_PER_ADDRESS)} views`);
  await expect(page.locator('[data-rule="time-zone"]')).toContainText(siteTimeZone);
  await expect(page.getByText('No cookie')).toBeVisible();
  await expect(page.getByText('No IP address')).toBeVisible();
});
