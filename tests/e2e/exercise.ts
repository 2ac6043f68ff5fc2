// Grading a checked exercise (components/kit/Exercise.astro) the way a reader would.
import { expect, type Page } from '@playwright/test';

const BAD_ANSWERS = ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308'];

/**
 * Checks that exercise `id` keeps its hint and solution folded, accepts `answer`, rejects an answer
 * `off` away from it, and refuses every malformed answer as invalid.
 */
export async function expectExerciseGrades(page: Page, id: string, answer: number, off = 0.5): Promise<void> {
  const box = page.locator(`section:has(#${id}-input)`);
  const input = page.locator(`#${id}-input`);
  const result = page.locator(`#${id}-result`);
  for (const details of await box.locator('details').all()) await expect(details).not.toHaveAttribute('open', '');
  await input.fill(String(answer));
  await input.press('Enter');
  await expect(result).toHaveAttribute('data-state', 'correct');
  await input.fill(String(answer + off));
  await input.press('Enter');
  await expect(result).toHaveAttribute('data-state', 'incorrect');
  for (const bad of BAD_ANSWERS) {
    await input.fill(bad);
    await input.press('Enter');
    await expect(result, `answer "${bad}"`).toHaveAttribute('data-state', 'invalid');
  }
}
