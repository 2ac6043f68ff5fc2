// Finds the Chromium that the end-to-end tests drive: $CHROMIUM_PATH when set, otherwise
// Playwright's own download when it is installed, otherwise Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @returns {string | null} an executable path, or null when there is no browser at all */
export function findBrowser() {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch { /* Playwright has no browser of its own here */ }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  return null;
}
