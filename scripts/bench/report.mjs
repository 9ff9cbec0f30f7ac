// Formatting for the Markdown report; the budgets themselves live in scripts/config/budgets.ts.
// Sizes: 1 KB = 1024 bytes. "Compressed" is gzip -9, what scripts/serve.mjs sends; brotli -11 is
// shown beside it where it helps (a static host may precompress with it).

import { BUDGETS, KB, kb } from '../config/budgets.ts';

export { BUDGETS, KB, kb };

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

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
