// Budgets (docs: ../shared/DESIGN.md › Budgets) and the Markdown report.
// Sizes: 1 KB = 1024 bytes. "Compressed" is gzip -9, what scripts/serve.mjs sends; brotli -11 is
// shown beside it where it helps (a static host may precompress with it).

export const KB = 1024;
export const BUDGETS = {
  textHtml: 14 * KB,
  beforeMap: 50 * KB,
  ownJsText: 10 * KB,
  mapLibre: 450 * KB, // "about 450 KB": reported against it, informational
  mapData: 300 * KB,
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, lcp: 1500, tbt: 50, cls: 0.01 },
  buildMs: 30_000,
  scaledRatio: 3,
  mapReadyMs: 1000,
};

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

export const kb = (bytes) => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
/** Large totals (directories) in MB. */
export const mb = (bytes) => (bytes == null ? '–' : bytes < 10 * KB * KB ? kb(bytes) : `${(bytes / KB / KB).toFixed(0)} MB`);
export const sec = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
export const msf = (ms) => (ms == null ? '–' : `${Math.round(ms)} ms`);
export const mark = (ok) => (ok == null ? '–' : ok ? '✓' : '✗');
const esc = (s) => String(s).replaceAll('|', '\\|');

export function table(head, rows) {
  const lines = [`| ${head.map(esc).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.map((c) => esc(c ?? '–')).join(' | ')} |`);
  return lines.join('\n');
}
