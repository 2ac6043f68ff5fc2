import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentSection } from '../../../../components/table-of-contents/current.ts';

test('the docstring examples: the title while the first section is still below the line, then the last heading above it', () => {
  assert.equal(currentSection([120, 400, 900], 130), 0);
  assert.equal(currentSection([-800, -20, 300], 130), 1);
});

test('a heading exactly on the line is the one being read; one a pixel below is not yet', () => {
  assert.equal(currentSection([-500, 130, 700], 130), 1);
  assert.equal(currentSection([-500, 131, 700], 130), 0);
});

test('headings missing from the page are skipped, and scrolled past the end the last heading is current', () => {
  assert.equal(currentSection([-900, null, -300, -100], 130), 3);
  assert.equal(currentSection([-900, null, 500], 130), 0);
  assert.equal(currentSection([], 130), 0);
});
