/** The site's locales: each locale's path segment (`/zh-cn/…`) and the `lang` its pages are written in. */
export const LOCALE_LANGS: Record<string, string> = { en: 'en', 'zh-cn': 'zh-CN' };
