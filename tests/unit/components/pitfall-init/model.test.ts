import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hiddenTable } from '../../../../components/pitfall-init/model.ts';

test('zero initialisation makes all hidden neurons equal, small random does not', () => {
  const zeros = hiddenTable('zeros', 7);
  assert.equal(zeros.allSame, true);
  assert.equal(new Set(zeros.rows.flat()).size, 1);
  const small = hiddenTable('small', 7);
  assert.equal(small.allSame, false);
});
