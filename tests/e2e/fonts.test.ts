// Each page preloads exactly the KaTeX font files its formulas are drawn with (src/build/katex-css-per-page.ts):
// a font the page uses but does not preload is found only while the page is laid out, and the formulas are
// laid out again when it arrives; a preloaded font the page never uses is bytes for nothing.
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

/** The file name of a font URL without its content hash ('KaTeX_Main-Regular'). */
const fontFile = (url: string) => url.split('/').pop()!.split('.')[0];

for (const path of builtPages()) {
  // Which fonts a page draws with does not depend on the width (every formula is drawn at both), so one width.
  for (const width of [1280]) {
    test(`/${path} at ${width} px: the KaTeX fonts preloaded are the ones its formulas draw with`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      // Every formula on screen once: answers folded in <details> opened, then the whole page scrolled through
      // (display formulas are drawn only near the viewport).
      await page.evaluate(async () => {
        document.querySelectorAll('details').forEach((d) => { d.open = true; });
        for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        await document.fonts.ready;
      });
      const { used, preloaded } = await page.evaluate(() => {
        // Each KaTeX @font-face's file, by family, weight and style, from the page's own stylesheets.
        const files = new Map<string, string>();
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) {
            if (!(rule instanceof CSSFontFaceRule)) continue;
            const s = rule.style;
            const family = s.getPropertyValue('font-family').replace(/"/g, '');
            const url = /url\("?([^")]+)"?\)/.exec(s.getPropertyValue('src'))?.[1] ?? '';
            files.set(`${family}/${s.getPropertyValue('font-weight')}/${s.getPropertyValue('font-style')}`, url);
          }
        }
        const weight = (w: string) => (w === 'bold' ? '700' : w === 'normal' ? '400' : w);
        return {
          used: [...document.fonts]
            .filter((f) => f.status === 'loaded' && f.family.replace(/"/g, '').startsWith('KaTeX_'))
            .map((f) => files.get(`${f.family.replace(/"/g, '')}/${weight(f.weight)}/${f.style}`) ?? `(no rule for ${f.family} ${f.weight} ${f.style})`)
            .filter((url) => !url.startsWith('data:')),
          preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((l) => l.href),
        };
      });
      expect(preloaded.map(fontFile).sort(), 'preloaded font files').toEqual(used.map(fontFile).sort());
    });
  }
}
