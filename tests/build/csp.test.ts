/**
 * Content-Security-Policy (astro.config.mjs `security.csp`; Astro writes it as a
 * `<meta http-equiv="content-security-policy">` into every page of the static build), from the files:
 * every page carries the policy before anything it governs; scripts run only from the site itself
 * or by hash (no 'unsafe-inline', no 'unsafe-eval'); the other directives are as strict as the atlas
 * allows; no `style="…"` or `on…="…"` attributes, which the policy would block; every inline script
 * and style is covered by a hash.
 * In Chromium (tests/e2e/): no violation on any page as loaded (the page pass, page-pass.ts), with the map live
 * and while searching (search.test.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { htmlFiles, readText, tags } from '../e2e/dist-scan.ts';

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
    expect(
      script.filter((s) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:$|^data:$|^blob:$/.test(s)),
      `${path}: script-src allows too much`,
    ).toEqual([]);
    expect(
      style.filter((s) => /^'unsafe-(inline|eval)'$|^\*$|^https?:$/.test(s)),
      `${path}: style-src allows too much`,
    ).toEqual([]);
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
