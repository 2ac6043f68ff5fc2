// The one way the end-to-end tests run axe and switch themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on `page` (narrowed by `scope`, e.g. `(axe) => axe.include('[data-widget]')`) and returns
 * one line per violation: the rule and the nodes it flags, so a failure names what to fix.
 * Legacy mode runs axe in one pass in the page and its frames: the default mode finishes each run in a
 * second, blank page, which cost about 0.8 s per run on a long chapter and told nothing more.
 */
export async function axeViolations(page: Page, scope: (axe: AxeBuilder) => AxeBuilder = (axe) => axe): Promise<string[]> {
  const results = await scope(new AxeBuilder({ page }).setLegacyMode(true)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Switches the page to `theme` the way a reader does, through Starlight's theme setting (its select
 * fires the change; at 360 px the select sits in the closed menu, so its event is dispatched there),
 * with the system colour scheme to match, and waits until the page shows it.
 */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    const select = document.querySelector<HTMLSelectElement>('starlight-theme-select select');
    if (!select) throw new Error('no theme select on the page');
    select.value = t;
    select.dispatchEvent(new Event('change'));
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // Two frames, so transitions keyed to the theme have started from the new colours.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Runs axe on a page showing the light theme, switches it to dark as a reader does (the widgets keep
 * running), and runs axe again: one line per violation, each led by the theme it was found in.
 */
export async function axeViolationsInBothThemes(page: Page, scope?: (axe: AxeBuilder) => AxeBuilder): Promise<string[]> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await axeViolations(page, scope);
  await switchTheme(page, 'dark');
  const dark = await axeViolations(page, scope);
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}
