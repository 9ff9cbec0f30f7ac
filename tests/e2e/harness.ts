/**
 * Helpers for the browser tests: playwright-core driving Debian's Chromium (/usr/bin/chromium)
 * against the built site (dist/) served by scripts/serve.mjs (started in global-setup.ts).
 *
 *   const browser = await launchBrowser();
 *   const { page, foreignRequests, consoleErrors } = await openPage(browser, '/borders/kazakhstan-russia/');
 *   await screenshot(page, 'border-desktop');   // only with SCREENSHOTS=1
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';
import { listPages as readDistPages } from '../../scripts/dist/read-dist.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumArgs, LAUNCH_TIMEOUT_MS, NO_WEBGL_ARGS, WEBGL_ARGS } from '../../scripts/config/chromium.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built site; ATLAS_DIST overrides it (to try the harness on another build). */
export const DIST = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');
export const SCREENSHOTS = join(RESULTS, 'screenshots');
/** Screenshots are taken only when asked for: `SCREENSHOTS=1 npm test` (they are looked at, not compared). */
export const SCREENSHOTS_WANTED = /^(1|true|yes)$/i.test(process.env.SCREENSHOTS ?? '');

/** Viewport presets. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type Viewport = { width: number; height: number };

/** The directory the test server serves: a snapshot of dist/ taken at the start of the run. */
export function distDir(): string {
  try {
    return inject('distDir') || DIST;
  } catch {
    return DIST; // outside a Vitest worker
  }
}

/** Base URL of the test server, `http://127.0.0.1:<port>/`. Throws with the reason if it is not running. */
export function baseUrl(): string {
  const url = inject('baseUrl');
  if (!url) throw new Error(`The e2e test server is not running: ${inject('serverError') || 'unknown reason'}`);
  return url;
}

/** Absolute URL on the test server for a site path (`/borders/` → `http://127.0.0.1:…/borders/`). */
export const urlFor = (path: string): string => new URL(path.replace(/^\/*/, '/'), baseUrl()).href;

/** Chromium's path and flags have one home, scripts/config/chromium.ts; re-exported for the tests. */
export { CHROMIUM_ARGS, NO_WEBGL_ARGS, WEBGL_ARGS };
export const CHROMIUM = CHROMIUM_PATH;

export interface LaunchOptions {
  /** WebGL (default true). false adds --disable-3d-apis: the map must fall back to its SVG. */
  webgl?: boolean;
  /** Default for pages opened with openPage (default true). */
  javaScript?: boolean;
}

const browserDefaults = new WeakMap<Browser, { javaScript: boolean }>();

/** The WebSocket endpoint of the Chromium (with or without WebGL) that global-setup.ts starts for the whole run, or ''. */
function sharedEndpoint(webgl: boolean): string {
  try {
    return inject(webgl ? 'browserEndpoint' : 'noWebglBrowserEndpoint') || '';
  } catch {
    return '';
  }
}

/**
 * Debian's Chromium, headless, with WebGL (the default) or without. This connects to the browser of
 * that kind the run shares (started in global-setup.ts; contexts are per test file, so nothing
 * leaks between files), or launches one outside a run. Close it in afterAll (for a shared one that
 * disconnects).
 */
export async function launchBrowser({ webgl = true, javaScript = true }: LaunchOptions = {}): Promise<Browser> {
  const endpoint = sharedEndpoint(webgl);
  let browser: Browser;
  if (endpoint) {
    browser = await chromium.connect(endpoint, { timeout: LAUNCH_TIMEOUT_MS });
  } else {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`${CHROMIUM_PATH} is missing: install the Debian package \`chromium\` (npm test does it when run as root)`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs({ webgl }), timeout: LAUNCH_TIMEOUT_MS });
  }
  browserDefaults.set(browser, { javaScript });
  return browser;
}

export interface OpenPageOptions {
  /** A preset name or a size (default desktop 1280×900). */
  viewport?: ViewportName | Viewport;
  /** Run the page's scripts (default: the browser's launch default, true). */
  javaScript?: boolean;
  /** Wait for this load state after navigation (default 'load'), then briefly for the network to settle. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  colorScheme?: 'light' | 'dark';
  /**
   * The reader's motion preference (default 'reduce'): the map then moves its camera without
   * animation (src/client/atlas-map-view.ts), as it does for a reader who asks for it. Software
   * WebGL draws every frame of an animation on the CPU, and the tests assert where the camera
   * ends, not how it travels there.
   */
  reducedMotion?: 'reduce' | 'no-preference';
  /** An IntersectionObserver that never fires (neverIntersect), so a map starts only from its button. */
  holdMapsBack?: boolean;
  /** Runs on the new context before the page is opened: routes, init scripts. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Response to the navigation (null only for same-document navigations). */
  response: Response | null;
  /** Every URL requested, in order. */
  requests: string[];
  /** Requests to any origin but the test server's (data:, blob: and about: excluded). */
  foreignRequests: string[];
  /** Same-origin requests that failed or answered ≥ 400, as `STATUS URL`. */
  failedRequests: string[];
  /** Console messages of type error, with their location. */
  consoleErrors: string[];
  /** Console messages about the Content-Security-Policy (the violation events: `cspViolations`). */
  consoleCsp: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Closes the page's context. */
  close(): Promise<void>;
}

/** URLs that never reach a network: not counted as requests to another origin. */
/** A request for what only an activated map needs: MapLibre's code or a view's map data. */
export const HEAVY = /maplibre-gl|\/map-data\//;

export const isLocalScheme = (url: string): boolean => /^(data|blob|about|chrome-error|chrome):/.test(url);

const describeConsole = (message: ConsoleMessage): string => {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber + 1})` : message.text();
};

/**
 * Opens `path` on the test server in a fresh context. Requests to other origins are listed in
 * `foreignRequests` (the atlas must be self-contained; they fail, as only the local server
 * resolves: scripts/config/chromium.ts); layout shifts are recorded
 * from the first paint (read them with `layoutShift`).
 */
export async function openPage(browser: Browser, path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const viewport = typeof options.viewport === 'object' ? options.viewport : VIEWPORTS[options.viewport ?? 'desktop'];
  const javaScript = options.javaScript ?? browserDefaults.get(browser)?.javaScript ?? true;
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled: javaScript,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Asia/Almaty',
    serviceWorkers: 'block',
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];

  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!isLocalScheme(url) && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    if (!isLocalScheme(request.url()) && new URL(request.url()).origin === origin) {
      failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === origin) failedRequests.push(`${response.status()} ${response.url()}`);
  });

  await context.addInitScript(recordLayoutShifts);
  await context.addInitScript(recordCspViolations);
  if (options.holdMapsBack) await context.addInitScript(neverIntersect);
  await options.prepare?.(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(describeConsole(message));
    if (isCspMessage(message)) consoleCsp.push(describeConsole(message));
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

  const response = await page.goto(urlFor(path), { waitUntil: options.waitUntil ?? 'load' });
  if (options.waitUntil !== 'networkidle' && options.waitUntil !== 'commit') {
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  }
  return {
    page,
    context,
    response,
    requests,
    foreignRequests,
    failedRequests,
    consoleErrors,
    consoleCsp,
    pageErrors,
    close: () => context.close(),
  };
}

const safeName = (name: string): string => name.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'page';

/** A file name for a site path: `/` → `home`, `/borders/kazakhstan-russia/` → `borders-kazakhstan-russia`. */
export const nameForPath = (path: string): string => {
  const trimmed = path
    .replace(/[?#].*$/, '')
    .replace(/index\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'home' : safeName(trimmed);
};

/**
 * With SCREENSHOTS=1: saves a full-page PNG to test-results/screenshots/<name>.png and returns its
 * path. Otherwise does nothing and returns null (a screenshot nobody looks at is time lost).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string | null> {
  if (!SCREENSHOTS_WANTED) return null;
  const file = join(SCREENSHOTS, `${safeName(name)}.png`);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}

/** With SCREENSHOTS=1: screenshot of the page as printed (print media emulated), saved as <name>.png. Restores screen media. */
export async function printScreenshot(page: Page, name: string): Promise<string | null> {
  if (!SCREENSHOTS_WANTED) return null;
  await page.emulateMedia({ media: 'print' });
  try {
    return await screenshot(page, name);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** Prints the page to test-results/pdf/<name>.pdf (A4 by default) and returns its path. */
export async function printPdf(page: Page, name: string, { format = 'A4', landscape = false } = {}): Promise<string> {
  const file = join(RESULTS, 'pdf', `${safeName(name)}.pdf`);
  mkdirSync(dirname(file), { recursive: true });
  await page.pdf({ path: file, format, landscape, printBackground: true, preferCSSPageSize: true });
  return file;
}

/** Renders a PDF's pages to PNGs with pdftoppm (poppler-utils) next to it; returns the PNG paths in page order. */
export function pdfToPngs(pdf: string, { dpi = 72 } = {}): string[] {
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
  const dir = dirname(prefix);
  const stem = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(a.slice(stem.length + 1, -4)) - Number(b.slice(stem.length + 1, -4)))
    .map((f) => join(dir, f));
}

/** Every page of the built site as site paths (`/`, `/borders/kazakhstan-russia/`); see scripts/dist/read-dist.ts. */
export const listPages = (dist = distDir()): string[] => readDistPages(dist);

/**
 * Brings the page's map into view as a reader would: scrolls to it and moves the pointer.
 * A map already on screen at load waits for a sign of the reader before it starts MapLibre.
 */
export async function bringMapIntoView(page: Page, selector = 'atlas-map'): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.mouse.move(4, 4);
  await page.mouse.move(8, 8);
}

/**
 * Init script (`context.addInitScript(neverIntersect)`): an IntersectionObserver that never fires,
 * so a map island starts only from its button. Self-contained: Playwright sends its source text to the page.
 */
export function neverIntersect(): void {
  window.IntersectionObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
}

/**
 * Init script: records every layout shift not caused by input, with what moved and when, from the
 * first paint on (`context.addInitScript(recordLayoutShifts)`; openPage adds it; read with `layoutShift`).
 */
export function recordLayoutShifts(): void {
  const w = window as unknown as { __cls: { value: number; what: string; time: number }[] };
  w.__cls = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
      if (e.hadRecentInput) continue;
      const what = (e.sources ?? [])
        .map((s) =>
          s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${(s.node.getAttribute('class') ?? '').split(' ')[0]}` : String(s.node?.nodeName),
        )
        .join(', ');
      w.__cls.push({ value: e.value, what, time: e.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Resolves after two animation frames: a resize or a style change has been laid out and painted. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Init script: records every Content-Security-Policy violation the document reports, from the first
 * script on (`context.addInitScript(recordCspViolations)`; openPage adds it; read with `cspViolations`).
 */
export function recordCspViolations(): void {
  const list: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = list;
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`);
  });
}

/** The violations `recordCspViolations` has seen in the current document. */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/** A console message about the Content-Security-Policy (Chromium reports some violations only there). */
export const isCspMessage = (message: ConsoleMessage): boolean => /content security policy/i.test(message.text());

/**
 * Cumulative layout shift recorded by `recordLayoutShifts` (from `since`, a performance.now() time
 * in the page, when given), and what moved.
 */
export const layoutShift = (page: Page, since = 0): Promise<{ value: number; what: string }> =>
  page.evaluate((from) => {
    const shifts = ((window as unknown as { __cls?: { value: number; what: string; time: number }[] }).__cls ?? []).filter((e) => e.time >= from);
    return { value: shifts.reduce((a, e) => a + e.value, 0), what: [...new Set(shifts.map((e) => e.what))].join('; ') };
  }, since);
