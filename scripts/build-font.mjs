// Builds the atlas's one typeface from the npm package @fontsource-variable/source-sans-3:
// subsets of the variable (weight 200–900) upright font, each with exactly the characters the atlas
// needs, written to public/fonts/ with their @font-face rules in src/styles/fonts.css, plus a
// metric-matched fallback face so that swapping the web font in does not move the layout.
// Reproducible and safe to rerun: `npm run font:build`. tests/unit/font.test.ts checks the output.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { create } from 'fontkitten';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('@fontsource-variable/source-sans-3/package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const OUT_DIR = 'public/fonts';
const CSS = 'src/styles/fonts.css';
const FAMILY = 'Source Sans 3';
/**
 * font-display. \`swap\` with the metric-matched fallback below still moved text measurably on every
 * page (a Cumulative Layout Shift of 0.02–0.05 in Chromium, over the 0.01 budget): widths agree to
 * about 2 %, enough to re-wrap lines. \`optional\` with the files preloaded renders with the web font
 * whenever it is there within about 100 ms of the first paint (always once cached) and otherwise
 * keeps the matched fallback for that page: text is never invisible for long and never moves.
 */
const DISPLAY = process.env.FONT_DISPLAY ?? 'optional';

/** Inclusive code point ranges → array of code points. */
const cps = (...ranges) => ranges.flatMap(([a, b = a]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
/** Kazakh letters outside basic Cyrillic (І/і are in it): Ә Ғ Қ Ң Ө Ұ Ү Һ and their lower case. */
const KAZAKH = cps(
  [0x04d8, 0x04d9],
  [0x0492, 0x0493],
  [0x049a, 0x049b],
  [0x04a2, 0x04a3],
  [0x04e8, 0x04e9],
  [0x04b0, 0x04b1],
  [0x04ae, 0x04af],
  [0x04ba, 0x04bb],
);

/** One file per source subset; the characters taken from it. The first file is used on every page. */
const SUBSETS = [
  {
    name: 'latin',
    // ASCII, Latin-1, dotless ı and Œ œ (in this file, not the Latin Extended one), dashes, quotes, bullets, ellipsis, primes, per mille, €, ™, arrows, minus.
    chars: cps(
      [0x20, 0x7e],
      [0xa0, 0xff],
      [0x0131],
      [0x0152, 0x0153],
      [0x2010, 0x2027],
      [0x2030],
      [0x2032, 0x2033],
      [0x2039, 0x203a],
      [0x20ac],
      [0x2122],
      [0x2191],
      [0x2193],
      [0x2212],
    ),
  },
  // Latin Extended-A (transliterations such as Ş, ğ, ı, ā) and the tenge sign ₸.
  { name: 'latin-ext', chars: cps([0x0100, 0x017f], [0x20b8]) },
  // Russian and the shared Cyrillic block (incl. Kazakh І і), Ұ ұ, and the numero sign №.
  { name: 'cyrillic', chars: cps([0x0400, 0x045f], [0x04b0, 0x04b1], [0x2116]) },
  // The remaining Kazakh letters.
  { name: 'cyrillic-ext', chars: KAZAKH.filter((cp) => cp < 0x04b0 || cp > 0x04b1) },
];

/** "U+0020-007E,U+00A0" from sorted code points. */
function unicodeRange(points) {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const out = [];
  const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (sorted[i + 1] === sorted[i] + 1) i++;
    out.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i])}`);
  }
  return out.join(',');
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const f of fs.readdirSync(OUT_DIR)) if (f.endsWith('.woff2')) fs.rmSync(path.join(OUT_DIR, f));
// The SIL Open Font License travels with the font files.
fs.copyFileSync(path.join(pkgDir, 'LICENSE'), path.join(OUT_DIR, 'OFL.txt'));

const faces = [];
const covered = [];
let regular; // the latin subset as TrueType, for the metrics
for (const subset of SUBSETS) {
  const src = fs.readFileSync(path.join(pkgDir, 'files', `source-sans-3-${subset.name}-wght-normal.woff2`));
  const text = String.fromCodePoint(...subset.chars);
  const ttf = await subsetFont(src, text, { targetFormat: 'truetype' });
  const font = create(ttf);
  // The unicode-range names only what the file really has, so no page downloads it for nothing.
  const have = subset.chars.filter((cp) => font.hasGlyphForCodePoint(cp));
  covered.push(...have);
  // The variable font's default instance is its lightest weight (200); body text is 400.
  if (subset.name === 'latin') regular = font.variationAxes.wght ? font.getVariation({ wght: 400 }) : font;
  const woff2 = await subsetFont(src, text, { targetFormat: 'woff2' });
  const file = `source-sans-3-${subset.name}.woff2`;
  fs.writeFileSync(path.join(OUT_DIR, file), woff2);
  faces.push({ file, range: unicodeRange(have), bytes: woff2.length });
  console.log(`${file}: ${have.length} characters, ${woff2.length} bytes`);
}

const missing = KAZAKH.filter((cp) => !covered.includes(cp));
if (missing.length) throw new Error(`${FAMILY} lacks the Kazakh letters ${String.fromCodePoint(...missing)}`);

// Fallback: Arial (or its metric twins Liberation Sans / Arimo) scaled so that its average letter
// is as wide as Source Sans 3's, with Source Sans 3's ascent and descent. Widths are weighted by
// letter frequency in English text, as Capsize does. Liberation Sans is measured (same metrics as Arial).
const FALLBACK_FILE = process.env.FALLBACK_FONT ?? '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';
if (!fs.existsSync(FALLBACK_FILE)) throw new Error(`Need Liberation Sans (apt install fonts-liberation) or FALLBACK_FONT=<Arial-metric TTF>: ${FALLBACK_FILE}`);
const fallback = create(fs.readFileSync(FALLBACK_FILE));
const SAMPLE =
  'The Kazakhstan Border Atlas records every crossing, its names on both sides, the rules for crossing and the sources: 7,644 km, 16 checkpoints (2019–2021).';
const avgWidth = (font) => {
  let sum = 0;
  for (const ch of SAMPLE) sum += font.glyphForCodePoint(ch.codePointAt(0)).advanceWidth;
  return sum / SAMPLE.length / font.unitsPerEm;
};
const sizeAdjust = avgWidth(regular) / avgWidth(fallback);
const pct = (n) => `${(n * 100).toFixed(2)}%`;
const ascent = regular.ascent / regular.unitsPerEm / sizeAdjust;
const descent = -regular.descent / regular.unitsPerEm / sizeAdjust;
const lineGap = regular.lineGap / regular.unitsPerEm / sizeAdjust;

const face = (family, display, f) => `@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: 200 900;
  font-display: ${display};
  src: url('/fonts/${f.file}') format('woff2');
  unicode-range: ${f.range};
}`;

const css = `/* Generated by scripts/build-font.mjs from ${pkg.name}@${pkg.version} (SIL Open Font License 1.1); do not edit. */
/* Upright variable font, weights 200–900, split by script: a page downloads only the files whose characters it shows. */
${faces.map((f) => face(FAMILY, DISPLAY, f)).join('\n')}
/* The same files for paper (print.css): \`block\` waits for them, so a printout never falls back to the
   machine's fonts and prints on the same number of pages everywhere. */
${faces.map((f) => face(`${FAMILY} Print`, 'block', f)).join('\n')}
/* Metric-matched stand-in while the web font loads: the swap changes letter shapes, not line breaks or heights. */
@font-face {
  font-family: '${FAMILY} fallback';
  src: local('Arial'), local('ArialMT'), local('Liberation Sans'), local('LiberationSans'), local('Arimo');
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(ascent)};
  descent-override: ${pct(descent)};
  line-gap-override: ${pct(lineGap)};
}
`;
fs.writeFileSync(CSS, css);
console.log(`${CSS}: size-adjust ${pct(sizeAdjust)}; total ${faces.reduce((s, f) => s + f.bytes, 0)} bytes`);
