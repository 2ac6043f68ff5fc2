// The tables of contents (components/table-of-contents): the link of the section being read is marked
// as the reader scrolls, in the sidebar (wide) and in the bar under the header (narrow), and the bar's
// list closes on a link, on Escape (focus back on its summary) and on a click outside.
import { expect, test, type Page } from '@playwright/test';

/** The hrefs marked current in the table that is shown, and the narrow bar's title. */
async function current(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('fw-toc, fw-mobile-toc')].find((t) => t.checkVisibility());
    return {
      links: [...(shown?.querySelectorAll('a[aria-current="true"]') ?? [])].map((a) => decodeURIComponent(a.getAttribute('href')!)),
      bar: shown?.querySelector('.display-current')?.textContent ?? null,
    };
  });
}

/** Scrolls so that section `i`'s heading (in the table's order) sits just under the reading line. */
async function readSection(page: Page, i: number) {
  await page.evaluate((index) => {
    const shown = [...document.querySelectorAll<HTMLElement>('fw-toc, fw-mobile-toc')].find((t) => t.checkVisibility())!;
    const href = shown.querySelectorAll('a')[index].getAttribute('href')!;
    const heading = document.getElementById(decodeURIComponent(href.slice(1)))!;
    const line = document.querySelector('header')!.getBoundingClientRect().height
      + (document.querySelector('fw-mobile-toc summary')?.getBoundingClientRect().height ?? 0) + 32;
    scrollBy(0, heading.getBoundingClientRect().top - line + 10);
  }, i);
}

for (const [path, width] of [['en/loss/', 1280], ['zh-cn/loss/', 360]] as const) {
  test(`${path} at ${width} px: the table marks the section being read as the page scrolls`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    const links = await page.evaluate(() => [...document.querySelector<HTMLElement>('fw-toc')!.querySelectorAll('a')].map((a) => ({ href: decodeURIComponent(a.getAttribute('href')!), text: a.textContent!.trim() })));
    expect(links.length).toBeGreaterThan(5);
    expect(links[0].href).toBe('#_top');
    await expect.poll(() => current(page)).toEqual({ links: [links[0].href], bar: width < 1000 ? links[0].text : null });
    for (const i of [3, 1, links.length - 2]) {
      await readSection(page, i);
      await expect.poll(() => current(page)).toEqual({ links: [links[i].href], bar: width < 1000 ? links[i].text : null });
    }
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => current(page)).toEqual({ links: [links[0].href], bar: width < 1000 ? links[0].text : null });
  });
}

test('zh-cn/loss/ at 360 px: the bar\'s list closes on a link, on Escape with focus back on it, and on a click outside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('zh-cn/loss/');
  const details = page.locator('#starlight__mobile-toc');
  const summary = page.locator('#starlight__on-this-page--mobile');
  await summary.click();
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(details).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  await summary.click();
  await page.mouse.click(180, 700);
  await expect(details).not.toHaveAttribute('open', '');
  await summary.click();
  const link = details.locator('a').nth(4);
  const href = decodeURIComponent((await link.getAttribute('href'))!);
  await link.click();
  await expect(details).not.toHaveAttribute('open', '');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(href);
  await expect.poll(async () => (await current(page)).links).toEqual([href]);
});
