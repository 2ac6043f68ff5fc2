import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sigmoidChainProduct } from '../../../../src/forward/index.ts';
import { saturationDemo } from '../../../../components/pitfall-saturation/model.ts';
import { saturationBars } from '../../../../components/pitfall-saturation/draw.ts';

test('the saturation demo uses sigmoidChainProduct for the chosen depth and every bar', () => {
  const demo = saturationDemo(10, 0);
  assert.equal(demo.product, sigmoidChainProduct(10));
  assert.ok(demo.product < 1e-6);
  assert.equal(demo.products.length, 20);
  const bars = saturationBars(demo.products, 10);
  assert.equal(bars.bars.filter((b) => b.on).length, 1);
  for (let i = 1; i < bars.bars.length; i++) assert.ok(bars.bars[i].h <= bars.bars[i - 1].h);
  const steep = saturationBars(saturationDemo(20, 20).products, 20);
  assert.ok(steep.bars.every((b) => Number.isFinite(b.h) && b.h >= 0));
});
