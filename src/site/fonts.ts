/**
 * Which files of the self-hosted typeface (src/styles/fonts.css, built by scripts/build-font.mjs)
 * a page needs, judged from its HTML: preloading exactly those lets them arrive with the first
 * paint, so the `font-display: swap` never moves text on screen, and no page fetches a script's
 * file it does not show.
 */

const FILES: readonly { href: string; test: RegExp }[] = [
  { href: '/fonts/source-sans-3-latin.woff2', test: /[A-Za-z]/ },
  { href: '/fonts/source-sans-3-latin-ext.woff2', test: /[\u0100-\u0130\u0132-\u0151\u0154-\u017f\u20b8]/ },
  { href: '/fonts/source-sans-3-cyrillic.woff2', test: /[\u0400-\u045f\u04b0\u04b1\u2116]/ },
  { href: '/fonts/source-sans-3-cyrillic-ext.woff2', test: /[\u0492\u0493\u049a\u049b\u04a2\u04a3\u04ae\u04af\u04ba\u04bb\u04d8\u04d9\u04e8\u04e9]/ },
];

/** Font files whose characters occur in the text of `html` (tags, scripts and styles ignored). */
export function fontFilesFor(html: string): string[] {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ' ');
  return FILES.filter((f) => f.href.endsWith('-latin.woff2') || f.test.test(text)).map((f) => f.href);
}
