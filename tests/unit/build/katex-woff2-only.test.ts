import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { woff2Only } from '../../../src/build/katex-woff2-only.ts';

test("woff2Only keeps each of KaTeX's @font-face rules with its WOFF2 source only", () => {
  const css = readFileSync('node_modules/katex/dist/katex.min.css', 'utf8');
  const trimmed = woff2Only(css);
  const faces = trimmed.match(/@font-face\{[^}]*\}/g) ?? [];
  assert.equal(faces.length, (css.match(/@font-face/g) ?? []).length);
  assert.equal(faces.length, 20);
  for (const face of faces) assert.match(face, /src:url\(fonts\/KaTeX_[A-Za-z0-9-]+\.woff2\) format\("woff2"\)\}$/);
  assert.doesNotMatch(trimmed, /\.woff\)|\.ttf\)/);
  // Only the font sources changed.
  assert.equal(trimmed.replace(/@font-face\{[^}]*\}/g, ''), css.replace(/@font-face\{[^}]*\}/g, ''));
});
