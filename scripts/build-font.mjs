// Builds the atlas's bundled faces, written to public/fonts/ with their @font-face rules in
// src/styles/fonts.css. Reproducible and safe to rerun: `npm run font:build`;
// tests/unit/font-and-toc.test.ts checks the output.
//
// - On screen the text is set in the system's Arial (or its metric twins Liberation Sans / Arimo)
//   scaled to Source Sans 3's metrics: no font file stands between a page and its first paint.
// - Source Sans 3 (@fontsource-variable/source-sans-3, variable, weights 200–900) sets the page on
//   paper, where `block` waits for it, so a printout has the same page count on every machine. On
//   screen it supplies only the Kazakh letters a system font may lack.
// - Noto Sans SC (@fontsource-variable/noto-sans-sc) supplies exactly the Chinese characters the
//   atlas's text holds (found by scanning data/ and src/), on screen and on paper, so the names read
//   on a machine without a CJK font; only pages that show one of them fetch the files.
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
const HAN_FAMILY = 'Noto Sans SC';
/**
 * font-display on screen. Source Sans 3 supplies only Kazakh letters there, and only where the system
 * font lacks them: \`optional\` never swaps a letter in after the first paint (\`swap\` with the matched
 * fallback moved text measurably, a CLS of 0.02–0.05). The Chinese face is \`swap\`: without it a
 * machine with no CJK font would keep showing empty boxes on a first visit.
 */
const DISPLAY = 'optional';
const HAN_DISPLAY = 'swap';

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

/** One file per source subset; the characters taken from it. The first file is used by every printout. */
const SUBSETS = [
  {
    name: 'latin',
    // ASCII, Latin-1, dotless ı and Œ œ (in this file, not the Latin Extended one), dashes, quotes, bullets, ellipsis, primes, per mille, €, ™, arrows, minus, ≈, the Uzbek ʻ.
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
      [0x2190, 0x2193],
      [0x2212],
      [0x2248],
      [0x02bb, 0x02bc],
    ),
  },
  // Latin Extended-A, schwa (transliterations such as Ş, ğ, ı, ā, ə) and the tenge sign ₸.
  { name: 'latin-ext', chars: cps([0x0100, 0x017f], [0x0259], [0x20b8]) },
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

// Noto Sans SC: the atlas's Chinese characters. Fontsource splits the font into numbered slices by
// frequency; each slice holding some of them gives one small file with exactly those, so a page
// fetches only the slices of the characters it shows. Weights 400–700 (body text and bold).
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
const TEXT_DIRS = ['data', 'src'];
const TEXT_FILE = /\.(json|ts|astro|mdx?|csv)$/;
function atlasHan() {
  const found = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (TEXT_FILE.test(entry.name)) for (const ch of fs.readFileSync(file, 'utf8').match(HAN) ?? []) found.add(ch.codePointAt(0));
    }
  };
  for (const dir of TEXT_DIRS) walk(dir);
  return [...found].sort((a, b) => a - b);
}
const hanDir = path.dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json'));
const hanPkg = JSON.parse(fs.readFileSync(path.join(hanDir, 'package.json'), 'utf8'));
const slices = JSON.parse(fs.readFileSync(path.join(hanDir, 'unicode.json'), 'utf8'));
const inRange = (range, cp) =>
  range.split(',').some((part) => {
    const [a, b = a] = part.replace(/^U\+/i, '').split('-');
    return cp >= parseInt(a, 16) && cp <= parseInt(b, 16);
  });
const han = atlasHan();
const hanFaces = [];
for (const [key, range] of Object.entries(slices)) {
  const chars = han.filter((cp) => inRange(range, cp));
  if (!chars.length) continue;
  const slice = key.replace(/\D/g, '');
  const src = fs.readFileSync(path.join(hanDir, 'files', `noto-sans-sc-${slice}-wght-normal.woff2`));
  const woff2 = await subsetFont(src, String.fromCodePoint(...chars), { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 700 } } });
  const have = chars.filter((cp) => create(Buffer.from(woff2)).hasGlyphForCodePoint(cp));
  const file = `noto-sans-sc-${slice}.woff2`;
  fs.writeFileSync(path.join(OUT_DIR, file), woff2);
  hanFaces.push({ file, range: unicodeRange(have), bytes: woff2.length });
  console.log(`${file}: ${String.fromCodePoint(...have)}, ${woff2.length} bytes`);
}
const hanMissing = han.filter((cp) => !hanFaces.some((f) => inRange(f.range, cp)));
if (hanMissing.length) throw new Error(`${HAN_FAMILY} lacks ${String.fromCodePoint(...hanMissing)}`);
fs.copyFileSync(path.join(hanDir, 'LICENSE'), path.join(OUT_DIR, 'OFL-noto-sans-sc.txt'));

const face = (family, display, f, weights = '200 900') => `@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: ${weights};
  font-display: ${display};
  src: url('/fonts/${f.file}') format('woff2');
  unicode-range: ${f.range};
}`;
const kazakhFace = faces.find((f) => f.file.includes('cyrillic-ext'));

const css = `/* Generated by scripts/build-font.mjs from ${pkg.name}@${pkg.version} and ${hanPkg.name}@${hanPkg.version} (SIL Open Font License 1.1); do not edit. */
/* On screen: the Kazakh letters only (the rest of the text is in the matched system face below), fetched only where the system font lacks them. */
${face(FAMILY, DISPLAY, kazakhFace)}
/* On paper (print.css): the whole face, split by script; \`block\` waits for it, so a printout never falls back to the
   machine's fonts and prints on the same number of pages everywhere. */
${faces.map((f) => face(`${FAMILY} Print`, 'block', f)).join('\n')}
/* The Chinese characters the atlas holds, on screen and on paper (${han.length} characters in ${hanFaces.length} slices). */
${hanFaces.map((f) => face(HAN_FAMILY, HAN_DISPLAY, f, '400 700')).join('\n')}
${hanFaces.map((f) => face(`${HAN_FAMILY} Print`, 'block', f, '400 700')).join('\n')}
/* The screen face: Arial or its metric twins scaled to Source Sans 3's metrics, so screen and paper wrap alike. */
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
console.log(
  `${CSS}: size-adjust ${pct(sizeAdjust)}; Source Sans 3 ${faces.reduce((s, f) => s + f.bytes, 0)} bytes, Noto Sans SC ${hanFaces.reduce((s, f) => s + f.bytes, 0)} bytes`,
);
