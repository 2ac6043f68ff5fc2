import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';

/** Square PNG icons for the web app manifests, drawn from the site's icon (public/favicon.svg) on a white tile. */
export const ICON_SIZES = [192, 512] as const;

export const getStaticPaths: GetStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = readFileSync(new URL('../../../public/favicon.svg', import.meta.url));
  const inner = Math.round(size * 0.8);
  const glyph = await sharp(svg, { density: Math.ceil((72 * inner) / 32) }).resize(inner, inner).png().toBuffer();
  const png = await sharp({ create: { width: size, height: size, channels: 4, background: '#ffffff' } })
    .composite([{ input: glyph, gravity: 'center' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
