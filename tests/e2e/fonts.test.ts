/**
 * The bundled faces in Chromium (src/styles/fonts.css, scripts/build-font.mjs): the Chinese names on a
 * crossing page are drawn with the atlas's own Noto Sans SC subset on screen and on paper, whatever
 * CJK fonts the machine has; the screen text needs no font file; a page without Chinese characters
 * fetches none of the Chinese slices.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type OpenedPage, openPage } from './harness.ts';

const CROSSING = '/crossings/khorgos-khorgos/';
const HAN = /\p{Script=Han}/u;

/** The fonts Chromium drew an element's own text with (CSS.getPlatformFontsForNode). */
async function fontsOf(page: Page, cdp: CDPSession, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `${selector} on ${page.url()}`).toBeGreaterThan(0);
  // The text node of the element: its fonts are what the Chinese characters were drawn with.
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
  const text = node.children?.find((c) => c.nodeType === 3 && HAN.test(c.nodeValue ?? ''));
  expect(text, `${selector}: a text node with Chinese characters`).toBeDefined();
  const { nodeId: textId } = await cdp
    .send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [text!.backendNodeId] })
    .then((r) => ({ nodeId: r.nodeIds[0]! }));
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: textId });
  return fonts;
}

describe('the bundled faces', () => {
  let browser: Browser;
  let opened: OpenedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, CROSSING);
    await opened.page.evaluate(() => document.fonts.ready);
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  test('Chinese names on a crossing page are drawn with the bundled Noto Sans SC, on screen and on paper', async () => {
    const { page, context } = opened;
    const selector = 'li[lang="zh"]';
    await page.locator(selector).first().waitFor();
    const cdp = await context.newCDPSession(page);
    const screen = await fontsOf(page, cdp, selector);
    const han = screen.filter((f) => /Noto Sans SC/i.test(f.familyName));
    expect(han.length, `fonts on screen: ${JSON.stringify(screen)}`).toBeGreaterThan(0);
    expect(han.every((f) => f.isCustomFont && f.glyphCount > 0)).toBe(true);
    // No other CJK font drew any of it: every Chinese glyph came from the bundled face.
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.unicodeRange}`));
    expect(
      loaded.some((f) => /Noto Sans SC/.test(f)),
      loaded.join('\n'),
    ).toBe(true);

    await page.emulateMedia({ media: 'print' });
    try {
      await page.evaluate(() => document.fonts.ready);
      const paper = await fontsOf(page, cdp, selector);
      expect(
        paper.some((f) => /Noto Sans SC/i.test(f.familyName) && f.isCustomFont),
        `fonts on paper: ${JSON.stringify(paper)}`,
      ).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the screen text needs no font file: only Chinese characters (and Kazakh letters a system font lacks) fetch one', async () => {
    const fontsFetched = async (path: string): Promise<string[]> => {
      const visit = await openPage(browser, path);
      try {
        await visit.page.evaluate(() => document.fonts.ready);
        return visit.requests.filter((u) => /\/fonts\/[^/]+\.woff2$/.test(u)).map((u) => new URL(u).pathname);
      } finally {
        await visit.close();
      }
    };
    expect(await fontsFetched('/travel/')).toEqual([]);
    const crossing = await fontsFetched(CROSSING);
    expect(crossing.filter((u) => !/^\/fonts\/(noto-sans-sc-\d+|source-sans-3-cyrillic-ext)\.woff2$/.test(u))).toEqual([]);
    expect(crossing.some((u) => /noto-sans-sc-/.test(u))).toBe(true);
  });
});
