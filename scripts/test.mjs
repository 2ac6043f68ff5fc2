// `npm test`: every check the project has, in order, with one closing line `N passed, N failed`.
//  1. a browser is found (or we stop with one line saying how to get one)
//  2. type checks: astro check, then tsc --noEmit
//  3. unit tests (node:test) in tests/unit, then the Chinese-text lint (scripts/lint-zh.mjs, AutoCorrect)
//  4. the production build under a sub-path base, as GitHub Pages serves it
//  5. the Playwright suite in Chromium against that build (tests/e2e)
// Each step counts as tests: the unit and end-to-end suites by their own counts, a type check,
// the zh lint or the build as one test each.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const BASE = process.env.BASE ?? '/forward-step-by-step/';
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  console.log(`◀ ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function count(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

const browser = findBrowser();
if (!browser) {
  console.log('No Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const astroCheck = run('astro check', 'astro', ['check']);
count('astro check', astroCheck.ok);
const tsc = run('tsc', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
count('tsc --noEmit', tsc.ok);

const unit = run('unit tests', 'node', ['--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts']);
const unitPass = Number(/ℹ pass (\d+)/.exec(unit.stdout)?.[1] ?? 0);
const unitFail = Number(/ℹ fail (\d+)/.exec(unit.stdout)?.[1] ?? (unit.ok ? 0 : 1));
passed += unitPass;
failed += unitFail + (unit.ok || unitFail > 0 ? 0 : 1);

const zhLint = run('zh lint (AutoCorrect)', 'node', ['scripts/lint-zh.mjs']);
count('zh lint', zhLint.ok);

const build = run(`build (base ${BASE})`, 'astro', ['build'], { BASE });
count('build', build.ok);

if (build.ok) {
  rmSync('test-results/e2e.json', { force: true });
  const e2e = run('end-to-end tests', 'playwright', ['test'], { BASE, CHROMIUM_PATH: browser });
  try {
    const stats = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (!e2e.ok && stats.unexpected === 0) failed += 1;
  } catch {
    count('end-to-end suite (no report)', false);
  }
} else {
  console.log('✗ end-to-end tests not run: the build failed');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
