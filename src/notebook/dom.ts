// Builds DOM from a view tree with DOM APIs only (createElement, textContent): a reader's string
// never reaches innerHTML. The build writes the same tree as HTML with renderHtml (view.ts).
import { htmlTags, svgTags, type View } from './view.ts';

const SVG = 'http://www.w3.org/2000/svg';
const html = new Set<string>(htmlTags);
const svg = new Set<string>(svgTags);

/** Creates the DOM node for a view, e.g. `container.append(renderDom(view))`. */
export function renderDom(view: View, doc: Document = document): Node {
  if (typeof view === 'string') return doc.createTextNode(view);
  let node: Element;
  if (svg.has(view.tag)) node = doc.createElementNS(SVG, view.tag);
  else if (html.has(view.tag)) node = doc.createElement(view.tag);
  else throw new Error(`renderDom: tag is "${view.tag}" (expected an HTML or SVG tag of the view tree)`);
  if (view.cls) node.setAttribute('class', view.cls);
  for (const [k, v] of Object.entries(view.attrs ?? {})) {
    if (/^[a-z][a-z0-9-]*$/i.test(k) && !/^on/i.test(k)) node.setAttribute(k, v);
  }
  for (const child of view.children ?? []) node.appendChild(renderDom(child, doc));
  return node;
}
