/**
 * The KaTeX options every build-time formula uses (rehype-katex in astro.config.mjs, and any
 * component that calls `katex.renderToString`). `htmlAndMathml`: the visible HTML is `aria-hidden`,
 * so KaTeX also writes the formula as MathML, which the browser exposes to screen readers as a math
 * node and KaTeX's stylesheet keeps invisible (`.katex-mathml` is clipped to 1 px). `strict: 'error'`
 * turns TeX that KaTeX would only warn about into a build error.
 */
export const KATEX_OPTIONS = { output: 'htmlAndMathml', strict: 'error' } as const;
