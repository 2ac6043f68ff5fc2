/**
 * The preview image shown when a page is shared: a 1200×630 card with the site's name, the page's
 * title and a small drawing of a 2-2-1 network, written as SVG and turned into PNG at build time.
 */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The address (below the base path) of a page's preview image, e.g. 'og/en/neuron.png'. */
export function socialImagePath(entryId: string): string {
  return `og/${entryId}.png`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks a title into at most three lines of roughly `width` characters (CJK counts double). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    const cost = /[\u3000-\u9fff\uff00-\uffef]/.test(token) ? 2 : token.length;
    if (size + cost > width && line.trim()) {
      lines.push(line.trim());
      line = '';
      size = 0;
    }
    if (!(line === '' && /^\s+$/.test(token))) {
      line += token;
      size += cost;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

/** The card as SVG text. */
export function socialImageSvg(siteName: string, title: string): string {
  const { width, height } = SOCIAL_IMAGE_SIZE;
  const lines = wrap(title, 30);
  const nodes = [[820, 460], [820, 570], [960, 460], [960, 570], [1100, 515]];
  const edges = [[0, 2], [0, 3], [1, 2], [1, 3], [2, 4], [3, 4]];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="#17181c"/>
  <rect x="0" y="0" width="16" height="${height}" fill="#5b8def"/>
  <text x="80" y="120" font-family="Noto Sans, Noto Sans CJK SC, sans-serif" font-size="34" fill="#9fb4ff">${escapeXml(siteName)}</text>
  ${lines.map((l, i) => `<text x="80" y="${230 + i * 80}" font-family="Noto Sans, Noto Sans CJK SC, sans-serif" font-size="64" font-weight="700" fill="#ffffff">${escapeXml(l)}</text>`).join('\n  ')}
  ${edges.map(([a, b]) => `<line x1="${nodes[a][0]}" y1="${nodes[a][1]}" x2="${nodes[b][0]}" y2="${nodes[b][1]}" stroke="#6b7280" stroke-width="4"/>`).join('')}
  ${nodes.map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="30" fill="${i === 4 ? '#e0783a' : '#5b8def'}" stroke="#ffffff" stroke-width="3"/>`).join('')}
</svg>`;
}
