// The base scope of "forward" in cells: the library and the tutorial's worked examples (the article's data).
import * as forward from '../forward/index.ts';
import * as examples from '../chapters/examples.ts';

/** Every page's cell scope (see scopes.ts). */
export const baseScope: Record<string, unknown> = { ...forward, ...examples };
