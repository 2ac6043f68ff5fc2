import { expect, test } from '@playwright/test';

// Code blocks keep a copy button: in the page's language, reached and pressed with the keyboard, copying
// the block's code with its line breaks. Its script is one click listener, not a document-wide observer.
for (const [path, title, copied] of [['en/forward-code/', 'Copy to clipboard', 'Copied!'], ['zh-cn/forward-code/', '复制到剪贴板', '复制成功！']]) {
  test(`/${path}: the code blocks' copy button speaks the page's language and copies the code from the keyboard`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const observers: string[] = [];
    await page.exposeFunction('__observed', (what: string) => observers.push(what));
    await page.addInitScript(() => {
      const Native = window.MutationObserver;
      window.MutationObserver = class extends Native {
        observe(target: Node, options?: MutationObserverInit) {
          if (target === document.body && options?.subtree) (window as unknown as { __observed(s: string): void }).__observed(new Error().stack ?? '');
          super.observe(target, options);
        }
      };
    });
    await page.goto(path);
    const buttons = page.locator('.expressive-code .copy button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const t of await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('title')))) expect(t).toBe(title);
    const button = buttons.first();
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const live = page.locator('.expressive-code .copy [aria-live]').first();
    await expect(live).toHaveText(copied);
    const expected = (await button.getAttribute('data-code'))!.replace(/\u007f/g, '\n');
    expect(expected).toContain('\n');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(live).toHaveText('', { timeout: 5000 });
    expect(observers.filter((stack) => /\/_astro\/ec\./.test(stack))).toEqual([]);
  });
}
