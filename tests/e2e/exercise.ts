// Grading a checked exercise (components/kit/Exercise.astro) the way a reader would.
import { expect, type Page } from '@playwright/test';

const BAD_ANSWERS = ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308'];

/**
 * Checks that exercise `id` shows only its question (hint and solution folded and hidden until their
 * toggle is opened), accepts `answer`, rejects an answer `off` away from it, and refuses every
 * malformed answer as invalid.
 */
export async function expectExerciseGrades(page: Page, id: string, answer: number, off = 0.5): Promise<void> {
  const box = page.locator(`section:has(#${id}-input)`);
  const input = page.locator(`#${id}-input`);
  const result = page.locator(`#${id}-result`);
  const folded = box.locator('details');
  await expect(folded).toHaveCount(2);
  for (const details of await folded.all()) {
    await expect(details).not.toHaveAttribute('open', '');
    await expect(details.locator('summary + div')).toBeHidden();
    await expect(details.locator('summary + div')).not.toHaveText('');
  }
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
  for (const details of await folded.all()) {
    await details.locator('summary').click();
    await expect(details.locator('summary + div')).toBeVisible();
  }
}
