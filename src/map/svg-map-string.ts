/**
 * Long on purpose: the serialiser writes every layer kind of the drawn map in one pass.
 *
 * The one SVG renderer: a drawn map (`drawSvgMap()`) as markup.
 *
 * - `svgMapString(map, { geometryHref })` — the page's map. Geometry (land, regions, water, borders)
 *   comes from the cacheable file `svgGeometryFile(map)` at `geometryHref` through `<use>`; labels,
 *   dots and crossing links stay inline (light, and readable by the page's fonts and screen readers).
 *   Colours are classes, painted by src/styles/static-map.css from the palette's custom properties,
 *   so the map follows the light/dark theme and prints light.
 * - `svgMapString(map, { palette })` — self-contained: geometry inline, colours resolved from a
 *   palette (link-preview images rendered with resvg).
 */
import { darkPalette, palette as lightPalette, paletteCss, paletteVar, type Palette } from './style/palette.ts';
import { crossingClass, crossingSymbol } from './style/symbology.ts';
import type { SvgLayer, SvgMap } from './svg-map.ts';
import { escapeXml } from '../shared/escape-xml.ts';
import { dictionary } from '../i18n/dictionary.ts';
import { formatsFor } from '../i18n/format.ts';

export interface SvgMapStringOptions {
  /** URL of the geometry file (page maps); without it the geometry is inline. */
  geometryHref?: string;
  /** Resolve colours from this palette instead of classes (self-contained SVG). */
  palette?: Palette;
  /** Accessible name (page maps). */
  label?: string;
  /** Draw labels (default true). Small previews leave them out. */
  labels?: boolean;
  /** Font list for self-contained SVGs; resvg resolves it against the fonts installed on the build machine. */
  fontFamily?: string;
  /** Attributes for the root `<svg>` (e.g. `x`, `y` when nested in another SVG). */
  attributes?: Record<string, string | number>;
}

export const SVG_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', Arial, sans-serif";

const attrs = (a: Record<string, string | number | undefined | null>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join('');

type Paint = Record<string, string | number>;

/** Paint of every class, resolved from a palette (the same values static-map.css gives the classes). */
export function classPaint(p: Palette): Record<string, Paint> {
  const sym: Record<string, Paint> = {};
  for (const mode of ['road', 'rail', 'pedestrian'] as const) {
    for (const restricted of [false, true]) {
      const s = crossingSymbol(p, mode, restricted);
      sym[crossingClass(mode, restricted)] = { fill: s.fill, stroke: s.stroke, 'stroke-width': s.strokeWidth };
      sym[`${crossingClass(mode, restricted)}-n`] = { fill: s.number };
    }
  }
  return {
    'm-water': { fill: p.water },
    'm-land-context': { fill: p.land.context, stroke: p.land.outline, 'stroke-width': 0.6 },
    'm-land-neighbour': { fill: p.land.neighbour, stroke: p.land.outline, 'stroke-width': 0.6 },
    'm-land-kazakhstan': { fill: p.land.kazakhstan, stroke: p.land.outline, 'stroke-width': 0.6 },
    'm-region-kazakh': { fill: p.region.kazakh.fill, stroke: p.region.kazakh.outline, 'stroke-width': 0.7 },
    'm-region-neighbour': { fill: p.region.neighbour.fill, stroke: p.region.neighbour.outline, 'stroke-width': 0.7 },
    'm-lake': { fill: p.water, stroke: p.river, 'stroke-width': 0.5 },
    'm-river-major': { fill: 'none', stroke: p.river, 'stroke-width': 1.6 },
    'm-river-minor': { fill: 'none', stroke: p.river, 'stroke-width': 0.9 },
    'm-border-other': { fill: 'none', stroke: p.border.other, 'stroke-width': 1.4, 'stroke-dasharray': '5 3' },
    'm-border-casing': { fill: 'none', stroke: p.border.casing, 'stroke-width': 6 },
    'm-border': { fill: 'none', stroke: p.border.emphasis, 'stroke-width': 3, 'stroke-dasharray': '12 3' },
    'm-inset-border': { fill: 'none', stroke: p.border.emphasis, 'stroke-width': 2 },
    'm-inset-frame': { fill: p.water, stroke: p.land.outline, 'stroke-width': 1 },
    'm-settlement-kazakh': { fill: p.settlement.kazakh, stroke: p.settlement.stroke, 'stroke-width': 1 },
    'm-settlement-neighbour': { fill: p.settlement.neighbour, stroke: p.settlement.stroke, 'stroke-width': 1 },
    'm-town': { fill: p.town.fill, stroke: p.town.stroke, 'stroke-width': 1 },
    'm-capital': { fill: p.town.stroke, stroke: p.town.fill, 'stroke-width': 1.5 },
    'm-peak': { fill: p.label.relief, stroke: p.label.halo, 'stroke-width': 0.8 },
    'm-tether': { fill: 'none', stroke: p.label.text, 'stroke-width': 1 },
    'm-true-spot': { fill: p.label.text, stroke: p.label.halo, 'stroke-width': 0.8 },
    'm-selected': { fill: p.selection.halo, stroke: p.selection.ring, 'stroke-width': 2 },
    // An approximate position: a dashed, translucent halo of uncertainty around the marker.
    'm-approx': { fill: p.label.muted, 'fill-opacity': 0.18, stroke: p.label.muted, 'stroke-width': 1.2, 'stroke-dasharray': '3 2' },
    // A crossing whose newest reading is old: a small hollow badge on the marker's shoulder.
    'm-stale': { fill: p.label.halo, stroke: p.label.text, 'stroke-width': 1.5 },
    'm-label': { fill: p.label.text, stroke: p.label.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
    'm-label-country': { fill: p.label.muted, stroke: p.label.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
    'm-label-region': { fill: p.label.muted, stroke: p.label.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
    'm-label-water': { fill: p.label.water, stroke: p.label.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
    'm-label-relief': { fill: p.label.relief, stroke: p.label.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' },
    'm-leader': { fill: 'none', stroke: p.label.muted, 'stroke-width': 0.8 },
    'm-scale': { fill: 'none', stroke: p.label.text, 'stroke-width': 2 },
    'm-scale-bg': { fill: p.label.halo, 'fill-opacity': 0.8 },
    ...sym,
  };
}

/** The palette with every colour replaced by its custom property (`var(--m-water)`). */
function varPalette(p: Palette): Palette {
  const walk = (v: unknown, path: string[]): unknown =>
    typeof v === 'string' ? `var(${paletteVar(path.join('.'))})` : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, walk(x, [...path, k])]));
  return walk(p, []) as Palette;
}

/**
 * src/styles/static-map.css: the paint classes of the static maps and the legend, reading the palette
 * as custom properties; light by default and in print, dark under `prefers-color-scheme: dark` unless
 * the page says `data-theme="light"`, and with `data-theme="dark"`. Generated (`node scripts/map-css.ts`);
 * tests/unit/svg-map.test.ts fails when the file is stale.
 */
export function staticMapCss(light: Palette = lightPalette, dark: Palette = darkPalette): string {
  const scope = ':is(.static-map, .atlas-legend)';
  const rules = Object.entries(classPaint(varPalette(light)))
    .map(
      ([cls, paint]) =>
        `  .${cls} { ${Object.entries(paint)
          .map(([k, v]) => `${k}: ${v};`)
          .join(' ')} }`,
    )
    .join('\n');
  return `/* Generated from src/map/style/palette.ts by scripts/map-css.ts: do not edit. */
@layer components {
  ${scope} { ${paletteCss(light)} }
  @media (prefers-color-scheme: dark) {
    :root:not([data-theme='light']) ${scope} { ${paletteCss(dark)} }
  }
  :root[data-theme='dark'] ${scope} { ${paletteCss(dark)} }
  @media print {
    :root:not([data-print-never]) ${scope} { ${paletteCss(light)} }
  }
${rules}
}
`;
}

/** The geometry layers as a file of `<g id>` groups inside `<defs>`, for `<use href="file#id">`. No colours: the page paints them. */
export function svgGeometryFile(map: SvgMap): string {
  const groups = [...map.layers, ...(map.inset?.layers ?? [])]
    .filter((l) => !l.reuse)
    .map((l) => `<g id="${escapeXml(l.id)}">${l.paths.map((d) => `<path d="${d}"/>`).join('')}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><defs>${groups.join('')}</defs></svg>\n`;
}

/** A drawn map as SVG markup. */
export function svgMapString(map: SvgMap, options: SvgMapStringOptions = {}): string {
  const { geometryHref, palette, label, labels = true, fontFamily = SVG_FONT_FAMILY, attributes = {} } = options;
  const paint = palette ? classPaint(palette) : null;
  /** Class, or the class's resolved paint in self-contained mode. */
  const look = (cls: string): Record<string, string | number> => {
    if (!paint) return { class: cls };
    return Object.assign({}, ...cls.split(' ').map((c) => paint[c] ?? {}));
  };
  const layer = (l: SvgLayer, offset = ''): string => {
    const id = l.reuse ?? l.id;
    if (geometryHref) return `<use${attrs({ href: `${geometryHref}#${id}`, ...look(l.cls) })}/>`;
    const source = map.layers.find((x) => x.id === id) ?? map.inset?.layers.find((x) => x.id === id) ?? l;
    return `<g${attrs({ ...look(l.cls), transform: offset || undefined })}>${source.paths.map((d) => `<path d="${d}"/>`).join('')}</g>`;
  };
  const words = dictionary(map.locale).maps;
  const linkable = map.crossings.length > 0 && !palette;
  const out: string[] = [];
  out.push(
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      class: palette ? undefined : 'static-map',
      viewBox: `0 0 ${map.width} ${map.height}`,
      width: palette ? map.width : undefined,
      height: palette ? map.height : undefined,
      // A map whose crossings are links is a named group, not an image (axe: nested-interactive).
      role: palette ? undefined : linkable ? 'group' : 'img',
      'aria-label': label,
      'font-family': palette ? fontFamily : undefined,
      'data-static-map': palette ? undefined : map.view,
      ...attributes,
    })}>`,
  );
  out.push(`<rect${attrs({ width: map.width, height: map.height, ...look('m-water') })}/>`);
  out.push('<g stroke-linejoin="round" stroke-linecap="round">', ...map.layers.map((l) => layer(l)), '</g>');

  // Tethers of markers moved off their true spot, under everything else on top.
  const moved = map.crossings.filter((c) => c.moved);
  if (moved.length > 0) {
    out.push(`<g${attrs(look('m-tether'))}>`, ...moved.map((c) => `<path d="M${c.at[0]} ${c.at[1]}L${c.drawn[0]} ${c.drawn[1]}"/>`), '</g>');
    out.push(`<g${attrs(look('m-true-spot'))}>`, ...moved.map((c) => `<circle${attrs({ cx: c.at[0], cy: c.at[1], r: 2.2 })}/>`), '</g>');
  }
  // Dots: settlements, towns, capitals, peaks.
  for (const d of map.dots) {
    if (d.kind === 'peak') {
      const [x, y] = d.at;
      out.push(`<path${attrs({ d: `M${x} ${round(y - d.r)}L${round(x + d.r)} ${round(y + d.r * 0.8)}H${round(x - d.r)}Z`, ...look(d.cls) })}/>`);
    } else out.push(`<circle${attrs({ cx: d.at[0], cy: d.at[1], r: d.r, ...look(d.cls) })}/>`);
  }
  if (labels) {
    const leaders = map.labels.filter((l) => l.leader);
    if (leaders.length > 0)
      out.push(
        `<g${attrs(look('m-leader'))}>`,
        ...leaders.map((l) => `<path d="M${l.leader![0][0]} ${l.leader![0][1]}L${l.leader![1][0]} ${l.leader![1][1]}"/>`),
        '</g>',
      );
    out.push(`<g${attrs({ class: paint ? undefined : 'static-map__labels' })}>`);
    for (const l of map.labels) {
      out.push(
        `<text${attrs({
          x: l.x,
          y: l.y,
          'text-anchor': l.anchor === 'start' ? undefined : l.anchor,
          transform: l.rotate ? `rotate(${l.rotate} ${l.x} ${l.y})` : undefined,
          'font-size': l.style.size,
          'font-weight': l.style.bold ? 700 : undefined,
          'font-style': l.style.italic ? 'italic' : undefined,
          'letter-spacing': l.style.letterSpacing ? round(l.style.letterSpacing) : undefined,
          'data-label': l.kind,
          ...look(l.cls),
        })}>${escapeXml(l.text)}</text>`,
      );
    }
    out.push('</g>');
  }

  // Crossings: links to their pages, numbered as in the tables and the key.
  out.push(`<g${attrs({ class: paint ? undefined : 'static-map__crossings' })}>`);
  for (const c of map.crossings) {
    const cls = crossingClass(c.mode, c.restricted);
    // Drawn about the marker's centre: one translate, not the same cx/cy on every shape.
    const body = [
      c.approximate ? `<circle${attrs({ r: round(c.r * 1.7), ...look('m-approx') })}/>` : '',
      c.id === map.selected ? `<circle${attrs({ r: c.r + 4, ...look('m-selected') })}/>` : '',
      `<circle${attrs({ r: c.r, 'data-marker': c.number, ...look(cls) })}/>`,
      `<text${attrs({ y: round(map.minFont * 0.36), 'text-anchor': 'middle', 'font-size': map.minFont, 'font-weight': 700, class: paint ? undefined : `static-map__number ${cls}-n`, ...(paint ? paint[`${cls}-n`] : {}) })}>${c.number}</text>`,
      c.stale
        ? `<circle${attrs({ cx: round(c.r * 0.8), cy: round(-c.r * 0.8), r: round(Math.max(2.5, c.r * 0.35)), 'data-stale': '', ...look('m-stale') })}/>`
        : '',
    ].join('');
    const at = `translate(${c.drawn[0]} ${c.drawn[1]})`;
    const name = `${c.number}. ${c.name}${c.stale ? words.markerOld : ''}${c.approximate ? words.markerApproximate : ''}`;
    out.push(
      linkable
        ? `<a${attrs({ href: c.url, 'aria-label': name, transform: at })}>${body}<title>${escapeXml(name)}</title></a>`
        : `<g${attrs({ transform: at })}>${body}</g>`,
    );
  }
  out.push('</g>');

  // Inset: where the crossing lies on its whole border.
  if (map.inset) {
    const i = map.inset;
    out.push(`<g${attrs({ transform: `translate(${i.x} ${i.y})`, class: paint ? undefined : 'static-map__inset' })}>`);
    out.push(`<rect${attrs({ width: i.width, height: i.height, ...look('m-inset-frame') })}/>`);
    out.push(`<svg${attrs({ width: i.width, height: i.height, viewBox: `0 0 ${i.width} ${i.height}`, 'aria-hidden': 'true' })}>`);
    for (const l of i.layers) {
      if (geometryHref) out.push(`<use${attrs({ href: `${geometryHref}#${l.id}`, ...look(l.cls) })}/>`);
      else out.push(`<g${attrs(look(l.cls))}>${l.paths.map((d) => `<path d="${d}"/>`).join('')}</g>`);
    }
    out.push(`<circle${attrs({ cx: i.at[0], cy: i.at[1], r: 5, ...look('m-selected') })}/>`, '</svg>', '</g>');
  }

  // Scale bar and credit.
  const s = map.scale;
  out.push(`<g${attrs({ transform: `translate(${s.x} ${s.y})` })}>`);
  const textW = Math.ceil(String(s.km).length * map.minFont * 0.7 + map.minFont * 2.2);
  out.push(`<rect${attrs({ x: -6, y: -map.minFont - 6, width: s.px + 16 + textW, height: map.minFont + 14, rx: 3, ...look('m-scale-bg') })}/>`);
  out.push(`<path${attrs({ d: `M0 0H${s.px}M0 -5V5M${s.px} -5V5`, ...look('m-scale') })}/>`);
  out.push(
    `<text${attrs({ x: s.px + 8, y: 4, 'font-size': map.minFont, ...look('m-label') })}>${escapeXml(words.scale(s.km, formatsFor(map.locale)))}</text>`,
    '</g>',
  );
  out.push(
    `<text${attrs({ x: map.credit.x, y: map.credit.y, 'text-anchor': 'end', 'font-size': map.minFont, ...look('m-label-country') })}>Natural Earth</text>`,
  );
  out.push('</svg>');
  return out.join('');
}

const round = (n: number) => Math.round(n * 10) / 10;
