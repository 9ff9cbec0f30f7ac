/**
 * The page pass: one browser visit of a page per viewport, collecting everything a page load can
 * show at once. It visits the SAMPLE of page-sample.ts (every template, all pages of a template only
 * when it has few; the build checks in tests/build read every page): pages.test.ts runs it over the
 * sampled pages but the crossing pages, crossing-pages.test.ts over the sampled crossing pages (two
 * files, so that the two halves run side by side). Longer than most files here: the three viewports
 * share one tab machinery and one set of load checks.
 *
 * Desktop (1280×900, scripts on, the map island held back by an IntersectionObserver that never
 * fires, HTTP cache off so every page is measured cold):
 *   - HTTP 200, a <title>, a non-empty <h1>;
 *   - no request to another origin, no failed same-origin request, no uncaught error, no console error;
 *   - no Content-Security-Policy violation (securitypolicyviolation events and console messages);
 *   - ≤ 50 KB transferred until the network is quiet (the bundled typeface apart, ≤ 60 KB), nothing
 *     of MapLibre or the map data;
 *   - cumulative layout shift while loading ≤ 0.01;
 *   - axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices): no violation, colour contrast included,
 *     on the first page of each English template (page-sample.ts `AxeScope`);
 *   - every visible <svg> is decorative (aria-hidden) or a named image (or a named group when it holds links);
 *   - no sideways scrolling (also on the phone), and, once the rest is checked, the width sweep from
 *     320 to 1920 px (width-sweep.ts) on the pages page-sample.ts `sweep` names; on the others, the
 *     static map plates at 390 px (plate-check.ts).
 * Phone (390×844, scripts on, the real observer, the system asking for the dark theme):
 *   - the same load checks (status, title, <h1>, origins, errors) and layout shift ≤ 0.01;
 *   - axe-core's colour rules in the dark theme (the rest of axe is the light theme's, on the
 *     desktop: the structure does not change with the palette) and a map free to start;
 *   - a map below the fold loads nothing heavy; a page without a map loads nothing heavy even
 *     scrolled to its end.
 *   The pages of another edition, one per template, and the first page of an English template that
 *   no other edition has (page-sample.ts `PhoneVisit`). A page of another edition is the phone's
 *   alone: its visit also runs the desktop's checks that hold at any size (policy, bytes before a map
 *   starts, named SVGs, the width sweep from 390 px) and axe's rules that depend on the words.
 * Without JavaScript (1280×900; the first page of each English template, another edition's pages
 * with a map: page-sample.ts `noJs`): the <h1> shows, <main> has content beyond it, every <atlas-map>
 * shows its SVG at a real size, no control that would need JavaScript shows (button, field, form),
 * no request to another origin; on a page that is not a reference sheet, the static map has no
 * overlapping labels or markers, its land painted and a key for its numbers (static-map-check.ts).
 * The reference sheets (border and crossing pages) have their static map and their print checked
 * apart, a sample of them (print-sheet.ts `sheetSample`), by the cheaper sheet pass of
 * crossing-pages.test.ts (their own data decides those, not the template); print.test.ts prints
 * the tallest to PDF.
 *
 * axe is evaluated through the DevTools protocol, which the page's policy does not govern, so the
 * policy stays on for the CSP checks. Screenshots only with SCREENSHOTS=1 (test-results/screenshots/).
 */
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUDGETS, beforeMapBudget, kb } from '../../scripts/config/budgets.ts';
import type { SampledPage } from './page-sample.ts';
import { sheetKind } from './print-sheet.ts';
import { axe } from './axe.ts';
import { checkStaticMap } from './static-map-check.ts';
import { plateProblems } from './plate-check.ts';
import { sweepWidths } from './width-sweep.ts';
import {
  HEAVY,
  baseUrl,
  isLocalScheme,
  launchBrowser,
  nameForPath,
  neverIntersect,
  screenshot,
  urlFor,
  VIEWPORTS,
  type Viewport,
  layoutShift,
  recordLayoutShifts,
  recordCspViolations,
  cspViolations,
  isCspMessage,
  settle,
} from './harness.ts';

const FONT = /\/fonts\/[^/]+\.woff2$/;

/** What one visit of one page recorded. */
interface Visit {
  status: number | undefined;
  /** Compressed body bytes by URL. */
  bytes: Map<string, number>;
  foreign: string[];
  failed: string[];
  consoleErrors: string[];
  consoleCsp: string[];
  pageErrors: string[];
}

/** A tab kept for a series of pages at one viewport: one context (a new one costs 0.3–0.8 s). */
interface Tab {
  page: Page;
  context: BrowserContext;
  visit(path: string): Promise<Visit>;
}

async function openTab(
  browser: Browser,
  {
    viewport,
    javaScript,
    holdMapsBack,
    colorScheme = 'light',
    measureBytes = false,
  }: {
    viewport: Viewport;
    javaScript: boolean;
    holdMapsBack: boolean;
    colorScheme?: 'light' | 'dark';
    /** Every page measured cold, with the bytes of each response (HTTP cache off). */
    measureBytes?: boolean;
  },
): Promise<Tab> {
  // Without scripts nothing is requested after the load event: no need to wait for quiet.
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled: javaScript,
    colorScheme,
    // As openPage (harness.ts): a map that starts moves its camera without animation.
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Asia/Almaty',
    serviceWorkers: 'block',
  });
  // The atlas must be self-contained: requests elsewhere are recorded (and fail: only the local
  // server resolves, scripts/config/chromium.ts).
  if (holdMapsBack) await context.addInitScript(neverIntersect);
  // CSP violations and layout shifts, from the first script on.
  await context.addInitScript(recordCspViolations);
  await context.addInitScript(recordLayoutShifts);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Off where bytes are counted; also on the phone, so that MapLibre fetched for one page cannot
  // hide, served from the cache, a fetch for the next (the heavy-request checks read the requests).
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: measureBytes || javaScript });

  let current: Visit | null = null;
  let pending: Promise<void>[] = [];
  const inflight = new Set<Request>();
  let lastChange = Date.now();
  const sameOrigin = (url: string): boolean => !isLocalScheme(url) && new URL(url).origin === origin;

  page.on('request', (request) => {
    if (!current) return;
    inflight.add(request);
    lastChange = Date.now();
    const url = request.url();
    if (!isLocalScheme(url) && !sameOrigin(url)) current.foreign.push(url);
  });
  page.on('requestfinished', (request) => {
    if (!inflight.delete(request) || !current) return;
    lastChange = Date.now();
    const into = current.bytes;
    if (!measureBytes) {
      into.set(request.url(), into.get(request.url()) ?? 0);
      return;
    }
    pending.push(
      request.sizes().then(
        (s) => void into.set(request.url(), (into.get(request.url()) ?? 0) + s.responseBodySize),
        () => {},
      ),
    );
  });
  page.on('requestfailed', (request) => {
    if (!inflight.delete(request) || !current) return;
    lastChange = Date.now();
    current.bytes.set(request.url(), current.bytes.get(request.url()) ?? 0);
    if (sameOrigin(request.url())) current.failed.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
  });
  page.on('response', (response: Response) => {
    if (current && response.status() >= 400 && sameOrigin(response.url())) current.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (!current) return;
    if (isCspMessage(message)) current.consoleCsp.push(message.text());
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      current.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber + 1})` : message.text());
    }
  });
  page.on('pageerror', (error) => current?.pageErrors.push(error.stack ?? error.message));

  return {
    page,
    context,
    async visit(path) {
      current = null;
      await page.goto('about:blank');
      // The width sweep leaves a tab at the desktop size.
      if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
      inflight.clear();
      pending = [];
      const visit: Visit = {
        status: undefined,
        bytes: new Map(),
        foreign: [],
        failed: [],
        consoleErrors: [],
        consoleCsp: [],
        pageErrors: [],
      };
      current = visit;
      const response = await page.goto(urlFor(path), { waitUntil: 'load' });
      visit.status = response?.status();
      // Quiet for 250 ms, at most 5 s (Playwright's networkidle waits 500 ms; over every page that adds up).
      const deadline = Date.now() + (javaScript ? 5_000 : 0);
      while (Date.now() < deadline && (inflight.size > 0 || Date.now() - lastChange < 250)) await page.waitForTimeout(50);
      await Promise.all(pending);
      return visit;
    },
  };
}

const heavy = (bytes: Map<string, number>): string[] => [...bytes.keys()].filter((u) => HEAVY.test(u));
const describeBytes = (bytes: Map<string, number>): string =>
  [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([u, s]) => `${new URL(u).pathname} ${kb(s)}`)
    .join(', ');

/** The load checks every viewport shares. */
async function expectLoaded(tab: Tab, visit: Visit, what: string): Promise<void> {
  const { page } = tab;
  expect(visit.status, `${what}: HTTP status`).toBe(200);
  expect(await page.title(), `${what}: <title>`).toMatch(/\S/);
  await expect.poll(() => page.locator('h1').count(), { message: `${what}: <h1> count` }).toBeGreaterThanOrEqual(1);
  expect((await page.locator('h1').first().innerText()).trim(), `${what}: <h1> text`).not.toBe('');
  expect.soft(visit.foreign, `${what}: requests to other origins`).toEqual([]);
  expect.soft(visit.pageErrors, `${what}: uncaught page errors`).toEqual([]);
  expect.soft(visit.consoleErrors, `${what}: console errors`).toEqual([]);
  expect.soft(visit.failed, `${what}: failed same-origin requests`).toEqual([]);
}

/** Visible <svg> elements that are neither decorative nor a named image or group. */
const unnamedSvgs = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.closest('[aria-hidden="true"]')) continue;
      const rect = svg.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const role = svg.getAttribute('role');
      // Inside a named image (an <svg role=img> or a figure's image wrapper) the parts need no names.
      if (svg.parentElement?.closest('[role="img"]')) continue;
      const labelledby = (svg.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ');
      const title = svg.querySelector(':scope > title')?.textContent?.trim() ?? '';
      const name = (svg.getAttribute('aria-label') ?? '').trim() || labelledby.trim() || title;
      // An image, or a named group when the map holds links (role=img would hide them).
      if (!['img', 'group', 'graphics-document'].includes(role ?? '') || name === '')
        out.push(`${svg.outerHTML.slice(0, 160)}… (role=${role}, name="${name}")`);
    }
    return out;
  });

/** Where the first map box starts, in CSS px from the top of the page (null: no map). */
const mapTop = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('atlas-map');
    return map ? map.getBoundingClientRect().top + window.scrollY : null;
  });

/**
 * Defines the pass over `pages` (page-sample.ts) in the calling test file: one test per page, the
 * viewports visiting it at the same time (a failure names its viewport). The phone visits only the
 * pages whose `phone` is `full` (page-sample.ts).
 */
export function definePagePass(pages: SampledPage[]): void {
  /** What the sample decided for each page (phone, axe, sweep, no-JavaScript visit). */
  const sampled = new Map(pages.map((p) => [p.path, p]));

  let browser: Browser;
  let desktop: Tab;
  let phone: Tab;
  let noJs: Tab;
  const transferred: string[] = [];
  /** Labels and markers placed per static map (JS off, 1280 px), logged at the end. */
  const staticMapFigures: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    desktop = await openTab(browser, {
      viewport: VIEWPORTS.desktop,
      javaScript: true,
      holdMapsBack: true,
      measureBytes: true,
    });
    // The phone asks for the dark theme (prefers-color-scheme: dark): its colours get axe too.
    phone = await openTab(browser, {
      viewport: VIEWPORTS.phone,
      javaScript: true,
      holdMapsBack: false,
      colorScheme: 'dark',
      // A page of another edition is the phone's alone: its bytes are counted here.
      measureBytes: true,
    });
    noJs = await openTab(browser, {
      viewport: VIEWPORTS.desktop,
      javaScript: false,
      holdMapsBack: false,
    });
  });
  afterAll(async () => {
    if (staticMapFigures.length > 0) console.info(`labels placed per static map (JS off, 1280 px):\n${staticMapFigures.join('\n')}`);
    if (transferred.length > 0)
      console.info(`transferred before any map activates (desktop; a page of another edition on the phone): ${transferred.join(', ')}`);
    await browser?.close();
  });

  /**
   * The desktop's checks that hold at any window size: no CSP violation, fonts and bytes within
   * budget before any map starts (`mapsFree`: on the phone a map may start, so its requests are
   * left out of the count), named SVGs.
   */
  async function checkAnySize(page: Page, visit: Visit, path: string, { mapsFree }: { mapsFree: boolean }): Promise<void> {
    expect.soft(await cspViolations(page), `${path}: securitypolicyviolation events`).toEqual([]);
    expect.soft(visit.consoleCsp, `${path}: console messages about the Content Security Policy`).toEqual([]);
    // The bundled typeface has a budget of its own (≤ 60 KB for first paint), apart from the 50 KB.
    const counted = [...visit.bytes.entries()].filter(([u]) => !(mapsFree && HEAVY.test(u)));
    const fontBytes = counted.filter(([u]) => FONT.test(new URL(u).pathname)).reduce((a, [, n]) => a + n, 0);
    const total = counted.reduce((a, [, n]) => a + n, 0) - fontBytes;
    transferred.push(`${path} ${kb(total)} + fonts ${kb(fontBytes)}`);
    expect.soft(fontBytes, `${path}: fonts loaded for first paint (budget ${kb(BUDGETS.fonts)})`).toBeLessThanOrEqual(BUDGETS.fonts);
    if (!mapsFree) expect.soft(heavy(visit.bytes), `${path}: MapLibre or map data fetched without the map being activated`).toEqual([]);
    expect
      .soft(total, `${path}: bytes transferred before any map activates (fonts apart; budget ${kb(beforeMapBudget(path))}): ${describeBytes(new Map(counted))}`)
      .toBeLessThanOrEqual(beforeMapBudget(path));
    expect.soft(await unnamedSvgs(page), `${path}: <svg> that is neither aria-hidden nor a named image/group`).toEqual([]);
  }

  /** Desktop: loads cleanly, the checks of any size (policy, bytes, SVG names), no layout shift, no axe violation, its widths. */
  async function checkDesktop(path: string): Promise<void> {
    const visit = await desktop.visit(path);
    const { page } = desktop;
    await expectLoaded(desktop, visit, `${path} (desktop)`);
    await checkAnySize(page, visit, path, { mapsFree: false });
    const shift = await layoutShift(page);
    expect.soft(shift.value, `${path}: layout shift while loading (desktop; moved: ${shift.what})`).toBeLessThanOrEqual(BUDGETS.cls);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect.soft(sideways, `${path}: the page scrolls sideways at 1280 px (px beyond the window)`).toBeLessThanOrEqual(0);
    const scope = sampled.get(path)!.axe;
    if (scope !== 'none') expect.soft(await axe(page, { rules: scope }), `${path}: axe violations (${scope})`).toEqual([]);
    await screenshot(page, `${nameForPath(path)}--desktop`);
    if (sampled.get(path)!.sweep) expect.soft(await sweepWidths(page, path), `${path}: layout from 320 to 1920 px`).toEqual([]);
    else expect.soft(await platesOnPhone(page, path), `${path}: static map plates at ${VIEWPORTS.phone.width} px`).toEqual([]);
  }

  /** A page the sweep leaves out still has its plates measured at the phone's width (plate-check.ts). */
  async function platesOnPhone(page: Page, path: string): Promise<string[]> {
    await page.setViewportSize({ width: VIEWPORTS.phone.width, height: VIEWPORTS.desktop.height });
    await settle(page);
    const problems = await plateProblems(page, path, VIEWPORTS.phone.width);
    await page.setViewportSize(VIEWPORTS.desktop);
    return problems;
  }

  /**
   * Phone, dark theme: loads cleanly, no layout shift, no colour violation in the dark palette, a map
   * that waits until it nears the screen; for a page the desktop does not visit, also the checks of
   * any size, the words' axe rules and the width sweep.
   */
  async function checkPhone(path: string): Promise<void> {
    const { desktop: onDesktop, axe: scope, sweep } = sampled.get(path)!;
    const visit = await phone.visit(path);
    const { page } = phone;
    await expectLoaded(phone, visit, `${path} (phone)`);
    const shift = await layoutShift(page);
    expect.soft(shift.value, `${path}: layout shift while loading (phone; moved: ${shift.what})`).toBeLessThanOrEqual(BUDGETS.cls);
    // What the reader sees, not how the CSS asks for it: the page's background is dark.
    const background = await page.evaluate(() => {
      const opaque = [document.body, document.documentElement]
        .map((el) => (getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number))
        .find((c) => c.length === 3 || (c.length === 4 && c[3]! > 0));
      return opaque ? (0.2126 * opaque[0]! + 0.7152 * opaque[1]! + 0.0722 * opaque[2]!) / 255 : null;
    });
    expect(background, `${path}: dark theme applied (relative luminance of the page background)`).not.toBeNull();
    expect(background!, `${path}: dark theme applied (relative luminance of the page background)`).toBeLessThan(0.25);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect.soft(sideways, `${path}: the page scrolls sideways on a phone (px beyond the screen)`).toBeLessThanOrEqual(0);
    if (!onDesktop) await checkAnySize(page, visit, path, { mapsFree: true });
    const rules = scope === 'words' ? (['colour', 'words'] as const) : (['colour'] as const);
    expect.soft(await axe(page, { rules: [...rules] }), `${path}: axe violations (phone, dark theme: ${rules.join(', ')})`).toEqual([]);
    await screenshot(page, `${nameForPath(path)}--phone-dark`);
    const top = await mapTop(page);
    if (top === null) {
      // No map: scroll to the end; still nothing heavy.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      expect(heavy(visit.bytes), `${path} has no map, yet fetched`).toEqual([]);
    } else if (top > VIEWPORTS.phone.height + 250) {
      expect(heavy(visit.bytes), `${path}: map at ${Math.round(top)} px, below the fold, yet fetched`).toEqual([]);
    }
    if (!onDesktop && sweep) expect.soft(await sweepWidths(page, path), `${path}: layout from 320 to 1920 px`).toEqual([]);
  }

  /** Without JavaScript: <h1>, main content, and every <atlas-map> shows its SVG. */
  async function checkNoJs(path: string): Promise<void> {
    const visit = await noJs.visit(path);
    const { page } = noJs;
    expect(visit.status, `${path}: HTTP status`).toBe(200);
    const h1 = page.locator('h1').first();
    await expect.poll(() => h1.isVisible(), { message: `${path}: visible <h1> without JS` }).toBe(true);
    const main = page.locator('main, [role="main"]').first();
    expect(await main.count(), `${path}: <main> element`).toBe(1);
    const mainText = (await main.innerText()).replace(/\s+/g, ' ').trim();
    const h1Text = (await h1.innerText()).replace(/\s+/g, ' ').trim();
    expect(mainText.length, `${path}: <main> has content beyond the <h1> without JS`).toBeGreaterThan(h1Text.length);
    const boxes = await page.locator('atlas-map').evaluateAll((maps) =>
      maps.map((map) => {
        const svg = map.querySelector('svg');
        if (!svg) return null;
        const r = svg.getBoundingClientRect();
        return {
          visible: svg.checkVisibility({ visibilityProperty: true }),
          width: r.width,
          height: r.height,
        };
      }),
    );
    boxes.forEach((box, i) => {
      expect(box, `${path}: <atlas-map> #${i} contains an <svg>`).not.toBeNull();
      expect(box!.visible, `${path}: <atlas-map> #${i} <svg> is visible`).toBe(true);
      expect(box!.width > 50 && box!.height > 50, `${path}: <atlas-map> #${i} <svg> has a real size (${JSON.stringify(box)})`).toBe(true);
    });
    expect.soft(visit.foreign, `${path}: requests to other origins`).toEqual([]);
    const dead = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, site-search, form')]
        .filter((el) => {
          const r = (el as HTMLElement).getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        })
        .map(
          (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        ),
    );
    expect.soft(dead, `${path}: visible controls without JavaScript (they could do nothing)`).toEqual([]);
    await screenshot(page, `${nameForPath(path)}--nojs`);
    // A reference sheet's static map is checked in the sheet pass (crossing-pages.test.ts), on every sheet.
    if (sheetKind(path) === null) {
      const figures = await checkStaticMap(page, path);
      if (figures) staticMapFigures.push(figures);
    }
  }

  // The tabs (desktop, no JavaScript and the phone, as the sample says) visit a page at the
  // same time: each page is one test, and a failure names its viewport.
  const visits = (p: SampledPage): string =>
    [...(p.desktop ? ['desktop'] : []), ...(p.noJs ? ['without JavaScript'] : []), ...(p.phone === 'full' ? ['phone'] : [])].join(', ');
  test.each(pages.map((p) => [p.path, p.why.join('; '), visits(p)]))('%s (%s): %s', async (path) => {
    const { desktop: onDesktop, noJs, phone: phoneVisit } = sampled.get(path)!;
    const checks = onDesktop ? [checkDesktop(path)] : [];
    if (noJs) checks.push(checkNoJs(path));
    if (phoneVisit === 'full') checks.push(checkPhone(path));
    const outcomes = await Promise.allSettled(checks);
    const errors = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n\n'));
  });
}
