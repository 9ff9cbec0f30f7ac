/**
 * axe-core in Chromium, one home for the browser tests: which rules, how it is injected, how its
 * findings read. Injected through the DevTools protocol (`page.evaluate` of its source), which the
 * page's Content-Security-Policy does not govern, so the policy stays on while axe runs.
 *
 *   expect(await axe(page)).toEqual([]);                                  // every rule
 *   expect(await axe(page, { rules: 'colour' })).toEqual([]);             // a second theme
 *   expect(await axe(page, { include: '.maplibregl-popup' })).toEqual([]); // one part of the page
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's rules by what they judge, beyond `all` (every rule of AXE_TAGS). */
export const AXE_RULES = {
  /** Colour alone: what a second theme can change. */
  colour: ['color-contrast', 'link-in-text-block'],
  /** The words: what another edition of the same template can change (page-sample.ts `AxeScope`). */
  words: [
    'html-has-lang',
    'html-lang-valid',
    'html-xml-lang-mismatch',
    'valid-lang',
    'document-title',
    'page-has-heading-one',
    'empty-heading',
    'empty-table-header',
    'link-name',
    'button-name',
    'image-alt',
    'svg-img-alt',
    'role-img-alt',
    'input-button-name',
    'label',
    'select-name',
    'aria-command-name',
    'aria-input-field-name',
    'aria-toggle-field-name',
    'landmark-unique',
    'label-content-name-mismatch',
    'summary-name',
  ],
} as const;

export type AxeRules = 'all' | keyof typeof AXE_RULES;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe's violations on the page (or inside the elements `include` selects), readable: `rule (impact): help — target — summary`.
 * `rules`: one set, or several run as one (`['colour', 'words']`).
 */
export async function axe(page: Page, { rules = 'all', include }: { rules?: AxeRules | AxeRules[]; include?: string } = {}): Promise<string[]> {
  // Contrast is judged on the bundled typeface, not a fallback that happens to be showing.
  await page.evaluate(() => document.fonts.ready);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const sets = Array.isArray(rules) ? rules : [rules];
  const runOnly = sets.includes('all')
    ? { type: 'tag', values: AXE_TAGS }
    : { type: 'rule', values: [...new Set(sets.flatMap((set) => (set === 'all' ? [] : AXE_RULES[set])))] };
  const violations = (await page.evaluate(
    async ([only, selector]) => {
      const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } };
      const result = await w.axe.run(selector ? { include: [[selector]] } : document, { runOnly: only, resultTypes: ['violations'] });
      return result.violations;
    },
    [runOnly, include ?? null] as const,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`),
  );
}
