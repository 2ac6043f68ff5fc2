import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { socialImageSvg } from '../../social-image.ts';

const siteNames: Record<string, string> = { en: 'Forward, Step by Step', 'zh-cn': '一步步理解前向传播' };

/** One preview image for every page of the docs collection, e.g. /og/en/neuron.png. */
export const getStaticPaths: GetStaticPaths = async () => {
  const docs = await getCollection('docs');
  return docs.map((entry) => {
    const locale = entry.id.split('/')[0];
    return {
      params: { slug: entry.id },
      props: { title: entry.data.title, siteName: siteNames[locale] ?? siteNames.en },
    };
  });
};

export const GET: APIRoute = async ({ props }) => {
  const png = await sharp(Buffer.from(socialImageSvg(props.siteName, props.title))).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
