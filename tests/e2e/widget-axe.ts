// Accessibility and width checks for a chapter's widgets: axe on the started widgets at 360 and
// 1280 px in the light and dark theme, and no sideways scroll at 360 px.
import type AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './axe.ts';

/**
 * Registers one test per width: open `path` in the light theme, start every widget matched by
 * `selectors` (scroll it into view, wait for data-ready), run axe on those widgets and on the
 * exercises, then switch to the dark theme and run it again.
 */
export function widgetAxeTests(path: string, selectors: string[]): void {
  for (const width of [360, 1280]) {
    test(`widgets and exercises pass axe at ${width} px in the light and dark themes`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.addInitScript(() => { if (!localStorage.getItem('starlight-theme')) localStorage.setItem('starlight-theme', 'light'); });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await startAll(page, selectors);
      const scope = (axe: AxeBuilder) => selectors.reduce((builder, s) => builder.include(s), axe.include('[data-exercise]'));
      // The reader switches theme with the widgets running: they follow, and still pass.
      expect(await axeViolationsInBothThemes(page, scope)).toEqual([]);
      if (width === 360) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
      }
    });
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
