import type { APIRoute, GetStaticPaths } from 'astro';

/**
 * The web app manifests, one per edition (manifest.en.webmanifest, manifest.zh-cn.webmanifest):
 * installing from a page of an edition opens that edition. Both share the site's path as scope.
 */
const EDITIONS = {
  en: { lang: 'en', name: 'Forward, Step by Step', short_name: 'Forward', description: 'An interactive tutorial on how a neural network computes its answer.' },
  'zh-cn': { lang: 'zh-CN', name: '一步步理解前向传播', short_name: '前向传播', description: '一个交互式教程：神经网络如何一步步算出答案。' },
} as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(EDITIONS).map((edition) => ({ params: { edition } }));

export const GET: APIRoute = ({ params }) => {
  const base = import.meta.env.BASE_URL;
  const edition = EDITIONS[params.edition as keyof typeof EDITIONS];
  const manifest = {
    ...edition,
    id: `${base}${params.edition}/`,
    start_url: `${base}${params.edition}/`,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#17181c',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      ...[192, 512].map((size) => ({ src: `${base}icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
