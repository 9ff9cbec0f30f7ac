/**
 * Content-Security-Policy (astro.config.mjs `security.csp`; Astro writes it as a
 * `<meta http-equiv="content-security-policy">` into every page of the static build).
 *
 * From the files: every page carries the policy before anything it governs; scripts run only from
 * the site itself or by hash (no 'unsafe-inline', no 'unsafe-eval'); the other directives are as
 * strict as the atlas allows; no `style="…"` or `on…="…"` attributes, which the policy would block;
 * every inline script and style is covered by a hash.
 * In Chromium: no CSP violation (securitypolicyviolation events, console "Content Security Policy"
 * messages) on any page as loaded (map islands held back), on a border page with the interactive map live and a crossing
 * selected, and on a page whose search box has been used (Pagefind compiles WebAssembly).
 */
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles, readText, tags } from './dist-scan.ts';
import { baseUrl, bringMapIntoView, launchBrowser, neverIntersect, urlFor } from './harness.ts';

const files = htmlFiles();

/** The policy of a page, directive → sources, or null without one. */
function policyOf(html: string): Map<string, string[]> | null {
  const meta = tags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (!meta) return null;
  const policy = new Map<string, string[]>();
  for (const part of (meta.attrs.get('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the policy in the built pages', () => {
  test('the build has pages', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [f.path, f.file]))('%s', (path, file) => {
    const html = readText(file);
    const policy = policyOf(html);
    expect(policy, `${path}: <meta http-equiv="content-security-policy">`).not.toBeNull();
    const p = policy!;
    const script = p.get('script-src') ?? [];
    const style = p.get('style-src') ?? [];
    expect(p.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
    expect(script, `${path}: script-src from the site`).toContain("'self'");
    expect(script.filter((s) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:$|^data:$|^blob:$/.test(s)), `${path}: script-src allows too much`).toEqual([]);
    expect(style.filter((s) => /^'unsafe-(inline|eval)'$|^\*$|^https?:$/.test(s)), `${path}: style-src allows too much`).toEqual([]);
    expect(p.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
    expect(p.get('base-uri'), `${path}: base-uri`).toEqual(["'self'"]);
    expect(p.get('connect-src'), `${path}: connect-src`).toEqual(["'self'"]);
    expect(p.get('img-src')?.sort(), `${path}: img-src`).toEqual(["'self'", 'blob:', 'data:']);
    // A <meta> policy only governs what comes after it; nothing it governs may come first.
    const at = html.search(/<meta http-equiv="content-security-policy"/i);
    const firstGoverned = html.search(/<script(?![^>]*type="application\/(ld\+)?json")[\s>]|<style[\s>]|<link[^>]*rel="(stylesheet|modulepreload|preload)"/i);
    expect(firstGoverned === -1 || at < firstGoverned, `${path}: the policy comes after a script, style or stylesheet`).toBe(true);
    // Attributes the policy blocks (no 'unsafe-inline', no 'unsafe-hashes').
    const blocked = tags(html)
      .flatMap((t) => [...t.attrs.keys()].filter((a) => a === 'style' || /^on[a-z]+$/.test(a)).map((a) => `<${t.name} ${a}="${t.attrs.get(a)!.slice(0, 60)}">`))
      .slice(0, 10);
    expect(blocked, `${path}: inline style/event-handler attributes`).toEqual([]);
    // Every inline script and style is allowed by its hash.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc\s*=/.test(m[1]!) || /type\s*=\s*"?application\/(ld\+)?json/i.test(m[1]!) || m[2] === '') continue;
      expect(script, `${path}: inline script ${m[2]!.slice(0, 60)}… has no hash in script-src`).toContain(sha256(m[2]!));
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      expect(style, `${path}: inline style ${m[1]!.slice(0, 60)}… has no hash in style-src`).toContain(sha256(m[1]!));
    }
  });
});

describe('no violation in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleCsp: string[] = [];

  beforeAll(async () => {
    baseUrl();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    // Record every violation the document reports, from the first script on.
    // In the every-page pass the map island stays static (its observer never fires): starting
    // MapLibre on each page takes seconds and runs the same code; the `csp-live` query lifts this.
    await context.addInitScript(neverIntersect, 'csp-live');
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (e) => {
        list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample ? `"${e.sample}"` : ''}`);
      });
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) consoleCsp.push(`${page.url()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);

  test('every page as loaded (map islands not started)', async () => {
    const found: string[] = [];
    consoleCsp.length = 0;
    for (const { path } of files) {
      await page.goto(urlFor(path), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 2_000 }).catch(() => {});
      for (const v of await violations()) found.push(`${path}: ${v}`);
    }
    expect(found, 'securitypolicyviolation events').toEqual([]);
    expect(consoleCsp, 'console messages about the Content Security Policy').toEqual([]);
  });

  test('a border page with the interactive map live (worker, canvas, popup) and a crossing selected', async () => {
    const border = files.find((f) => /^\/borders\/[^/]+\/$/.test(f.path))?.path;
    expect(border, 'a border page').toBeTruthy();
    consoleCsp.length = 0;
    await page.goto(urlFor(`${border!}?csp-live`), { waitUntil: 'load' });
    await bringMapIntoView(page);
    await page.waitForSelector('atlas-map.atlas-map--live', { timeout: 20_000 });
    const marker = page.locator('atlas-map .atlas-map__crossing').first();
    if ((await marker.count()) > 0) {
      await marker.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(1);
    }
    // Pan and zoom once so that tiles of the GeoJSON are worked in the worker again.
    await page.evaluate(() => (document.querySelector('atlas-map') as HTMLElement & { map?: { zoomIn(o: unknown): void } }).map?.zoomIn({ animate: false }));
    await page.waitForTimeout(500);
    expect(await page.locator('atlas-map').first().getAttribute('class')).toContain('atlas-map--live');
    expect(await violations(), `${border}: violations with the map live`).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });

  test('a search (Pagefind: WebAssembly, index fragments) on a text page', async () => {
    consoleCsp.length = 0;
    await page.goto(urlFor('/sources/'), { waitUntil: 'load' });
    const input = page.locator('header site-search input[type="search"]');
    await input.click();
    await input.fill('Khorgos');
    await expect
      .poll(async () => (await page.locator('header site-search [data-search-status]').textContent()) ?? '', { timeout: 15_000 })
      .toMatch(/result/);
    expect(await page.locator('header site-search [data-search-results] a').count(), 'search results').toBeGreaterThan(0);
    expect(await violations(), 'violations while searching').toEqual([]);
    expect(consoleCsp).toEqual([]);
  });
});
