// The digits chapter's scope of "forward" in cells: the base scope plus the shipped network and test
// digits (decoded on first use; the worker cannot fetch, so the data is in this bundle).
import { digitCellScope } from '../chapters/digits.ts';
import { baseScope } from './scope-base.ts';

/** The cell scope of the digits chapter (see scopes.ts). */
export const digitsScope: Record<string, unknown> = { ...baseScope, ...digitCellScope };
