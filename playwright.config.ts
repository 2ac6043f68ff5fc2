import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

const base = process.env.BASE ?? '/forward-step-by-step/';
const port = Number(process.env.E2E_PORT ?? 4400);
const browser = findBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: {
      executablePath: browser ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    env: { BASE: base, OUT_DIR: process.env.OUT_DIR ?? 'dist' },
    url: `http://localhost:${port}${base}en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
