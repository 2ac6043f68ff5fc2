/** The depth lab's model: the experiment lives with the chapter's values (src/chapters/depth.ts). */
export {
  DEPTH, WIDTH, BATCH, SEED, inits, activations, DEFAULT_INIT, DEFAULT_ACTIVATION,
  spread, depthLayers, depthInputs, depthSpreads, verdict,
} from '../../src/chapters/depth.ts';
export type { DepthInit, DepthActivation, LayerSpread } from '../../src/chapters/depth.ts';
