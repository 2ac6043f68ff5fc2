import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { heatmapDataUrl } from '../../../../components/kit/heatmap-image.ts';
import { valueColour } from '../../../../components/kit/heatmap.ts';
import { GRID, LINEAR_SEED, linearDemo, planeValues, symmetricScale } from '../../../../components/pitfall-linear/model.ts';

test('heatmapDataUrl draws pitfall 1\'s ReLU picture into a small WebP whose pixels are the heatmap\'s colours', async () => {
  const values = planeValues(linearDemo(LINEAR_SEED).relu);
  const [lo, hi] = symmetricScale(values);
  const url = await heatmapDataUrl(values, GRID, lo, hi);
  assert.match(url, /^data:image\/webp;base64,/);
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  assert.ok(bytes.length < 1500, `${bytes.length} bytes`);
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  assert.deepEqual([info.width, info.height], [GRID, GRID]);
  // Lossy, so compared on average: within 6 of 255 per channel over the picture, 40 at worst (at the boundary's edges).
  let sum = 0;
  let worst = 0;
  for (let k = 0; k < GRID * GRID; k++) {
    const want = valueColour(values[k], lo, hi);
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(data[info.channels * k + c] - want[c]);
      sum += d;
      worst = Math.max(worst, d);
    }
  }
  assert.ok(sum / (3 * GRID * GRID) < 6, `mean ${sum / (3 * GRID * GRID)}`);
  assert.ok(worst < 40, `worst ${worst}`);
});

test('heatmapDataUrl refuses a grid with fewer values than pixels', async () => {
  await assert.rejects(heatmapDataUrl([1, 2, 3], 2, 0, 1), /3 values for a 2×2 grid/);
});
