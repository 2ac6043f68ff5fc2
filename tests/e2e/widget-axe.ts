// Accessibility and width checks for a chapter's widgets: axe on the started widgets at 360 and
// 1280 px in the light and dark theme, and no sideways scroll at 360 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Registers one test per width and theme: open `path`, start every widget matched by `selectors`
 * (scroll it into view, wait for data-ready), then run axe on those widgets and on the exercises.
 */
export function widgetAxeTests(path: string, selectors: string[]): void {
  for (const width of [360, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`widgets and exercises pass axe at ${width} px in the ${theme} theme`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await startAll(page, selectors);
        let builder = new AxeBuilder({ page }).include('[data-exercise]');
        for (const s of selectors) builder = builder.include(s);
        const results = await builder.analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        if (width === 360) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBe(0);
        }
      });
    }
  }
}

/** Scrolls each widget into view, touches it (focus) and waits until its script has started. */
export async function startAll(page: Page, selectors: string[]): Promise<void> {
  for (const s of selectors) {
    const w = page.locator(s).first();
    await w.scrollIntoViewIfNeeded();
    // Widgets with heavy code start on the first touch only: focus one of its controls.
    await w.locator('input, button, select').first().focus();
    await expect(w).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  }
}
